import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IndicatorSet, indicatorSetSchema } from './indicator-set.ts';
import { type Questions, readPublishedQuestions } from './questions.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'indicator-sets');
export const PUBLISHED_SET_FILES = [
  'ilo-ec-2009-labour.json',
  'ilo-forced-labour-11.json',
  'unodc-forced-criminality.json',
];

/** The published indicator sets shipped with Lantern, read and checked once. */
export const PUBLISHED_SETS: ReadonlyMap<string, IndicatorSet> = new Map(
  PUBLISHED_SET_FILES.map((f) => {
    const set = indicatorSetSchema.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
    return [set.id, set] as const;
  }),
);

/** The questions put to the person for each published set, in the seven languages (`indicator-sets/questions/`). */
export const PUBLISHED_QUESTIONS: ReadonlyMap<string, Questions> = new Map(
  [...PUBLISHED_SETS.keys()].map((id) => [id, readPublishedQuestions(id)] as const),
);

export const DEFAULT_SET_ID = 'ilo-ec-2009-labour';
