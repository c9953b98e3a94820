/** Words shown for the screening API's codes, in the chosen language. Each list is made when called (at render), so
 * it follows a change of language. */
import type { ParseKeys } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import type { Exploitation, PlaceKind, ReferralStatus, Sex, ShareItem, Source } from './types.ts';

export type Options = readonly (readonly [string, string])[];

const CODES = {
  source: [
    'operation',
    'tip',
    'inspection',
    'walk_in',
    'hotline',
    'shelter',
  ] as const satisfies readonly Source[],
  place: [
    'shelter',
    'interview_room',
    'ngo_office',
    'hospital',
    'labour_office',
    'other_safe_place',
  ] as const satisfies readonly PlaceKind[],
  language: ['my', 'kar', 'shn', 'km', 'lo', 'th', 'vi', 'zh', 'en'],
  sex: ['female', 'male', 'other', 'undisclosed'] as const satisfies readonly Sex[],
  exploitation: [
    'labour',
    'sexual',
    'forced_criminality',
    'other',
  ] as const satisfies readonly Exploitation[],
  shareItem: [
    'pseudonym',
    'age',
    'language',
    'outcome',
    'medical_needs',
    'contact_details',
  ] as const satisfies readonly ShareItem[],
  providerKind: ['shelter', 'medical', 'legal', 'return_reintegration', 'labour_rights'],
  referralStatus: [
    'sent',
    'accepted',
    'declined',
    'in_service',
    'closed',
  ] as const satisfies readonly ReferralStatus[],
  status: ['in_progress', 'completed'],
  outcome: ['presumed_trafficked', 'exploited_not_trafficked', 'not_indicated', 'insufficient_information'],
} as const;

type Group = keyof typeof CODES;

const words = (group: Group): Options =>
  CODES[group].map(
    (c) => [c, i18next.t(`codes.${group}.${c}` as ParseKeys<'screening'>, { ns: 'screening' })] as const,
  );

export const sourceOptions = (): Options => words('source');
export const placeOptions = (): Options => words('place');
export const languageOptions = (): Options => words('language');
/** The person's sex as they state it (never assumed); checked against what a provider takes. */
export const sexOptions = (): Options => words('sex');
export const exploitationOptions = (): Options => words('exploitation');
export const shareItemOptions = (): Options => words('shareItem');
export const providerKindOptions = (): Options => words('providerKind');
export const referralStatusOptions = (): Options => words('referralStatus');
export const statusOptions = (): Options => words('status');
export const outcomeOptions = (): Options => words('outcome');

/** The items a referral may share, in the order offered (the server's codes). */
export const SHARE_ITEMS: readonly ShareItem[] = CODES.shareItem;

/** A referral's statuses, in order (the server's codes). */
export const REFERRAL_STATUSES: readonly ReferralStatus[] = CODES.referralStatus;

/** A sex as the person stated it, when it is one of the server's codes. */
export const isSex = (code: string): code is Sex => CODES.sex.some((c) => c === code);

/** The words for a code, or the code itself when it has none. */
export const wordFor = (options: Options, code: string | null | undefined): string =>
  code == null ? '' : (options.find(([c]) => c === code)?.[1] ?? code.replaceAll('_', ' '));

/** The outcome in words, e.g. "Presumed trafficked (labour)". */
export function outcomeWords(outcome: string, exploitation: string | null): string {
  if (outcome === 'presumed_trafficked') {
    if (!exploitation) return i18next.t('outcomeWords.presumed', { ns: 'screening' });
    const kind = i18next.t(`screening:codes.exploitationShort.${exploitation}`, {
      defaultValue: exploitation,
    });
    return i18next.t('outcomeWords.presumedAs', { ns: 'screening', kind });
  }
  if (outcome === 'exploited_not_trafficked')
    return i18next.t('outcomeWords.exploitedNotTrafficked', { ns: 'screening' });
  return wordFor(outcomeOptions(), outcome);
}
