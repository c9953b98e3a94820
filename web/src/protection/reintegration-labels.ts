import type { ParseKeys, TFunction } from 'i18next';
import type { Options } from '../screening/labels.ts';

/** Words for the reintegration API's codes, in the chosen language (each list made when called). */

type T = TFunction<'protection'>;

const CONTACT_OUTCOMES = ['reached', 'not_reached'] as const;
const WELLBEING_LEVELS = ['good', 'fair', 'poor', 'at_risk'] as const;
const SCHEDULE_STATES = ['recorded', 'due', 'upcoming'] as const;

export const contactOutcomeOptions = (t: T): Options =>
  CONTACT_OUTCOMES.map((c) => [c, t(`codes.contactOutcome.${c}`)] as const);
export const wellbeingOptions = (t: T): Options =>
  WELLBEING_LEVELS.map((c) => [c, t(`codes.wellbeing.${c}`)] as const);
export const scheduleStateOptions = (t: T): Options =>
  SCHEDULE_STATES.map((c) => [c, t(`codes.scheduleState.${c}`)] as const);

/** Why a case is flagged as a possible re-trafficking, in words: `follow_up`, `identity_match`. */
export const retraffickingFlagWords = (t: T, code: string): string =>
  t(`codes.retraffickingFlag.${code}` as ParseKeys<'protection'>, { defaultValue: code });

/** "The 90-day follow-up". */
export const followUpName = (t: T, days: number): string => t('followUp.name', { days });
