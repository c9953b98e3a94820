import type { TFunction } from 'i18next';
import type { Options } from '../screening/labels.ts';
import { numberFormat } from '../ui/format.ts';
import type { MeasureBody, MeasureStepBody } from './types.ts';

/**
 * Words for the witness-support codes, in the chosen language (each list made when called), and which status may
 * follow which (as the server allows).
 */

type T = TFunction<'protection'>;

const COOPERATION_STANCES = ['not_asked', 'considering', 'cooperating', 'declined'] as const;
export const PERMIT_KINDS = ['temporary_stay_permit', 'work_permit'];
export const PAID_KINDS = ['travel', 'subsistence'];
const MEASURE_KINDS = [
  'temporary_stay_permit',
  'work_permit',
  'family_kept_together',
  'witness_protection',
  'reprisal_risk_family',
  'hearing_support',
  'travel',
  'subsistence',
] as const;
const MEASURE_STATUSES = ['requested', 'granted', 'refused', 'expired', 'provided'] as const;
const REPRISAL_LEVELS = ['none', 'some', 'serious', 'urgent'] as const;
const HEARING_SUPPORTS = ['accompanied', 'separate_waiting_room', 'video_link', 'interpreter'] as const;
const VALIDITY = ['valid', 'expiring', 'expired'] as const;
const CURRENCY_CODES = ['THB', 'MMK', 'KHR', 'LAK', 'VND', 'CNY', 'MYR', 'USD', 'EUR'] as const;

export const cooperationOptions = (t: T): Options =>
  COOPERATION_STANCES.map((c) => [c, t(`codes.cooperation.${c}`)] as const);
export const measureKindOptions = (t: T): Options =>
  MEASURE_KINDS.map((c) => [c, t(`codes.measureKind.${c}`)] as const);
export const measureStatusOptions = (t: T): Options =>
  MEASURE_STATUSES.map((c) => [c, t(`codes.measureStatus.${c}`)] as const);
/** What the next-status choice says, where "Requested" would read oddly. */
export const nextStatusOptions = (t: T): Options =>
  MEASURE_STATUSES.map((c) => [c, t(`codes.nextStatus.${c}`)] as const);
export const reprisalLevelOptions = (t: T): Options =>
  REPRISAL_LEVELS.map((c) => [c, t(`codes.reprisalLevel.${c}`)] as const);
type HearingSupport = NonNullable<MeasureBody['support']>[number];
export const hearingSupportOptions = (t: T): readonly (readonly [HearingSupport, string])[] =>
  HEARING_SUPPORTS.map((c) => [c, t(`codes.hearingSupport.${c}`)] as const);
export const validityOptions = (t: T): Options => VALIDITY.map((c) => [c, t(`codes.validity.${c}`)] as const);
/** The currencies a payment to the witness is made in, the euro too. */
export const witnessCurrencyOptions = (t: T): Options =>
  CURRENCY_CODES.map((c) => [c, t(`codes.currency.${c}`)] as const);

/** The statuses a measure in each status can move to next. */
export const NEXT_STATUSES: Record<string, readonly MeasureStepBody['status'][]> = {
  requested: ['granted', 'refused', 'provided'],
  granted: ['provided', 'expired'],
  refused: ['requested'],
  expired: ['requested'],
  provided: [],
};

/** An amount with its currency, e.g. "THB 1,200.00", in the chosen language's way of writing numbers. */
export function money(amount: number, currency: string): string {
  try {
    return numberFormat({ style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
