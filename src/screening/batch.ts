import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import type { IndicatorSet } from './indicator-set.ts';
import { DEFAULT_SET_ID } from './published-sets.ts';
import { type Evaluation, evaluate, unknownIds } from './rules.ts';

/**
 * The batch format of `lantern screen FILE.json` and `POST /api/screening/evaluate`: one set of answers, a list,
 * or `{ "set": ID, "screenings": [...] }`. Each names the person's age (null when unknown), whether the age is
 * doubted, the kind of exploitation, and the indicators observed (and, optionally, those left unanswered).
 */
export const answerSchema = z.strictObject({
  ref: z.string().max(100).optional(),
  age: z.number().int().min(0).max(120).nullable(),
  ageDoubtful: z.boolean().optional(),
  exploitation: z.enum(['labour', 'sexual', 'forced_criminality', 'other']),
  indicators: z.array(z.string().max(120)).max(500),
  unknown: z.array(z.string().max(120)).max(500).optional(),
});
export type AnswerInput = z.output<typeof answerSchema>;

export const batchSchema = z.union([
  answerSchema,
  z.array(answerSchema).min(1).max(100_000),
  z.strictObject({
    set: z.string().max(120).optional(),
    screenings: z.array(answerSchema).min(1).max(100_000),
  }),
]);
export type BatchInput = z.output<typeof batchSchema>;

export interface BatchResult {
  ref: string;
  outcome: Evaluation['outcome'];
  exploitation: Evaluation['exploitation'];
  child: boolean;
  rule: string;
  positiveElements: string[];
  explanation: string[];
  warnings: string[];
  set: Evaluation['set'];
}

export function normaliseBatch(input: BatchInput): { setId: string | undefined; items: AnswerInput[] } {
  if (Array.isArray(input)) return { setId: undefined, items: input };
  if ('screenings' in input) return { setId: input.set, items: input.screenings };
  return { setId: undefined, items: [input] };
}

/** Evaluates every entry, or, when any entry names an indicator the set does not hold, refuses the batch naming each. */
export function evaluateBatch(set: IndicatorSet, items: AnswerInput[]): BatchResult[] {
  const problems: string[] = [];
  items.forEach((item, i) => {
    for (const id of unknownIds(set, { present: item.indicators, unknown: item.unknown })) {
      problems.push(
        `screenings[${i}]${item.ref ? ` (${item.ref})` : ''}: "${id}" is not an indicator of ${set.id}`,
      );
    }
  });
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      problems.slice(0, 20).join('; ') + (problems.length > 20 ? `; and ${problems.length - 20} more` : ''),
    );
  return items.map((item, i) => {
    const e = evaluate(
      set,
      { age: item.age, ageDoubtful: item.ageDoubtful, exploitation: item.exploitation },
      { present: item.indicators, unknown: item.unknown },
    );
    return {
      ref: item.ref ?? String(i + 1),
      outcome: e.outcome,
      exploitation: e.exploitation,
      child: e.child,
      rule: e.rule,
      positiveElements: e.elements.filter((x) => x.positive).map((x) => x.id),
      explanation: e.explanation,
      warnings: e.warnings,
      set: e.set,
    };
  });
}

export { DEFAULT_SET_ID };
