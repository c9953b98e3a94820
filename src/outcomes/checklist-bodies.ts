import { z } from 'zod';
import { line, text } from '../platform/text.ts';
import { COUNTRIES } from '../world/places/index.ts';
import { JUDGEMENTS, QUESTION_CODES, QUESTIONS } from './checklist.ts';

// The body the donor checklist routes take (pure: the web app checks what it sends against it).

const country = z.enum(COUNTRIES.map((c) => c.code) as [string, ...string[]]);

/** One question answered: the proposal's answer in words and the assessor's judgement. */
const answer = z.strictObject({
  question: z.enum(QUESTION_CODES),
  answer: text(4000, { empty: true }),
  judgement: z.enum(JUDGEMENTS),
});

/** A donor checklist as created or changed: the proposal, its place, and all its answers as they now stand. */
export const checklistBody = z.strictObject({
  title: line(200),
  country,
  province: line(100, { empty: true }).optional(),
  intervention: text(4000),
  funding: line(200),
  durationMonths: z.number().int().min(1).max(240),
  answers: z.array(answer).max(QUESTIONS.length),
});
