import { z } from 'zod';
import { line } from '../platform/text.ts';
import { filtersQuery } from './filters.ts';
import { DEFAULT_K } from './suppression.ts';

// The body a release of indicator tables is prepared with (pure: the web app checks what it sends against it).

/** The bounds of a release's differential privacy budget ε (dp.ts adds the noise). */
export const MIN_EPSILON = 0.01;
export const MAX_EPSILON = 10;

/** A release prepared: its title, the tables, the filters, k, and optionally a privacy budget ε. */
export const releaseBody = z.strictObject({
  title: line(200),
  tables: z.array(line(100)).min(1).max(40),
  filters: filtersQuery.default({}),
  k: z.number().int().min(2).max(100).default(DEFAULT_K),
  epsilon: z.number().min(MIN_EPSILON).max(MAX_EPSILON).optional(),
});
