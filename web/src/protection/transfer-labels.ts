import type { TFunction } from 'i18next';
import { TRANSFER_ITEMS, TRANSFER_KINDS } from '../../../src/protection/return-bodies.ts';
import {
  exploitationOptions,
  languageOptions,
  type Options,
  sexOptions,
  wordFor,
} from '../screening/labels.ts';
import { regionName } from '../ui/format.ts';
import { needDomainOptions, needLevelOptions, serviceOptions, serviceStatusOptions } from './labels.ts';
import type { SharedValues } from './transfer-types.ts';
import type { TransferBody } from './types.ts';

/** Words for the transfer API's codes, in the chosen language (each list made when called). */

type T = TFunction<'protection'>;

const TRANSFER_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'cancelled'] as const;

export const transferKindOptions = (t: T): Options =>
  TRANSFER_KINDS.map((c) => [c, t(`codes.transferKind.${c}`)] as const);
export const transferStatusOptions = (t: T): Options =>
  TRANSFER_STATUSES.map((c) => [c, t(`codes.transferStatus.${c}`)] as const);

/** What a transfer may share, each explained: [code, words, what the receiver reads]. */
export const transferItems = (t: T): readonly (readonly [TransferBody['items'][number], string, string])[] =>
  TRANSFER_ITEMS.map((c) => [c, t(`codes.transferItem.${c}`), t(`codes.transferItemHint.${c}`)] as const);

export const itemWords = (t: T, code: string): string =>
  transferItems(t).find(([c]) => c === code)?.[1] ?? code;

/** Countries of the region first; the server takes any ISO 3166 code in use. */
const COUNTRY_CODES = [
  'MM',
  'KH',
  'LA',
  'VN',
  'TH',
  'CN',
  'MY',
  'ID',
  'PH',
  'BD',
  'NP',
  'LK',
  'IN',
  'SG',
  'KR',
  'JP',
];

/** A country's name from its code, in the chosen language: "Myanmar (Burma)" for MM in English. */
export const countryName = (code: string): string => regionName(code);

/** The region's countries to choose from, named in the chosen language. */
export const countryChoices = (): Options => COUNTRY_CODES.map((code) => [code, countryName(code)] as const);

/** What arrived with a transfer, each shared item in words; what was not shared is not shown at all. */
export function sharedWords(t: T, v: SharedValues): [string, string][] {
  const out: [string, string][] = [];
  if (v.pseudonym !== undefined) out.push([t('shared.pseudonym'), v.pseudonym]);
  if (v.ageGroup) {
    const group = v.ageGroup.group === 'unknown' ? t('shared.ageUnknown') : v.ageGroup.group;
    out.push([
      t('shared.ageGroup'),
      v.ageGroup.treatedAsChild ? t('shared.ageGroupChild', { group }) : group,
    ]);
  }
  if (v.sex !== undefined)
    out.push([t('shared.sex'), v.sex ? wordFor(sexOptions(), v.sex) : t('shared.notStated')]);
  if (v.language !== undefined)
    out.push([
      t('shared.language'),
      v.language ? wordFor(languageOptions(), v.language) : t('shared.notRecorded'),
    ]);
  if (v.exploitation !== undefined)
    out.push([
      t('shared.exploitation'),
      v.exploitation ? wordFor(exploitationOptions(), v.exploitation) : t('shared.notRecorded'),
    ]);
  if (v.needs) {
    const domains = needDomainOptions(t);
    const levels = needLevelOptions(t);
    out.push([
      t('shared.needs'),
      v.needs.length === 0
        ? t('shared.noneAssessed')
        : v.needs
            .map((n) =>
              t('shared.pair', {
                what: wordFor(domains, n.domain),
                how: wordFor(levels, n.level).toLowerCase(),
              }),
            )
            .join(t('words.separator')),
    ]);
  }
  if (v.services) {
    const services = serviceOptions(t);
    const statuses = serviceStatusOptions(t);
    out.push([
      t('shared.services'),
      v.services.length === 0
        ? t('shared.noneOffered')
        : v.services
            .map((s) =>
              t('shared.pair', {
                what: wordFor(services, s.service),
                how: wordFor(statuses, s.status).toLowerCase(),
              }),
            )
            .join(t('words.separator')),
    ]);
  }
  if (v.returnPlanNote !== undefined) out.push([t('shared.returnPlanNote'), v.returnPlanNote]);
  return out;
}
