import { type Options, languageOptions as spokenLanguages } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';

/** Words shown for the protection API's codes. */

export const NEED_DOMAINS: Options = [
  ['safety', 'Safety'],
  ['health', 'Health'],
  ['legal', 'Legal help'],
  ['shelter', 'A safe place to stay'],
  ['family', 'Family'],
  ['money', 'Money and debts'],
  ['documents', 'Identity documents'],
];

export const NEED_LEVELS: Options = [
  ['none', 'No need'],
  ['some', 'Some need'],
  ['serious', 'Serious need'],
  ['urgent', 'Urgent: act today'],
];

export const SERVICES: Options = [
  ['shelter', 'Shelter'],
  ['medical', 'Medical care'],
  ['psychosocial', 'Psychosocial support'],
  ['legal_aid', 'Legal aid'],
  ['interpretation', 'Interpretation'],
  ['family_tracing', 'Family tracing'],
  ['return', 'Safe return home'],
  ['local_integration', 'Settling here'],
  ['vocational_training', 'Vocational training'],
  ['cash_support', 'Cash support'],
  ['asylum_referral', 'Referral for asylum'],
];

export const SERVICE_STATUSES: Options = [
  ['offered', 'Offered, waiting for the person’s answer'],
  ['accepted', 'Accepted by the person'],
  ['declined', 'Declined by the person'],
  ['withdrawn', 'Withdrawn by the person'],
  ['completed', 'Completed'],
];

export const VICTIM_STATUSES: Options = [
  ['presumed', 'Presumed a victim of trafficking'],
  ['declined', 'The person declined the status of victim'],
];

export const SHAREABLE_ITEMS: Options = [
  ['pseudonym', 'The name they go by here (pseudonym)'],
  ['exploitation', 'The kind of exploitation'],
  ['needs', 'Their needs (levels only, never notes)'],
  ['services', 'The services and their answers'],
  ['victim_status', 'Their word on the status of victim'],
];

/** A stay's warning in words: `over_30_days`, `tied_to_court_date`, `not_free_to_leave`. */
export function stayWarningWords(code: string): string {
  const over = /^over_(\d+)_days$/.exec(code);
  if (over) return `Over ${over[1]} days in the shelter`;
  if (code === 'tied_to_court_date') return 'Tied to a court date';
  if (code === 'not_free_to_leave') return 'Not free to leave — a stay must be voluntary';
  return code.replaceAll('_', ' ');
}

/** The languages to choose from, with `current` added when the list lacks it. */
export function languageOptions(current: string | null): Options {
  const all = spokenLanguages();
  if (!current || all.some(([c]) => c === current)) return all;
  return [...all, [current, current] as const];
}

/** Today, or `daysAgo` days before, as YYYY-MM-DD (UTC, as the server counts). */
export const isoDay = (daysAgo = 0): string =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** A YYYY-MM-DD day for reading, taken at local noon so that no time zone moves it. */
export const formatDay = (day: string): string => formatDate(`${day}T12:00:00`);
