import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { OFFENCE_WORDS_KM } from './court-file-offences-km.ts';
import { OFFENCE_WORDS_LO } from './court-file-offences-lo.ts';
import { OFFENCE_WORDS_MY } from './court-file-offences-my.ts';
import { OFFENCE_WORDS_TH } from './court-file-offences-th.ts';
import { OFFENCE_WORDS_VI } from './court-file-offences-vi.ts';
import { OFFENCE_WORDS_ZH } from './court-file-offences-zh.ts';
import { fill } from './pdf-language.ts';

// The offence catalogue's words (src/prosecution/offences) as the court file prints them and the screens show them
// (offence-language.ts), in the region's seven languages: each offence's title, the legal elements a court must
// find, the catalogue's notes, and the laws cited with their sections. English is the catalogue's own text,
// repeated here as the key the translations are found by: a text changed in the catalogue is printed in English
// until it is translated again (the test says which). Like the catalogue, these are plain summaries, not the laws'
// words, and every citation is to be checked by a lawyer of the country before filing.

const en = {
  titles: {
    'TH-ATIP-6': 'Trafficking in persons',
    'TH-ATIP-6/1': 'Forced labour or services',
    'TH-PC-312': 'Enslaving or holding a person in a condition similar to slavery',
    'TH-PC-276': 'Rape',
    'TH-PC-277': 'Sexual intercourse with a child',
    'TH-PC-310': 'Unlawful detention or deprivation of liberty',
    'TH-MWO-131': "Retaining a migrant worker's work permit or identity documents",
    'TH-AMLA-5': 'Money laundering',
    'TH-PC-149': 'An official demanding or accepting a bribe',
    'TH-PC-144': 'Giving or offering a bribe to an official',
    'TH-LPA-44': 'Employing a child under the minimum age',
    'TH-RC-37': 'Evading tax by false statement or concealment',
    'KH-LSHT-10': 'Unlawful removal of a person for exploitation',
    'KH-LL-15': 'Forced or compulsory labour',
    'KH-LL-16': 'Hiring a person to work off a debt',
    'KH-CC-239': 'Rape',
    'KH-CC-253': 'Unlawful arrest, detention or confinement',
    'KH-AML': 'Money laundering',
    'KH-ACL': 'Bribery of a public official',
    'KH-LL-177': 'Employing a child under the minimum age',
    'LA-PC-215': 'Trafficking in persons',
    'LA-LL-FORCED': 'Forced labour',
    'LA-PC-RAPE': 'Rape',
    'LA-PC-DETENTION': 'Unlawful detention',
    'LA-AML': 'Money laundering',
    'LA-ACL': 'Bribery of an official',
    'LA-LL-CHILD': 'Employing a child under the minimum age',
    'MM-ATIP-2022': 'Trafficking in persons',
    'MM-PC-374': 'Unlawful compulsory labour',
    'MM-PC-376': 'Rape',
    'MM-PC-342': 'Wrongful confinement',
    'MM-AML-2014': 'Money laundering',
    'MM-ACL-2013': 'Bribery of an official',
    'VN-PC-150': 'Trafficking in persons',
    'VN-PC-151': 'Trafficking in persons under 16',
    'VN-PC-297': 'Forced labour',
    'VN-PC-141': 'Rape',
    'VN-PC-142': 'Rape of a person under 16',
    'VN-PC-157': 'Unlawful arrest, custody or detention',
    'VN-LC-17': "An employer keeping a worker's identity papers",
    'VN-PC-324': 'Money laundering',
    'VN-PC-354': 'Accepting a bribe',
    'VN-PC-364': 'Giving a bribe',
    'VN-PC-296': 'Breaching the rules on employing persons under 16',
    'VN-PC-200': 'Tax evasion',
    'CN-CL-240': 'Abducting and trafficking women or children',
    'CN-CL-244': 'Forcing labour',
    'CN-CL-236': 'Rape',
    'CN-CL-238': 'Unlawful detention',
    'CN-LCL-9': "An employer keeping a worker's identity card or other papers",
    'CN-CL-191': 'Money laundering',
    'CN-CL-385': 'Accepting a bribe',
    'CN-CL-389': 'Offering a bribe',
    'CN-CL-244-1': 'Employing children in heavy or dangerous work',
    'CN-CL-201': 'Tax evasion',
  },
  elements: {
    traffickingAct: 'Recruitment, transport, transfer, harbouring or receipt of the person',
    traffickingMeans:
      'By threat, force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, debt bondage, or payments to a person having control over the victim',
    traffickingPurpose:
      'For the purpose of exploitation: sexual exploitation, forced labour or services, slavery or practices similar to it, servitude, or removal of organs',
    labourWork: 'Work or services were exacted from the person',
    labourMenace:
      'Under the menace of a penalty: violence or threats, confinement, withheld wages or identity papers, a debt',
    labourInvoluntary: 'The person did not offer the work freely, or could not leave it',
    debt: 'A debt or advance owed by the person or their family',
    debtPledge:
      'Their labour pledged against it, its value not reasonably applied to the debt or its length and nature not defined',
    sexualAct: 'Sexual intercourse or penetration',
    sexualConsent: 'Without consent, or by force, threat or abuse of a position of control',
    childAge: 'The child was under the age the law protects (consent is no defence)',
    confinement: 'The person was confined or otherwise deprived of their liberty',
    confinementUnlawful: 'Without lawful authority or the person’s free consent',
    documentsHeld: "The person's passport, identity card or work permit was held by the accused",
    documentsUnwilling: 'Kept against the person’s will or to stop them leaving',
    proceeds: 'Property derived from a predicate offence (trafficking, forced labour and the like)',
    proceedsDealing: 'Transferred, converted, concealed or used the property',
    proceedsKnowledge: 'Knowing or having reason to know its criminal origin',
    bribeOfficial: 'The person is a public official (police, immigration, labour, local administration)',
    bribeAdvantage: 'An undue advantage was solicited, given or accepted',
    bribeDuty:
      'In return for acting or not acting in the official’s duties (warnings of raids, ignored inspections, crossings let through)',
    childEmployed: 'The child was employed or made to work',
    childUnderAge: 'Under the minimum age for that work',
    taxIncome: 'Taxable income or turnover was earned',
    taxEvasion: 'Not declared, or falsely declared, to evade the tax due',
    abductionAct:
      'Abducting, kidnapping, buying, selling, receiving and sending on, or transferring the person',
    abductionPurpose: 'For the purpose of selling the person',
  },
  notes: {
    'TH-ATIP-6': ['A child is under 18; for a child the means need not be proven.'],
    'TH-ATIP-6/1': ['Added by a later amendment: confirm the version in force on the dates of the acts.'],
    'TH-PC-312': [
      'No offence of debt bondage on its own: charged as a condition similar to slavery, and as a means of trafficking (TH-ATIP-6).',
    ],
    'TH-PC-277': ['The child is under 15; consent is no defence.'],
    'TH-MWO-131': ['Applies to employers of migrant workers.'],
    'TH-AMLA-5': [
      'Trafficking in persons is a predicate offence; the Anti-Money Laundering Office can seize and forfeit.',
    ],
    'TH-PC-149': ['The one who gives the bribe: TH-PC-144.'],
    'TH-LPA-44': ['The minimum age is 15.'],
    'KH-LSHT-10': [
      'The law speaks of "unlawful removal" (by deception, abuse of power, confinement, force, threat or coercion); the selling, buying or exchange of a person is an offence of its own in the same law.',
      'For a minor removed without the guardian’s consent the means need not be proven.',
    ],
    'KH-AML': ['Replaced the 2007 law: confirm which applies to the dates of the acts.'],
    'KH-ACL': ['Investigated by the Anti-Corruption Unit.'],
    'KH-LL-177': ['The minimum age is 15; hazardous work 18.'],
    'LA-PC-215': [
      'Read with the Law on Anti-Trafficking in Persons.',
      'For a child the means need not be proven.',
    ],
    'LA-LL-FORCED': ['Find the criminal penalty in the Penal Code (2017).'],
    'LA-LL-CHILD': ['The minimum age is 14; hazardous work 18.'],
    'MM-ATIP-2022': [
      'Replaced the Anti-Trafficking in Persons Law of 2005: the law in force on the dates of the acts applies.',
      'For a child the means need not be proven.',
    ],
    'VN-PC-150': ['For victims aged 16 and over; a victim under 16: VN-PC-151.'],
    'VN-PC-151': ['The child is under 16; the means need not be proven.'],
    'VN-PC-141': ['A victim under 16: VN-PC-142.'],
    'VN-LC-17': [
      'An administrative violation, fined under the government decree on labour sanctions: not a crime.',
    ],
    'VN-PC-354': ['The one who gives the bribe: VN-PC-364.'],
    'CN-CL-240': [
      'Protects women and children only: forced labour of men falls under art. 244 (CN-CL-244).',
      'No means need be proven.',
    ],
    'CN-CL-244': [
      'By violence, threat or restricting personal freedom; recruiting or transporting for it is covered too.',
    ],
    'CN-CL-236': ['Sexual relations with a girl under 14 are rape whatever her consent.'],
    'CN-LCL-9': ['Sanctioned by the labour administration: not a crime on its own.'],
    'CN-CL-191': ['Confirm that the predicate offence is one the article lists in the version in force.'],
    'CN-CL-385': ['The one who gives the bribe: CN-CL-389.'],
    'CN-CL-244-1': ['Children under 16.'],
  },
  laws: {
    thTrafficking: 'Anti-Trafficking in Persons Act B.E. 2551 (2008), as amended',
    thCriminalCode: 'Criminal Code',
    thMigrantWorkers:
      'Royal Ordinance on the Management of the Employment of Migrant Workers B.E. 2560 (2017)',
    thMoneyLaundering: 'Anti-Money Laundering Act B.E. 2542 (1999)',
    thLabourProtection: 'Labour Protection Act B.E. 2541 (1998)',
    thRevenueCode: 'Revenue Code',
    khTrafficking: 'Law on Suppression of Human Trafficking and Sexual Exploitation (2008)',
    khLabour: 'Labour Law (1997)',
    khCriminalCode: 'Criminal Code (2009)',
    khMoneyLaundering: 'Law on Anti-Money Laundering and Combating the Financing of Terrorism (2020)',
    khCorruption: 'Anti-Corruption Law (2010)',
    laPenalCode: 'Penal Code (2017)',
    laLabour: 'Labour Law (2013)',
    laMoneyLaundering: 'Law on Anti-Money Laundering and Counter-Financing of Terrorism (2014)',
    laCorruption: 'Law on Anti-Corruption (2012)',
    mmTrafficking: 'Anti-Trafficking in Persons Law (2022)',
    mmPenalCode: 'Penal Code',
    mmMoneyLaundering: 'Anti-Money Laundering Law (2014)',
    mmCorruption: 'Anti-Corruption Law (2013), as amended',
    vnCriminalCode: 'Criminal Code 2015, as amended in 2017',
    vnLabourCode: 'Labour Code 2019',
    cnCriminalLaw: 'Criminal Law of the PRC, as amended',
    cnLabourContract: 'Labour Contract Law',
    // The procedure laws that set the days to appeal a verdict (court-deadlines.ts, APPEAL_DAYS).
    thCriminalProcedure: 'Criminal Procedure Code',
    khCriminalProcedure: 'Code of Criminal Procedure',
    laCriminalProcedure: 'Law on Criminal Procedure',
    mmLimitation: 'Limitation Act (appeals against conviction)',
    vnCriminalProcedure: 'Criminal Procedure Code 2015',
    cnCriminalProcedure: 'Criminal Procedure Law',
  },
  /** A law and its section, as cited. */
  citation: '{law}, {section}',
  /** A section as cited ("s. 6", "ss. 340, 342", "art. 10", "arts. 9, 84"), `{n}` the numbers. */
  sections: { s: 's. {n}', ss: 'ss. {n}', art: 'art. {n}', arts: 'arts. {n}' },
  /** Between two numbers of a section ("340, 342"). */
  numbersJoin: ', ',
};

export type OffenceWords = typeof en;

export const OFFENCE_WORDS: Record<ServerLanguage, OffenceWords> = {
  en,
  th: OFFENCE_WORDS_TH,
  km: OFFENCE_WORDS_KM,
  lo: OFFENCE_WORDS_LO,
  my: OFFENCE_WORDS_MY,
  vi: OFFENCE_WORDS_VI,
  zh: OFFENCE_WORDS_ZH,
};

type Names<T> = Map<string, keyof T>;
const namesOf = <T extends Record<string, string>>(list: T): Names<T> =>
  new Map(Object.entries(list).map(([name, text]) => [text, name as keyof T]));
const ELEMENT_NAMES = namesOf(en.elements);
const LAW_NAMES = namesOf(en.laws);

const has = <T extends object>(list: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(list, key);

/** The title of an offence of the catalogue in the language; the catalogue's (English) title when it has none. */
export function offenceTitle(code: string, title: string, lang: ServerLanguage): string {
  const titles = OFFENCE_WORDS[lang].titles;
  return has(titles, code) && en.titles[code] === title ? titles[code] : title;
}

/** A legal element's text in the language; as given when it is not one of the catalogue's. */
export function elementText(text: string, lang: ServerLanguage): string {
  const name = ELEMENT_NAMES.get(text);
  return name ? OFFENCE_WORDS[lang].elements[name] : text;
}

/** The catalogue's notes on an offence in the language, each as given when it is not the catalogue's. */
export function offenceNotes(code: string, notes: readonly string[], lang: ServerLanguage): string[] {
  const known: readonly string[] = has(en.notes, code) ? en.notes[code] : [];
  const words: readonly string[] = has(en.notes, code) ? OFFENCE_WORDS[lang].notes[code] : [];
  return notes.map((note, i) => (known[i] === note ? (words[i] ?? note) : note));
}

/** A law's name in the language; as given when it is not one of the catalogue's. */
export function lawName(law: string, lang: ServerLanguage): string {
  const name = LAW_NAMES.get(law);
  return name ? OFFENCE_WORDS[lang].laws[name] : law;
}

/** A section as cited ("s. 312", "arts. 9, 84") in the language; as given when it is cited some other way. */
export function sectionText(section: string, lang: ServerLanguage): string {
  const w = OFFENCE_WORDS[lang];
  const m = /^(s|ss|art|arts)\. (.+)$/.exec(section);
  const kind = m?.[1] as keyof OffenceWords['sections'] | undefined;
  return m && kind
    ? fill(w.sections[kind], { n: (m[2] as string).split(', ').join(w.numbersJoin) })
    : section;
}

/** A citation ("Criminal Code, s. 312") in the language: the law's name and its section. */
export function citationText(law: string, section: string | null, lang: ServerLanguage): string {
  const lawWords = lawName(law, lang);
  if (!section) return lawWords;
  return fill(OFFENCE_WORDS[lang].citation, { law: lawWords, section: sectionText(section, lang) });
}
