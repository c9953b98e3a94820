/** Words for the evaluation screens: unit kinds and lengths of time, in the chosen language. */
import type { ParseKeys, TFunction } from 'i18next';
import type { Unit } from './types.ts';

type T = TFunction<'outcomes'>;

/** The kinds of specialist unit, in the order they are offered. */
export const UNIT_KINDS = [
  'police_unit',
  'labour_team',
  'prosecution_unit',
  'shelter_team',
  'screening_team',
  'hotline_team',
  'other',
] as const satisfies readonly Unit['kind'][];

/** A unit's kind in words; the server's words when the code is new. */
export const unitKindWord = (t: T, kind: string, fallback?: string): string =>
  t(`codes.unitKind.${kind}` as ParseKeys<'outcomes'>, { defaultValue: fallback ?? kind });

/** A number of days in words: "3 days", "5 months", "2 years and 1 month". */
export function tenureWords(t: T, days: number): string {
  if (days < 31) return t('tenure.days', { count: days });
  const months = Math.floor(days / 30.44);
  if (months < 12) return t('tenure.months', { count: months });
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = t('tenure.years', { count: years });
  return rest ? t('tenure.yearsAndMonths', { years: y, months: t('tenure.months', { count: rest }) }) : y;
}
