import { languageOptions, type Options, sexOptions } from '../../screening/labels.ts';

/** Words shown for the inspection API's codes. */

export const KINDS: Options = [
  ['unannounced', 'Unannounced visit'],
  ['planned', 'Planned visit (announced)'],
  ['follow_up', 'Follow-up visit'],
];

export const STATUSES: Record<string, string> = {
  planned: 'Planned',
  visited: 'Visited',
  closed: 'Closed',
};

export const ANSWERS: Options = [
  ['not_checked', 'Not checked'],
  ['observed', 'Observed'],
  ['not_observed', 'Not observed'],
];

export const INTEREST_KINDS: Options = [
  ['business', 'A business I work for or advise'],
  ['relative', 'A relative in business'],
  ['ownership', 'Ownership of a business, land or property'],
  ['other', 'Another interest'],
];

export const COUNTRIES: Options = [
  ['TH', 'Thailand'],
  ['MM', 'Myanmar'],
  ['KH', 'Cambodia'],
  ['LA', 'Laos'],
  ['VN', 'Viet Nam'],
  ['CN', 'China'],
  ['MY', 'Malaysia'],
];

export { languageOptions, sexOptions };

/** The words for a code among options, or the code itself when unknown. */
export const wordFor = (options: Options, code: string | null): string =>
  options.find(([c]) => c === code)?.[1] ?? code ?? '';

export const kindWords = (kind: string) => wordFor(KINDS, kind);

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
/** A YYYY-MM-DD day in words, read as a calendar day (not shifted by the time zone). */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

export const today = () => new Date().toISOString().slice(0, 10);

/** Where an inspection opens: `#/monitoring/inspections/<id>`. */
export const inspectionPath = (id: string) => `/monitoring/inspections/${encodeURIComponent(id)}`;

/** The inspection of a `#/monitoring/inspections/<id>` path, if this is one. */
export function monitoringInspection(path: string): string | null {
  const m = /^\/monitoring\/inspections\/([^/]+)$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
