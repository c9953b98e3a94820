import type { ParseKeys } from 'i18next';
import {
  FINDING_ANSWERS,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  INTEREST_KINDS,
} from '../../../../src/monitoring/inspection-catalogue.ts';
import { i18next } from '../../i18n/i18n.ts';
import { languageOptions, type Options, sexOptions } from '../../screening/labels.ts';
import { dateFormat } from '../../ui/format.ts';
import { inspectionCountryOptions } from '../labels.ts';

/** Words shown for the inspection API's codes, in the chosen language; each list is made when called (at render). */

const CODES = {
  inspectionKind: INSPECTION_KINDS,
  inspectionStatus: INSPECTION_STATUSES,
  answer: FINDING_ANSWERS,
  interestKind: INTEREST_KINDS,
} as const;

type Group = keyof typeof CODES;

const codeWord = (group: Group, code: string): string =>
  i18next.t(`codes.${group}.${code}` as ParseKeys<'monitoring'>, { ns: 'monitoring', defaultValue: code });

const words = (group: Group): Options => CODES[group].map((c) => [c, codeWord(group, c)] as const);

export const kindOptions = (): Options => words('inspectionKind');
export const answerOptions = (): Options => words('answer');
export const interestKindOptions = (): Options => words('interestKind');
/** The countries a workplace may be in. */
export const countryOptions = inspectionCountryOptions;

/** An inspection's status in words ("Planned", "Visited", "Closed"). */
export const statusWord = (status: string): string => codeWord('inspectionStatus', status);

export { languageOptions, sexOptions };

/** The words for a code among options, or the code itself when unknown. */
export const wordFor = (options: Options, code: string | null): string =>
  options.find(([c]) => c === code)?.[1] ?? code ?? '';

export const kindWords = (kind: string) => codeWord('inspectionKind', kind);

/** A labour-law breach or an inspection's outcome in words, by its code; the server's English when unknown. */
export const breachWord = (code: string, fallback: string): string =>
  i18next.t(`codes.breach.${code}` as ParseKeys<'monitoring'>, { ns: 'monitoring', defaultValue: fallback });
export const outcomeWord = (code: string, fallback: string): string =>
  i18next.t(`codes.inspectionOutcome.${code}` as ParseKeys<'monitoring'>, {
    ns: 'monitoring',
    defaultValue: fallback,
  });

/** A YYYY-MM-DD day in words, read as a calendar day (not shifted by the time zone), in the chosen language. */
export const formatDay = (day: string) =>
  dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

export const today = () => new Date().toISOString().slice(0, 10);

/** Where an inspection opens: `#/monitoring/inspections/<id>`. */
export const inspectionPath = (id: string) => `/monitoring/inspections/${encodeURIComponent(id)}`;

/** The inspection of a `#/monitoring/inspections/<id>` path, if this is one. */
export function monitoringInspection(path: string): string | null {
  const m = /^\/monitoring\/inspections\/([^/]+)$/.exec(path);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}
