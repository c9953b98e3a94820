import { z } from 'zod';
import { questionProblems, questionsSchema } from './questions.ts';
import { ELEMENT_ROLES, EXPLOITATIONS, STRENGTHS } from './schema.ts';

/**
 * An indicator set is data, not code: a published list (or an agency's own form) with its indicators and the
 * kind of rule that combines them. Sets are versioned; an outcome names the set and version it was reached on.
 */
const strength = z.enum(STRENGTHS).nullable();
const idText = z
  .string()
  .regex(/^[a-z0-9_.-]+$/, 'must hold only a–z, 0–9, dot, dash and underscore')
  .max(120);

const base = {
  id: idText,
  version: z.string().min(1).max(40),
  name: z.string().min(1).max(300),
  exploitation: z.array(z.enum(EXPLOITATIONS)).min(1),
  source: z.string().min(1),
  complete: z.boolean(),
  notes: z.array(z.string()).default([]),
  rules: z.record(z.string(), z.string()),
  /** The questions put to the person, by language (an agency's own set may hold them; published sets' are files). */
  questions: questionsSchema.optional(),
};

export const elementsSetSchema = z.strictObject({
  ...base,
  kind: z.literal('elements'),
  elements: z
    .array(
      z.strictObject({
        id: idText,
        label: z.string(),
        role: z.enum(ELEMENT_ROLES),
      }),
    )
    .min(1),
  indicators: z
    .array(
      z.strictObject({
        id: idText,
        element: idText,
        label: z.string().min(1),
        strength: z.strictObject({ adult: strength, child: strength }),
        ilo11: z.array(z.number().int().min(1).max(11)).default([]),
      }),
    )
    .min(1),
});

export const checklistSetSchema = z.strictObject({
  ...base,
  kind: z.literal('checklist'),
  indicators: z
    .array(z.strictObject({ id: idText, label: z.string().min(1), number: z.number().int().optional() }))
    .min(1),
});

export const actMeansPurposeSetSchema = z.strictObject({
  ...base,
  kind: z.literal('act_means_purpose'),
  indicators: z
    .array(
      z.strictObject({ id: idText, part: z.enum(['act', 'means', 'purpose']), label: z.string().min(1) }),
    )
    .min(1),
});

export const indicatorSetSchema = z
  .discriminatedUnion('kind', [elementsSetSchema, checklistSetSchema, actMeansPurposeSetSchema])
  .superRefine((set, ctx) => {
    const ids = new Set<string>();
    set.indicators.forEach((ind, i) => {
      if (ids.has(ind.id))
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'id'],
          message: `duplicate indicator id ${ind.id}`,
        });
      ids.add(ind.id);
    });
    for (const message of questionProblems(set, set.questions ?? {}, []))
      ctx.addIssue({ code: 'custom', path: ['questions'], message });
    if (set.kind === 'elements') {
      const elements = new Set(set.elements.map((e) => e.id));
      set.indicators.forEach((ind, i) => {
        if (!elements.has(ind.element))
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'element'],
            message: `unknown element ${ind.element}`,
          });
      });
      for (const role of ['recruitment', 'exploitation'] as const) {
        if (!set.elements.some((e) => e.role === role))
          ctx.addIssue({ code: 'custom', path: ['elements'], message: `needs at least one ${role} element` });
      }
    }
  });

export type IndicatorSet = z.output<typeof indicatorSetSchema>;
export type ElementsSet = z.output<typeof elementsSetSchema>;
export type ChecklistSet = z.output<typeof checklistSetSchema>;
export type ActMeansPurposeSet = z.output<typeof actMeansPurposeSetSchema>;
