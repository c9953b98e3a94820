import type { TFunction } from 'i18next';
// The codes themselves are the server's (one list, no copy to keep in step); the words for them are here.
import {
  NEED_DOMAINS,
  NEED_LEVELS,
  type NeedDomain,
  SERVICE_STATUSES,
  SERVICES,
  SHAREABLE_ITEMS,
  VICTIM_STATUSES,
} from '../../../src/protection/catalogue.ts';
import { type Options, languageOptions as spokenLanguages } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';

/** Words shown for the protection API's codes, in the chosen language: each list is made when called (at render). */

type T = TFunction<'protection'>;

export const needDomainOptions = (t: T): readonly (readonly [NeedDomain, string])[] =>
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
