import type { TFunction } from 'i18next';
import { type Options, languageOptions as spokenLanguages } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';

/** Words shown for the protection API's codes, in the chosen language: each list is made when called (at render). */

type T = TFunction<'protection'>;

const NEED_DOMAINS = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'] as const;
const NEED_LEVELS = ['none', 'some', 'serious', 'urgent'] as const;
const SERVICES = [
  'shelter',
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'family_tracing',
  'return',
  'local_integration',
  'vocational_training',
  'cash_support',
  'asylum_referral',
] as const;
const SERVICE_STATUSES = ['offered', 'accepted', 'declined', 'withdrawn', 'completed'] as const;
const VICTIM_STATUSES = ['presumed', 'declined'] as const;
const SHAREABLE_ITEMS = ['pseudonym', 'exploitation', 'needs', 'services', 'victim_status'] as const;

export const needDomainOptions = (t: T): Options =>
  NEED_DOMAINS.map((c) => [c, t(`codes.needDomain.${c}`)] as const);
export const needLevelOptions = (t: T): Options =>
  NEED_LEVELS.map((c) => [c, t(`codes.needLevel.${c}`)] as const);
export const serviceOptions = (t: T): Options => SERVICES.map((c) => [c, t(`codes.service.${c}`)] as const);
export const serviceStatusOptions = (t: T): Options =>
  SERVICE_STATUSES.map((c) => [c, t(`codes.serviceStatus.${c}`)] as const);
export const victimStatusOptions = (t: T): Options =>
  VICTIM_STATUSES.map((c) => [c, t(`codes.victimStatus.${c}`)] as const);
export const shareableItemOptions = (t: T): Options =>
  SHAREABLE_ITEMS.map((c) => [c, t(`codes.shareable.${c}`)] as const);

/** A stay's warning in words: `over_30_days`, `tied_to_court_date`, `not_free_to_leave`. */
export function stayWarningWords(t: T, code: string): string {
  const over = /^over_(\d+)_days$/.exec(code);
  if (over) return t('stayWarning.over', { count: Number(over[1]) });
  if (code === 'tied_to_court_date') return t('stayWarning.tiedToCourtDate');
  if (code === 'not_free_to_leave') return t('stayWarning.notFreeToLeave');
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
