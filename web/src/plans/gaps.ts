/** The server's readiness gaps (codes, src/operations/readiness.ts) in the chosen language. */
import type { TFunction } from 'i18next';
import { PLAN_GAPS } from '../../../src/operations/wire.ts';
import { ApiError } from '../api.ts';
import { languageWords } from './labels.ts';
import type { PlanGap } from './types.ts';

/** A gap in words: "No interpreter for the expected language Burmese (my)." */
export const gapWords = (t: TFunction<'plans'>, gap: PlanGap): string =>
  gap.code === 'no_interpreter'
    ? t('gap.no_interpreter', { language: languageWords([gap.language]) })
    : t(`gap.${gap.code}`);

const isGap = (v: unknown): v is PlanGap => {
  if (typeof v !== 'object' || v === null) return false;
  const { code, language } = v as { code?: unknown; language?: unknown };
  if (!PLAN_GAPS.some((c) => c === code)) return false;
  return code !== 'no_interpreter' || typeof language === 'string';
};

/** The gaps a refused approval names in its details (`{ gaps }`), or none. */
export function refusedGaps(e: unknown): PlanGap[] {
  if (!(e instanceof ApiError) || typeof e.details !== 'object' || e.details === null) return [];
  const v = (e.details as { gaps?: unknown }).gaps;
  return Array.isArray(v) ? v.filter(isGap) : [];
}
