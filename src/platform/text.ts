import { z } from 'zod';
import { zawgyiToUnicode } from '../intel/names/zawgyi.ts';

// The one rule for text that comes in from outside (request bodies, query strings, imported lines). Text must
// survive PostgreSQL intact and must not hide anything from the people who read it:
// - no NUL (text columns refuse it) and no other control character but tab and line breaks;
// - no lone UTF-16 surrogate (it cannot be encoded as UTF-8).
// Everything else, any script, quote or SQL metacharacter, is kept as given (not trimmed).
/** Control characters (C0, DEL and C1) other than tab, line feed and carriage return. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const LINE_BREAK = /[\r\n\u2028\u2029]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Why a piece of text is refused, or null when it is acceptable. Shared by schemas and file readers. */
export function textProblem(s: string, opts: { oneLine?: boolean } = {}): string | null {
  if (s.includes('\u0000')) return 'must not contain the NUL character';
  if (CONTROL.test(s)) return 'must not contain control characters';
  if (opts.oneLine && LINE_BREAK.test(s)) return 'must be on one line';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode (it holds a lone surrogate)';
  return null;
}

interface TextOptions {
  /** May be empty (or only spaces): notes and observations that are not always needed. Default false. */
  empty?: boolean;
  /** No line breaks: names, references, codes, search terms. Default false. */
  oneLine?: boolean;
}

/**
 * A free-text field of at most `max` characters: required and not blank unless `empty` is set. Burmese typed in
 * the Zawgyi encoding is converted to Unicode on the way in, so it is stored and searched as everyone else's.
 */
export const text = (max: number, opts: TextOptions = {}) => {
  const base = z.string().max(max, `must be at most ${max} characters`);
  const checked = (opts.empty ? base : base.min(1, 'must not be empty')).superRefine((s, ctx) => {
    const problem = textProblem(s, opts);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
  return (
    opts.empty ? checked : checked.refine((s) => s.trim().length > 0, 'must not be only spaces')
  ).overwrite(zawgyiToUnicode);
};

/** A short one-line text: a name, a reference, a code, a search term. */
export const line = (max: number, opts: { empty?: boolean } = {}) => text(max, { ...opts, oneLine: true });

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const uuid = z.string().regex(ID, 'must be an id');
/** Whether a path's id can be one at all (a database would refuse to compare anything else with a uuid column). */
export const isId = (s: string) => ID.test(s);

// PostgreSQL's timestamps reach from 4713 BC to 294276 AD but refuse the year 0, and JavaScript dates print
// years before 1 or after 9999 in a form it does not read. Dates in this field lie within these bounds.
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;
const yearOf = (s: string) => Number(s.slice(0, 4));
const inRange = (s: string) => /^\d{4}/.test(s) && yearOf(s) >= FIRST_YEAR && yearOf(s) <= LAST_YEAR;
const rangeMessage = `must be between the years ${FIRST_YEAR} and ${LAST_YEAR}`;

/** An instant with its offset, e.g. 2026-12-03T04:30:00Z, within the years this field can hold. */
export const instant = () =>
  z.iso
    .datetime({ offset: true })
    .refine(inRange, rangeMessage)
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real date and time');

/** A calendar day YYYY-MM-DD, within the years this field can hold. */
export const day = () =>
  z.iso
    .date()
    .refine(inRange, rangeMessage)
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real date');
