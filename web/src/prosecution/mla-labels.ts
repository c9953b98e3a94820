import type { TFunction } from 'i18next';
import { currentLocale } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';
import { countryName } from './court-labels.ts';

/** Words for the codes of requests for mutual legal assistance (src/prosecution/mla.ts) are in codes.ts. */

/** The statuses that may follow each (the server's order): drafted, sent, acknowledged, then an end. */
export const MLA_NEXT: Record<string, readonly string[]> = {
  drafted: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'refused', 'withdrawn'],
  acknowledged: ['executed', 'refused', 'withdrawn'],
  executed: [],
  refused: [],
  withdrawn: [],
};

/** Statuses in which a response is awaited, so that a due date may be set. */
export const MLA_AWAITING: readonly string[] = ['sent', 'acknowledged'];

/** The countries offered first: the region's and the usual partners; any other by its ISO code. */
const FIRST = [
  'MM',
  'KH',
  'LA',
  'VN',
  'CN',
  'TH',
  'MY',
  'SG',
  'ID',
  'PH',
  'BN',
  'TL',
  'BD',
  'IN',
  'KR',
  'JP',
  'TW',
  'HK',
  'AE',
  'AU',
  'GB',
  'US',
];
export const OTHER_COUNTRY = 'other';

/** The countries offered, by name in the chosen language, then "another country". */
export function mlaCountries(t: TFunction<'prosecution'>): Options {
  const locale = currentLocale();
  return [
    ...FIRST.map((code) => [code, countryName(t, code)] as const).sort((a, b) =>
      a[1].localeCompare(b[1], locale),
    ),
    [OTHER_COUNTRY, t('mla.form.otherCountry')],
  ];
}
