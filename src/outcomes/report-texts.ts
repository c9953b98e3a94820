import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { REPORT_KM } from './report-texts-km.ts';
import { REPORT_LO } from './report-texts-lo.ts';
import { REPORT_MY } from './report-texts-my.ts';
import { REPORT_TH } from './report-texts-th.ts';
import { REPORT_VI } from './report-texts-vi.ts';
import { REPORT_ZH } from './report-texts-zh.ts';

// The outcomes report's own words in the region's seven languages: its heading, the filters in words, the note on
// hidden figures, the tables' notes and the medians, and (outside English, where the tables carry their own
// words) the indicator tables' titles, dimensions and row words. `{name}` marks a place filled when printed
// (src/prosecution/pdf-language.ts's `fill`). Names of provinces and agencies stay as recorded.

/** The indicator tables, by id (src/outcomes/indicators-*.ts). */
export const TABLE_IDS = [
  'interventions',
  'objectives',
  'protection',
  'victims-identified',
  'shelter-days',
  'days-to-first-service',
  're-trafficking',
  'justice',
  'testimony-burden',
  'charge-elements',
  'tips',
  'inspections',
  'inspection-outcomes',
  'leak-incidents',
  'harm',
  'arrest-separation',
  'national',
] as const;

/** The tables' dimensions, as the tables name them. */
export const DIMENSIONS = [
  'intervention',
  'objectives',
  'objective',
  'result',
  'stage',
  'indicator',
  'sex',
  'age group',
  'days',
  'flag',
  'burden',
  'proven by',
  'outcome',
  'leak review',
  'harm',
  'arrest',
] as const;

/** Every word a table's rows are named by, as the tables write it. */
export const ROW_WORDS = [
  // Operations: the kinds of intervention, their operations' results, the objectives.
  'immediate rescue',
  'planned raid and rescue',
  'labour inspection',
  'intelligence build up',
  'community monitoring',
  'all three objectives met',
  'not all three met',
  'no concluded operation',
  'arrest',
  'evidence',
  'rescue',
  'met',
  'not met',
  // Victim protection.
  'removed',
  'screened',
  'presumed victims',
  'protection cases',
  'accepted a service',
  'declined a service',
  'received compensation',
  'female',
  'male',
  'other',
  'undisclosed',
  'unknown',
  'child',
  'adult',
  '0 to 1 day',
  '2 to 7 days',
  '8 to 30 days',
  'more than 30 days',
  'no service accepted yet',
  'identity match with an earlier case',
  'concern raised at a follow-up',
  'not flagged',
  // Prosecution.
  'arrests',
  'charges laid',
  'charges convicted',
  'sentences',
  'nothing proven yet',
  'no proven element rests on the victim alone',
  'some proven elements rest on the victim alone',
  'every proven element rests on the victim alone',
  'independent evidence',
  'testimony of others',
  "the victim's testimony only",
  'not proven yet',
  // Monitoring.
  'received',
  'triaged',
  'routed',
  'received by the agency routed to',
  'acted on',
  'planned',
  'visited',
  'closed',
  'workers referred to screening',
  'referrals taken up by a screener',
  'Improvement order',
  'Closure on labour-law grounds',
  'Referral to the police',
  'Workers referred to screening',
  'Warning',
  'No breach found',
  // Integrity.
  'read by non-members before the start',
  'no such read found',
  'harm recorded',
  'no harm observed',
  'not reviewed yet',
  'separated from the victims',
  'not separated from the victims',
  // National indicators.
  'victims identified',
  'victims identified: children',
  'victims identified: women and girls',
  'victims identified: men and boys',
  'victims assisted (accepted a service)',
  'victims returned to their country',
  'victims compensated',
  'cases investigated (operations concluded)',
  'suspects arrested',
  'cases prosecuted (at least one charge laid)',
  'cases with a conviction',
  'people convicted',
] as const;

export type TableId = (typeof TABLE_IDS)[number];
export type Dimension = (typeof DIMENSIONS)[number];
export type RowWord = (typeof ROW_WORDS)[number];

/** The indicator tables' words in a language other than English. */
export interface IndicatorWords {
  titles: Record<TableId, string>;
  medians: { 'days-to-first-service': string };
  dimensions: Record<Dimension, string>;
  rows: Record<RowWord, string>;
}

const en = {
  title: 'Outcome indicators',
  subject: 'Outcome indicators across the cycle (aggregates, small figures hidden)',
  kicker: 'LANTERN — OUTCOMES REPORT',
  printed: 'Printed {at}',
  forFilters: 'For: {filters}.',
  filtersJoin: '; ',
  forEverything: 'For: everything recorded in Lantern, all places and times.',
  protectionOne:
    'To protect the people behind them, no figure from 1 to {below} is printed: each is shown as "< {k}". A few larger figures are hidden the same way, so that a small one cannot be worked out from the totals. {n} figure is hidden in this report.',
  protectionMany:
    'To protect the people behind them, no figure from 1 to {below} is printed: each is shown as "< {k}". A few larger figures are hidden the same way, so that a small one cannot be worked out from the totals. {n} figures are hidden in this report.',
  indicators: 'Indicators',
  medians: 'Medians',
  unfiltered: 'Not narrowed by {filters}: these units have none.',
  nothingCounted: 'Nothing counted.',
  zerosOne: '{n} other combination of {dimensions}: none.',
  zerosMany: '{n} other combinations of {dimensions}: none.',
  total: 'Total: {figure}',
  medianHidden: 'hidden (fewer than {k} values)',
  medianNone: 'none yet',
  medianDays: '{days} days (of {of})',
  footer: 'Outcome indicators — aggregates only, small figures hidden',
  page: 'page {page} of {pages}',
  filters: {
    period: 'Period: {from} to {to}',
    beginning: 'the beginning',
    today: 'today',
    country: 'Country: {country}',
    province: 'Province: {province}',
    agency: 'Agency: {agency}',
    oneAgency: 'one agency',
    exploitation: 'Exploitation: {exploitation}',
    sex: 'Sex: {sex}',
    age: 'Age group: {age}',
  },
  filterNames: { sex: 'sex', age: 'age' },
  countries: {
    TH: 'Thailand',
    KH: 'Cambodia',
    LA: 'Lao PDR',
    MM: 'Myanmar',
    VN: 'Viet Nam',
    CN: 'China',
  },
  exploitations: {
    labour: 'labour',
    sexual: 'sexual',
    forced_criminality: 'forced criminality',
    begging: 'begging',
    forced_marriage: 'forced marriage',
    domestic_servitude: 'domestic servitude',
    other: 'other',
    unknown: 'unknown',
  },
  sexes: { female: 'female', male: 'male', other: 'other', undisclosed: 'undisclosed', unknown: 'unknown' },
  ages: { child: 'child', adult: 'adult', unknown: 'unknown' },
  /** The tables' words; null in English, where the tables are printed with their own. */
  tables: null as IndicatorWords | null,
};

export type ReportTexts = typeof en;

export const REPORT_TEXTS: Record<ServerLanguage, ReportTexts> = {
  en,
  th: REPORT_TH,
  km: REPORT_KM,
  lo: REPORT_LO,
  my: REPORT_MY,
  vi: REPORT_VI,
  zh: REPORT_ZH,
};
