import type { Options, Registry } from './types.ts';

/** Words shown for the intelligence API's codes. */

export const SOURCE_KINDS: Options = [
  ['police_officer', 'Police officer'],
  ['informant', 'Informant'],
  ['ngo', 'NGO'],
  ['hotline', 'Hotline'],
  ['inspector', 'Labour inspector'],
  ['open_source', 'Open source'],
];

/** TLP 2.0: who may hear it. */
export const TLP_MEANINGS: Record<string, string> = {
  CLEAR: 'Disclosure is not limited.',
  GREEN: 'Limited to the community; not for public channels.',
  AMBER: 'Limited to the recipients’ organisations, on a need-to-know basis.',
  'AMBER+STRICT': 'Limited to the receiving organisation only.',
  RED: 'For the named recipients only; not passed on.',
};

/** The CSS class of a TLP marking, e.g. `tlp tlp-amber-strict`. */
export const tlpClass = (tlp: string): string => `tlp tlp-${tlp.toLowerCase().replace(/[^a-z]+/g, '-')}`;

/** "code — meaning" options from one of the registry's scales. */
export const codeOptions = (scale: Record<string, string>): Options =>
  Object.entries(scale).map(([code, words]) => [code, `${code} — ${words}`] as const);

const ATTRIBUTE_WORDS: Record<string, string> = {
  date_of_birth: 'Date of birth',
  role_note: 'Role (note)',
  public_office: 'Public office (an official’s post)',
  registration_no: 'Registration number',
  site_kind: 'Kind of site',
  lat: 'Latitude',
  lon: 'Longitude',
  holder_name: 'Holder’s name',
};

/** An attribute's name in words: `date_of_birth` → "Date of birth". */
export function attributeLabel(attribute: string): string {
  const known = ATTRIBUTE_WORDS[attribute];
  if (known) return known;
  const words = attribute.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The calendar day of a date the API sends as midnight UTC, e.g. "2026-11-20". */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The meaning of a grade pair, e.g. "Untested source; known indirectly to the source but corroborated". */
export function gradeWords(reg: Registry | null, source: string | null, info: string | null): string {
  if (!source && !info) return 'Not graded';
  const s = source ? `${reg?.sourceGrades[source] ?? source} source` : 'source not graded';
  const i = info ? (reg?.infoGrades[info] ?? info) : 'information not graded';
  return `${s}; ${i.charAt(0).toLowerCase()}${i.slice(1)}`;
}

export const entityTypeLabel = (reg: Registry | null, type: string): string =>
  reg?.entityTypes[type]?.label ?? type.replaceAll('_', ' ');

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Kinds of site (the registry's SITE_KINDS) in words. */
export const SITE_KINDS: Options = [
  ['factory', 'Factory'],
  ['seafood_processing', 'Seafood processing'],
  ['fishing_vessel', 'Fishing vessel'],
  ['brothel', 'Brothel'],
  ['karaoke_bar', 'Karaoke bar'],
  ['farm', 'Farm'],
  ['construction', 'Construction site'],
  ['domestic_household', 'Domestic household'],
  ['scam_compound', 'Scam compound'],
  ['other', 'Other'],
];

/** The kinds of file an import reads. */
export const IMPORT_KINDS: Options = [
  ['calls', 'Call records'],
  ['transfers', 'Transfers'],
  ['crossings', 'Checkpoint crossings'],
  ['tips', 'Tips (hotline, NGO, public)'],
  ['subscribers', 'Subscriber registers (who a phone is registered to)'],
  ['accounts', "Banks' account-opening records (who holds an account)"],
];

/** What a mention or a search key matched by, in words. */
const MATCH_KINDS: Options = [
  ['name', 'name'],
  ['phone', 'phone number'],
  ['account', 'account number'],
  ['plate', 'plate'],
  ['document', 'document number'],
  ['registration', 'registration number'],
];

export type CodeKind = 'entityType' | 'linkType' | 'siteKind' | 'sourceKind' | 'importKind' | 'match';

/** A code as written words ("scam_compound" → "Scam compound"); an unknown code without its underscores. */
const fromOptions = (options: Options, code: string): string =>
  options.find(([c]) => c === code)?.[1] ?? code.replaceAll('_', ' ');

/**
 * The one way the intelligence screens show a kind or a code: entity types and link types by the registry's
 * words (when loaded), kinds of site, of source, of import and of match by the lists above.
 */
export function codeWords(kind: CodeKind, code: string, reg: Registry | null = null): string {
  switch (kind) {
    case 'entityType':
      return entityTypeLabel(reg, code);
    case 'linkType':
      return reg?.linkTypes[code]?.label ?? code.replaceAll('_', ' ');
    case 'siteKind':
      return fromOptions(SITE_KINDS, code);
    case 'sourceKind':
      return fromOptions(SOURCE_KINDS, code);
    case 'importKind':
      return fromOptions(IMPORT_KINDS, code);
    case 'match':
      return fromOptions(MATCH_KINDS, code);
  }
}

/** A fact's value as shown: coded values (a site's kind) in words, the rest as recorded. */
export const factValueWords = (attribute: string, value: string): string =>
  attribute === 'site_kind' ? codeWords('siteKind', value) : value;
