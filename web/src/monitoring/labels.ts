import type { ParseKeys } from 'i18next';
import { CHILDREN, TIP_KINDS } from '../../../src/monitoring/intake-schemas.ts';
import { DANGERS } from '../../../src/monitoring/triage-targets.ts';
import { TIP_CHANNELS } from '../../../src/monitoring/wire.ts';
import { i18next } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';

/** Words shown for the monitoring API's codes, in the chosen language: never a code on screen. Each list is made
 * when called (at render), so it follows a change of language. */

const CODES = {
  channel: TIP_CHANNELS,
  /** The languages a reporter speaks, each in the chosen language and in its own script. */
  tipLanguage: ['th', 'my', 'km', 'lo', 'vi', 'zh', 'en'],
  kind: TIP_KINDS,
  danger: DANGERS,
  children: CHILDREN,
  /** Short words for a table cell. */
  childrenShort: ['yes', 'no', 'unknown'],
  country: ['TH', 'KH', 'LA', 'MM', 'VN', 'CN', 'MY'],
  personRole: ['victim', 'suspect', 'witness', 'other'],
  tipStatus: ['new', 'triaged', 'routed', 'closed', 'imported'],
  routingStatus: ['sent', 'received', 'acting', 'no_action', 'closed'],
  /** What the receiving agency may tell the sender. */
  feedbackStatus: ['acting', 'no_action', 'closed'],
  eventKind: [
    'entered',
    'triaged',
    'escalated',
    'routed',
    'closed',
    'reopened',
    'note',
    'reporter_added',
    'replied',
  ],
  duplicateStatus: ['suggested', 'confirmed', 'rejected'],
  /** The TLP 2.0 markings, strictest last, with who may hear what is marked. */
  tlp: ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'],
  /** The 3x5x2 grades, as src/intel/grading.ts words them. */
  sourceGrade: ['1', '2', '3'],
  infoGrade: ['A', 'B', 'C', 'D', 'E'],
  agencyKind: ['police', 'labour', 'ngo', 'prosecution', 'services', 'coordination'],
} as const;

export type CodeGroup = keyof typeof CODES;

/** The words for one code of a group, or the code itself when it has none. */
export const word = (group: CodeGroup, code: string): string =>
  i18next.t(`codes.${group}.${code}` as ParseKeys<'monitoring'>, { ns: 'monitoring', defaultValue: code });

const words = (group: CodeGroup, codes: readonly string[] = CODES[group]): Options =>
  codes.map((c) => [c, word(group, c)] as const);

export const channelOptions = (): Options => words('channel');
/** The channels a person enters a tip by (the public page and routed copies arrive by themselves). */
export const intakeChannelOptions = (): Options => words('channel').slice(0, 6);
export const tipLanguageOptions = (): Options => words('tipLanguage');
export const kindOptions = (): Options => words('kind');
export const dangerOptions = (): Options => words('danger');
export const childrenOptions = (): Options => words('children');
export const countryOptions = (): Options => words('country');
/** The countries in the order the inspections' forms give them (Myanmar beside Thailand). */
export const inspectionCountryOptions = (): Options =>
  words('country', ['TH', 'MM', 'KH', 'LA', 'VN', 'CN', 'MY']);
export const personRoleOptions = (): Options => words('personRole');
export const feedbackStatusOptions = (): Options => words('feedbackStatus');
export const tlpOptions = (): Options => words('tlp');
export const sourceGradeOptions = (): Options => words('sourceGrade');
export const infoGradeOptions = (): Options => words('infoGrade');

/** An agency as offered in a list: its name and its kind in words. */
export const agencyOption = (a: { id: string; name: string; kind: string }): readonly [string, string] => [
  a.id,
  i18next.t('shared.agencyOption', { ns: 'monitoring', name: a.name, kind: word('agencyKind', a.kind) }),
];

/** The path of a tip's page. */
export const tipPath = (id: string): string => `/monitoring/tips/${encodeURIComponent(id)}`;
/** The API path of a tip, with an optional tail such as `/triage`. */
export const tipApi = (id: string, tail = ''): string =>
  `/api/monitoring/tips/${encodeURIComponent(id)}${tail}`;
