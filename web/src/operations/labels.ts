/** Words shown for the operations API's codes, in the chosen language. Each list is made when called (at render), so
 * it follows a change of language. */
import type { ParseKeys } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import { type Options, exploitationOptions as screeningExploitation } from '../screening/labels.ts';

const CODES = {
  intervention: [
    'immediate_rescue',
    'planned_raid_and_rescue',
    'labour_inspection',
    'intelligence_build_up',
    'community_monitoring',
  ],
  danger: ['immediate', 'high', 'moderate', 'low'],
  children: ['yes', 'no', 'unknown'],
  evidence: ['financial', 'call_records', 'documents', 'surveillance', 'inspection_findings', 'crossings'],
  level: ['low', 'medium', 'high'],
  sourceGrade: ['1', '2', '3'],
  infoGrade: ['A', 'B', 'C', 'D', 'E'],
  status: ['awaiting_approval', 'approved', 'rejected'],
} as const;

type Group = keyof typeof CODES;

const operationsT = (key: ParseKeys<'operations'>, options: Record<string, unknown> = {}): string =>
  i18next.t(key, { ...options, ns: 'operations' });

const words = (group: Group): Options =>
  CODES[group].map((c) => [c, operationsT(`codes.${group}.${c}` as ParseKeys<'operations'>)] as const);

export const interventionOptions = (): Options => words('intervention');
export const dangerOptions = (): Options => words('danger');
export const childrenOptions = (): Options => words('children');
/** The kinds of exploitation an intervention weighs: screening's, without "other". */
export const exploitationOptions = (): Options => screeningExploitation().filter(([c]) => c !== 'other');
export const evidenceOptions = (): Options => words('evidence');
export const levelOptions = (): Options => words('level');
export const sourceGradeOptions = (): Options => words('sourceGrade');
export const infoGradeOptions = (): Options => words('infoGrade');
export const statusOptions = (): Options => words('status');

/** Items as one list in the chosen language: `comma` for words, `semicolon` for phrases that hold commas. */
export const joinList = (items: readonly string[], by: 'comma' | 'semicolon' = 'comma'): string =>
  items.join(operationsT(by === 'comma' ? 'list.comma' : 'list.semicolon'));

/** A server message with the intervention codes in it put into words. */
export const inWords = (message: string | null): string | null =>
  message === null
    ? null
    : interventionOptions().reduce((m, [code, words]) => m.replaceAll(code, words), message);
