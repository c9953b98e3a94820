import type { Options } from '../screening/labels.ts';
import type { Burden, ElementStatus } from './types.ts';

/** Words shown for the prosecution API's codes: every code a person sees is a word. */

export const COUNTRIES: Options = [
  ['TH', 'Thailand'],
  ['KH', 'Cambodia'],
  ['LA', 'Laos'],
  ['MM', 'Myanmar'],
  ['VN', 'Viet Nam'],
  ['CN', 'China'],
];

export const OFFENCE_CATEGORIES: Options = [
  ['trafficking', 'Trafficking in persons'],
  ['forced_labour', 'Forced labour'],
  ['debt_bondage', 'Debt bondage'],
  ['rape', 'Rape and sexual abuse'],
  ['kidnapping_or_unlawful_detention', 'Kidnapping or unlawful detention'],
  ['document_retention', 'Keeping identity documents'],
  ['money_laundering', 'Money laundering'],
  ['corruption', 'Corruption'],
  ['labour_law', 'Labour law'],
  ['tax', 'Tax'],
];

/** Whom an offence of the catalogue protects. */
export const OFFENCE_VICTIMS: Options = [
  ['any', 'Anyone'],
  ['women_and_children', 'Women and children only'],
  ['children', 'Children only'],
];

/** Who a charge's victims are. */
export const CHARGE_VICTIMS: Options = [
  ['adults', 'Adults'],
  ['children', 'Children'],
  ['both', 'Adults and children'],
];

export const ADULT_VICTIMS_SEX: Options = [
  ['female', 'Women'],
  ['male', 'Men'],
  ['mixed', 'Women and men'],
];

export const SUSPECT_ROLES: Options = [
  ['recruiter', 'Recruiter'],
  ['broker', 'Broker'],
  ['transporter', 'Transporter'],
  ['site_owner', 'Owner of the site'],
  ['supervisor', 'Supervisor'],
  ['guard', 'Guard'],
  ['money_collector', 'Money collector'],
  ['protecting_official', 'Official protecting the business for pay'],
];

export const TIERS: Options = [
  ['exploiter', 'Exploiter'],
  ['facilitator', 'Facilitator'],
];

/** The tier each role classes a suspect in (src/prosecution/suspect-roles.ts). */
export const ROLE_TIER: Record<string, string> = {
  recruiter: 'facilitator',
  broker: 'exploiter',
  transporter: 'facilitator',
  site_owner: 'exploiter',
  supervisor: 'facilitator',
  guard: 'facilitator',
  money_collector: 'exploiter',
  protecting_official: 'exploiter',
};

export const SUSPECT_STEPS: Options = [
  ['cooperating', 'Began cooperating'],
  ['cooperation_ended', 'Stopped cooperating'],
  ['confessed', 'Confessed'],
  ['confession_retracted', 'Retracted the confession'],
];

export const COOPERATION: Options = [
  ['cooperating', 'Cooperating'],
  ['cooperation_ended', 'Cooperation ended'],
];

export const CONFESSION: Options = [
  ['confessed', 'Confessed'],
  ['confession_retracted', 'Confession retracted'],
];

/** The kinds of evidence item (src/prosecution/evidence-kinds.ts), in the order offered. */
export const EVIDENCE_KINDS: Options = [
  ['victim_statement', 'The victim’s statement'],
  ['witness_statement', 'A witness’s statement'],
  ['suspect_statement', 'A suspect’s statement'],
  ['exhibit', 'Exhibit seized, with its chain of custody'],
  ['seized_document', 'Seized documents (ledgers, contracts, identity papers)'],
  ['financial_analysis', 'Financial analysis (bank and mobile-money transfers)'],
  ['call_records', 'Call records'],
  ['crossing_records', 'Border crossing records'],
  ['surveillance', 'Surveillance (observation, photographs, video)'],
  ['inspection_report', 'Labour or site inspection report'],
  ['intelligence_report', 'Intelligence report (a lead, not evidence)'],
];

/** Short words for a kind, where the kind is named in a sentence ("what to seek next"). */
export const SEEK_WORDS: Options = [
  ['exhibit', 'exhibits seized'],
  ['seized_document', 'seized documents'],
  ['financial_analysis', 'a financial analysis'],
  ['call_records', 'call records'],
  ['crossing_records', 'border crossing records'],
  ['surveillance', 'surveillance'],
  ['inspection_report', 'an inspection report'],
];

export const ELEMENT_STATUSES: Options = [
  ['independent', 'Proven by independent evidence'],
  ['testimony', 'Proven by others’ testimony only'],
  ['victim_only', 'Rests on the victim’s testimony alone'],
  ['gap', 'Gap: not proven yet'],
];

/** The class of an element's standing (prosecution.css), so that it reads at a glance as well as in words. */
export const STATUS_TONE: Record<ElementStatus, string> = {
  independent: 'standing standing-independent',
  testimony: 'standing standing-testimony',
  victim_only: 'standing standing-victim_only',
  gap: 'standing standing-gap',
};

export const ORIGINS: Options = [
  ['operation', 'From an operation'],
  ['intelligence', 'From intelligence'],
];

export const CASE_STATUSES: Options = [
  ['open', 'Open'],
  ['closed', 'Closed'],
];

export const ENTITY_TYPES: Options = [
  ['person', 'Person'],
  ['organisation', 'Organisation'],
  ['site', 'Site'],
  ['vessel', 'Vessel'],
];

export const PROPOSALS: Options = [
  ['scope_expansion', 'Scope expansion: someone to consider as a suspect'],
  ['new_target', 'New target: a place to consider for intervention'],
];

/** Declared links as verbs, from the suspect's side ("out") or the other's ("in"). */
export const LINK_VERBS: Record<string, { out: string; in: string }> = {
  owns: { out: 'owns', in: 'is owned by' },
  manages: { out: 'manages', in: 'is managed by' },
  works_at: { out: 'works at', in: 'employs' },
  lives_at: { out: 'lives at', in: 'houses' },
  associates_with: { out: 'associates with', in: 'associates with' },
  paid: { out: 'paid', in: 'was paid by' },
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export { plural };

/** The testimony-burden figure in words, e.g. "1 of 3 proven elements rests on victim testimony alone". */
export function burdenFigure(b: Burden): string {
  if (b.elements === 0) return 'No element to prove yet';
  if (b.proven === 0) return `None of the ${plural(b.elements, 'element')} is proven yet`;
  const verb = b.restingOnVictim === 1 ? 'rests' : 'rest';
  return `${b.restingOnVictim} of ${b.proven} proven element${b.proven === 1 ? '' : 's'} ${verb} on victim testimony alone`;
}

/** How the elements stand, in one sentence. */
export function burdenBreakdown(b: Burden): string {
  return `${plural(b.elements, 'element')}: ${[
    `${b.independent} proven independently`,
    `${b.otherTestimony} by others’ testimony only`,
    `${b.restingOnVictim} on the victim’s testimony alone`,
    plural(b.gaps, 'gap'),
  ].join(', ')}`;
}

/** The share of proven elements resting on the victim, as a percentage. */
export const burdenPercent = (b: Burden): string => `${Math.round(b.burden * 100)}%`;
