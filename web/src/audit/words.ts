/** Words for the audit log's codes: the action each entry records, its outcome, and the kinds of actor and record. */
import type { ParseKeys, TFunction } from 'i18next';
import { formatNumber } from '../ui/format.ts';

type T = TFunction<'audit'>;

/**
 * An action code (`intel.fact_add`, `import.calls.queued`) in words; the code itself when the catalogue has none.
 * The catalogue nests actions under their first part; further dots become underscores (`import.calls_queued`).
 */
export function actionWord(t: T, code: string): string {
  const dot = code.indexOf('.');
  if (dot <= 0 || dot === code.length - 1) return code;
  const key = `${code.slice(0, dot)}.${code.slice(dot + 1).replaceAll('.', '_')}`;
  const word = t(`codes.action.${key}` as ParseKeys<'audit'>, { defaultValue: code });
  return typeof word === 'string' ? word : code;
}

/** An entry's outcome (success, denied, failure) in words. */
export const outcomeWord = (t: T, code: string): string =>
  t(`codes.outcome.${code}` as ParseKeys<'audit'>, { defaultValue: code });

/** The kind of actor (user, token, system) in words. */
export const actorKindWord = (t: T, code: string): string =>
  t(`codes.actorKind.${code}` as ParseKeys<'audit'>, { defaultValue: code });

/** The kind of record an entry is about (operation, protection_case...) in words. */
export const resourceWord = (t: T, code: string): string =>
  t(`codes.resource.${code}` as ParseKeys<'audit'>, { defaultValue: code });

/** An entry's number in the chosen language's digits, without grouping (it names the entry, it counts nothing). */
export const seqWords = (seq: string | number): string => {
  const n = Number(seq);
  return Number.isSafeInteger(n) ? formatNumber(n, { useGrouping: false }) : String(seq);
};
