import { z } from 'zod';

// Text must survive PostgreSQL intact: no NUL character (text columns refuse it) and no lone UTF-16 surrogate
// (it cannot be encoded as UTF-8). Everything else, any script, quote or SQL metacharacter, is kept as given.
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** A required free-text field of at most `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !s.includes(NUL), 'must not contain the NUL character')
    .refine((s) => !LONE_SURROGATE.test(s), 'must be valid Unicode (it holds a lone surrogate)')
    .refine((s) => s.trim().length > 0, 'must not be only spaces');

export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be an id');
