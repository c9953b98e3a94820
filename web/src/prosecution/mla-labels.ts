import type { Options } from '../screening/labels.ts';
import { countryName } from './court-labels.ts';

/** Words for the codes of requests for mutual legal assistance (src/prosecution/mla.ts). */

export const MLA_ASKS: Options = [
  ['evidence', 'Evidence'],
  ['witness_testimony', 'Testimony of witnesses'],
  ['asset_freezing', 'Freezing of assets'],
  ['extradition', 'Extradition'],
  ['service_of_documents', 'Service of documents'],
  ['records', 'Records (bank, telephone, company)'],
];

export const MLA_STATUSES: Options = [
  ['drafted', 'Drafted'],
  ['sent', 'Sent'],
  ['acknowledged', 'Acknowledged'],
  ['executed', 'Executed'],
  ['refused', 'Refused'],
  ['withdrawn', 'Withdrawn'],
];

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
export const MLA_COUNTRIES: Options = [
  ...FIRST.map((code) => [code, countryName(code)] as const).sort((a, b) => a[1].localeCompare(b[1])),
  [OTHER_COUNTRY, 'Another country (give its code)'],
];
