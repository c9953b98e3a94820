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
