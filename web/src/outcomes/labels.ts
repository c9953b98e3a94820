import type { Filters, Judgement } from './types.ts';

/** Words for the codes of the outcomes screens. */

export const COUNTRY_NAMES: Record<string, string> = {
  TH: 'Thailand',
  KH: 'Cambodia',
  LA: 'Laos',
  MM: 'Myanmar',
  VN: 'Vietnam',
  CN: 'China (southern provinces)',
};

export const EXPLOITATION_LABELS: [string, string][] = [
  ['labour', 'Labour exploitation'],
  ['sexual', 'Sexual exploitation'],
  ['forced_criminality', 'Forced criminality (e.g. scam centres)'],
  ['begging', 'Forced begging'],
  ['forced_marriage', 'Forced marriage'],
  ['domestic_servitude', 'Domestic servitude'],
  ['other', 'Other'],
  ['unknown', 'Not known'],
];

export const SEX_LABELS: [string, string][] = [
  ['female', 'Female'],
  ['male', 'Male'],
  ['other', 'Other'],
  ['undisclosed', 'Did not say'],
  ['unknown', 'Not recorded'],
];

export const AGE_LABELS: [string, string][] = [
  ['child', 'Children (under 18)'],
  ['adult', 'Adults'],
  ['unknown', 'Age not known'],
];

export const JUDGEMENT_LABELS: [Judgement, string][] = [
  ['met', 'Met'],
  ['partly', 'Partly met'],
  ['not_met', 'Not met'],
  ['not_known', 'Not known'],
];
export const judgementWord = (j: Judgement) => JUDGEMENT_LABELS.find(([c]) => c === j)?.[1] ?? j;

/** A figure as the screens show it: the count, or "fewer than k" when hidden. Never a small number. */
export const figure = (count: number | null, k: number) =>
  count === null ? `fewer than ${k}` : String(count);

/** The filters set, as a query string for the API and the address bar. */
export function filtersQuery(f: Filters): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(f)) if (value.trim()) q.set(name, value.trim());
  return q.toString();
}

/** The filters read back from a query string (unknown names left out). */
export function filtersFrom(query: string, empty: Filters): Filters {
  const q = new URLSearchParams(query);
  const out = { ...empty };
  for (const name of Object.keys(empty) as (keyof Filters)[]) out[name] = q.get(name) ?? '';
  return out;
}
