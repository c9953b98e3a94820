import type { LegalElement } from './types.ts';

// The legal elements most offences share, in plain words, so that the countries' files cite laws and differ only
// where their laws differ. Each element says what usually proves it without the victim's testimony.

export const TRAFFICKING: readonly LegalElement[] = [
  {
    code: 'act',
    text: 'Recruitment, transport, transfer, harbouring or receipt of the person',
    seek: ['crossing_records', 'call_records', 'financial_analysis', 'seized_document', 'surveillance'],
  },
  {
    code: 'means',
    text: 'By threat, force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, debt bondage, or payments to a person having control over the victim',
    seek: ['seized_document', 'financial_analysis', 'exhibit', 'inspection_report', 'surveillance'],
    notRequiredForChildren: true,
  },
  {
    code: 'purpose',
    text: 'For the purpose of exploitation: sexual exploitation, forced labour or services, slavery or practices similar to it, servitude, or removal of organs',
    seek: ['inspection_report', 'seized_document', 'financial_analysis', 'surveillance'],
  },
];

export const FORCED_LABOUR: readonly LegalElement[] = [
  {
    code: 'work',
    text: 'Work or services were exacted from the person',
    seek: ['inspection_report', 'seized_document', 'surveillance'],
  },
  {
    code: 'menace',
    text: 'Under the menace of a penalty: violence or threats, confinement, withheld wages or identity papers, a debt',
    seek: ['exhibit', 'financial_analysis', 'seized_document', 'surveillance', 'inspection_report'],
  },
  {
    code: 'involuntary',
    text: 'The person did not offer the work freely, or could not leave it',
    seek: ['seized_document', 'inspection_report', 'surveillance', 'call_records'],
  },
];

export const DEBT_BONDAGE: readonly LegalElement[] = [
  {
    code: 'debt',
    text: 'A debt or advance owed by the person or their family',
    seek: ['seized_document', 'financial_analysis'],
  },
  {
    code: 'pledge',
    text: 'Their labour pledged against it, its value not reasonably applied to the debt or its length and nature not defined',
    seek: ['seized_document', 'financial_analysis', 'inspection_report'],
  },
];

export const RAPE: readonly LegalElement[] = [
  {
    code: 'act',
    text: 'Sexual intercourse or penetration',
    seek: ['exhibit', 'seized_document'],
  },
  {
    code: 'consent',
    text: 'Without consent, or by force, threat or abuse of a position of control',
    seek: ['exhibit', 'surveillance', 'call_records', 'seized_document'],
  },
];

export const CHILD_SEXUAL_ABUSE: readonly LegalElement[] = [
  { code: 'act', text: 'Sexual intercourse or penetration', seek: ['exhibit', 'seized_document'] },
  {
    code: 'age',
    text: 'The child was under the age the law protects (consent is no defence)',
    seek: ['seized_document', 'exhibit'],
  },
];

export const UNLAWFUL_DETENTION: readonly LegalElement[] = [
  {
    code: 'confinement',
    text: 'The person was confined or otherwise deprived of their liberty',
    seek: ['surveillance', 'inspection_report', 'exhibit'],
  },
  {
    code: 'unlawful',
    text: 'Without lawful authority or the person’s free consent',
    seek: ['seized_document', 'surveillance', 'call_records'],
  },
];

export const DOCUMENT_RETENTION: readonly LegalElement[] = [
  {
    code: 'retention',
    text: "The person's passport, identity card or work permit was held by the accused",
    seek: ['exhibit', 'seized_document', 'inspection_report'],
  },
  {
    code: 'unwilling',
    text: 'Kept against the person’s will or to stop them leaving',
    seek: ['seized_document', 'inspection_report', 'surveillance'],
  },
];

export const MONEY_LAUNDERING: readonly LegalElement[] = [
  {
    code: 'proceeds',
    text: 'Property derived from a predicate offence (trafficking, forced labour and the like)',
    seek: ['financial_analysis', 'seized_document'],
  },
  {
    code: 'dealing',
    text: 'Transferred, converted, concealed or used the property',
    seek: ['financial_analysis', 'seized_document', 'crossing_records'],
  },
  {
    code: 'knowledge',
    text: 'Knowing or having reason to know its criminal origin',
    seek: ['financial_analysis', 'call_records', 'seized_document'],
  },
];

export const BRIBERY: readonly LegalElement[] = [
  {
    code: 'official',
    text: 'The person is a public official (police, immigration, labour, local administration)',
    seek: ['seized_document'],
  },
  {
    code: 'advantage',
    text: 'An undue advantage was solicited, given or accepted',
    seek: ['financial_analysis', 'seized_document', 'call_records'],
  },
  {
    code: 'duty',
    text: 'In return for acting or not acting in the official’s duties (warnings of raids, ignored inspections, crossings let through)',
    seek: ['call_records', 'crossing_records', 'surveillance', 'seized_document'],
  },
];

export const CHILD_LABOUR: readonly LegalElement[] = [
  {
    code: 'employment',
    text: 'The child was employed or made to work',
    seek: ['inspection_report', 'seized_document', 'surveillance'],
  },
  {
    code: 'age',
    text: 'Under the minimum age for that work',
    seek: ['seized_document', 'exhibit', 'inspection_report'],
  },
];

export const TAX_EVASION: readonly LegalElement[] = [
  {
    code: 'income',
    text: 'Taxable income or turnover was earned',
    seek: ['financial_analysis', 'seized_document'],
  },
  {
    code: 'evasion',
    text: 'Not declared, or falsely declared, to evade the tax due',
    seek: ['financial_analysis', 'seized_document'],
  },
];
