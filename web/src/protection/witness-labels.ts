import type { Options } from '../screening/labels.ts';

/** Words for the witness-support codes, and which status may follow which (as the server allows). */

export const COOPERATION_STANCES: Options = [
  ['not_asked', 'Not asked'],
  ['considering', 'Considering it'],
  ['cooperating', 'Cooperating with the prosecution'],
  ['declined', 'Declined to cooperate'],
];

export const PERMIT_KINDS = ['temporary_stay_permit', 'work_permit'];
export const PAID_KINDS = ['travel', 'subsistence'];

export const MEASURE_KINDS: Options = [
  ['temporary_stay_permit', 'Temporary stay permit'],
  ['work_permit', 'Work permit'],
  ['family_kept_together', 'Family kept together'],
  ['witness_protection', 'Witness protection'],
  ['reprisal_risk_family', 'Risk of reprisals against the family at home'],
  ['hearing_support', 'Support at a hearing'],
  ['travel', 'Travel costs'],
  ['subsistence', 'Subsistence'],
];

export const MEASURE_STATUSES: Options = [
  ['requested', 'Requested'],
  ['granted', 'Granted'],
  ['refused', 'Refused'],
  ['expired', 'Expired'],
  ['provided', 'Provided'],
];

/** The statuses a measure in each status can move to next. */
export const NEXT_STATUSES: Record<string, readonly string[]> = {
  requested: ['granted', 'refused', 'provided'],
  granted: ['provided', 'expired'],
  refused: ['requested'],
  expired: ['requested'],
  provided: [],
};

/** What the next-status choice says, where "Requested" would read oddly. */
export const NEXT_WORDS: Options = [
  ['requested', 'Requested again'],
  ['granted', 'Granted'],
  ['refused', 'Refused'],
  ['expired', 'Expired'],
  ['provided', 'Provided'],
];

export const REPRISAL_LEVELS: Options = [
  ['none', 'No risk known'],
  ['some', 'Some risk'],
  ['serious', 'Serious risk'],
  ['urgent', 'Urgent: act today'],
];

export const HEARING_SUPPORTS: Options = [
  ['accompanied', 'Accompanied to the hearing'],
  ['separate_waiting_room', 'A separate waiting room'],
  ['video_link', 'Testimony by video link'],
  ['interpreter', 'An interpreter'],
];

export const VALIDITY: Options = [
  ['valid', 'Valid'],
  ['expiring', 'Expiring within 30 days'],
  ['expired', 'Expired'],
];

export const CURRENCIES: Options = [
  ['THB', 'Thai baht (THB)'],
  ['MMK', 'Myanmar kyat (MMK)'],
  ['KHR', 'Cambodian riel (KHR)'],
  ['LAK', 'Lao kip (LAK)'],
  ['VND', 'Vietnamese dong (VND)'],
  ['CNY', 'Chinese yuan (CNY)'],
  ['MYR', 'Malaysian ringgit (MYR)'],
  ['USD', 'US dollar (USD)'],
  ['EUR', 'Euro (EUR)'],
];

/** An amount with its currency, e.g. "THB 1,200.00". */
export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, currencyDisplay: 'code' }).format(
      amount,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}
