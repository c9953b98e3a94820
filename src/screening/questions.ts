import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { QUESTION_LANGUAGES } from './schema.ts';

/**
 * The questions put to the person, beside an indicator set's labels (which are written for officers): for each
 * language, each indicator's question in plain words, to read out or show on the tablet in the person's language.
 * A "yes" to a question is a "yes" to its indicator.
 */
export { QUESTION_LANGUAGES };
export type QuestionLanguage = (typeof QUESTION_LANGUAGES)[number];

/** language → indicator id → question. An agency's own set may give some languages, or none. */
export const questionsSchema = z.partialRecord(
  z.enum(QUESTION_LANGUAGES),
  z.record(z.string().max(120), z.string().trim().min(1).max(600)),
);
export type Questions = z.output<typeof questionsSchema>;

/**
 * What is wrong with a set's questions: an indicator without a question in one of `required` languages, or a
 * question for an indicator the set does not hold. [] when nothing is.
 */
export function questionProblems(
  set: { id: string; indicators: readonly { id: string }[] },
  questions: Questions,
  required: readonly QuestionLanguage[] = QUESTION_LANGUAGES,
): string[] {
  const ids = new Set(set.indicators.map((i) => i.id));
  const problems: string[] = [];
  for (const lang of required) {
    const own = questions[lang] ?? {};
    for (const id of ids)
      if (!own[id]?.trim()) problems.push(`${set.id}: "${id}" has no question in ${lang}`);
  }
  for (const [lang, own] of Object.entries(questions)) {
    for (const id of Object.keys(own ?? {}))
      if (!ids.has(id))
        problems.push(`${set.id}: the ${lang} question "${id}" names no indicator of the set`);
  }
  return problems;
}

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'indicator-sets', 'questions');

/** A published set's questions, from `indicator-sets/questions/<set id>.json`; none when the file is absent. */
export function readPublishedQuestions(setId: string): Questions {
  const file = join(DIR, `${setId}.json`);
  if (!existsSync(file)) return {};
  return questionsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}
