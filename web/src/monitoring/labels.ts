import type { ParseKeys } from 'i18next';
import { TLP } from '../../../src/intel/grading.ts';
import {
  DUPLICATE_STATUSES,
  FEEDBACK_STATUSES,
  INFO_GRADE_CODES,
  ROUTING_STATUSES,
  SOURCE_GRADE_CODES,
  TIP_EVENT_KINDS,
  TIP_STATUSES,
} from '../../../src/monitoring/codes.ts';
import {
  CHILDREN,
  COUNTRIES,
  INTAKE_CHANNELS,
  PERSON_ROLES,
  TIP_KINDS,
} from '../../../src/monitoring/intake-schemas.ts';
import { DANGERS } from '../../../src/monitoring/triage-targets.ts';
import { TIP_CHANNELS } from '../../../src/monitoring/wire.ts';
import { i18next } from '../i18n/i18n.ts';
import type { Options } from '../screening/labels.ts';
import { AGENCY_KINDS } from '../types.ts';

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
  childrenShort: CHILDREN,
  country: COUNTRIES,
  personRole: PERSON_ROLES,
  tipStatus: TIP_STATUSES,
  routingStatus: ROUTING_STATUSES,
  /** What the receiving agency may tell the sender. */
  feedbackStatus: FEEDBACK_STATUSES,
  eventKind: TIP_EVENT_KINDS,
  duplicateStatus: DUPLICATE_STATUSES,
  /** The TLP 2.0 markings, strictest last, with who may hear what is marked. */
  tlp: TLP,
  /** The 3x5x2 grades, as src/intel/grading.ts words them. */
  sourceGrade: SOURCE_GRADE_CODES,
  infoGrade: INFO_GRADE_CODES,
  agencyKind: AGENCY_KINDS,
} as const;

export type CodeGroup = keyof typeof CODES;

/** Whether `code` is one of the server's `codes`: a select's value or a reply's code, narrowed to that list. */
export const isCode = <C extends string>(codes: readonly C[], code: string | null | undefined): code is C =>
  (codes as readonly (string | null | undefined)[]).includes(code);

/** `code` as one of the server's `codes`, or `fallback` when it is not one of them. */
export const codeOr = <C extends string>(
  codes: readonly C[],
  code: string | null | undefined,
  fallback: C,
): C => (isCode(codes, code) ? code : fallback);

/** A select's `onChange` that sets the code chosen, one of the server's `codes` (as its options are). */
export const onCode =
  <C extends string>(codes: readonly C[], set: (code: C) => void) =>
  (value: string): void => {
    if (isCode(codes, value)) set(value);
  };

/** The words for one code of a group, or the code itself when it has none. */
export const word = (group: CodeGroup, code: string): string =>
  i18next.t(`codes.${group}.${code}` as ParseKeys<'monitoring'>, { ns: 'monitoring', defaultValue: code });

const words = (group: CodeGroup, codes: readonly string[] = CODES[group]): Options =>
  codes.map((c) => [c, word(group, c)] as const);

export const channelOptions = (): Options => words('channel');
/** The channels a person enters a tip by (the public page and routed copies arrive by themselves). */
export const intakeChannelOptions = (): Options => words('channel', INTAKE_CHANNELS);
export const tipLanguageOptions = (): Options => words('tipLanguage');
export const kindOptions = (): Options => words('kind');
export const dangerOptions = (): Options => words('danger');
export const childrenOptions = (): Options => words('children');
export const countryOptions = (): Options => words('country');
/** The countries in the order the inspections' forms give them (Myanmar beside Thailand). */
export const inspectionCountryOptions = (): Options =>
  words('country', ['TH', 'MM', 'KH', 'LA', 'VN', 'CN', 'MY'] satisfies (typeof COUNTRIES)[number][]);
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
