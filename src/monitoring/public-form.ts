import { normaliseText } from '../intel/names/index.ts';
import { textProblem } from '../platform/text.ts';
import type { PublicLimits } from './public-limits.ts';
import { fill } from './public-texts.ts';
import type { FormTexts } from './public-texts-form.ts';
import type { Danger } from './triage-targets.ts';

// Reads the public page's form as a browser posts it (application/x-www-form-urlencoded): every answer kept as
// typed for the page to show again, and checked with a message in the reporter's language beside each one that
// cannot be taken.

export const CHILDREN = ['yes', 'no', 'unknown'] as const;
/** The dangers a reporter may choose: the page does not offer "low" (triage decides that). */
export const PUBLIC_DANGERS = ['life', 'high', 'medium', 'unknown'] as const satisfies readonly Danger[];
export const KINDS = [
  'labour',
  'sexual',
  'forced_criminality',
  'begging',
  'forced_marriage',
  'domestic_servitude',
  'other',
  'unknown',
] as const;

export type ReportField =
  | 'what'
  | 'place'
  | 'occurred'
  | 'people'
  | 'children'
  | 'danger'
  | 'kind'
  | 'contact';
export type ReportValues = Record<ReportField, string>;

export interface PublicReport {
  text: string;
  placeHint: string | null;
  occurred: string | null;
  peopleCount: number | null;
  children: (typeof CHILDREN)[number] | null;
  danger: (typeof PUBLIC_DANGERS)[number];
  kind: (typeof KINDS)[number] | null;
  contact: string | null;
}

export interface ReadForm {
  values: ReportValues;
  errors: Partial<Record<ReportField, string>>;
  report: PublicReport | null;
}

/** The form's fields as posted: the first value of each, never an array. */
export type FormBody = Record<string, string>;

/** Parses a urlencoded body into its first value per name (a repeated name cannot smuggle a second answer). */
export function parseFormBody(body: string): FormBody {
  const out: FormBody = {};
  for (const [k, v] of new URLSearchParams(body)) if (!(k in out)) out[k] = v;
  return out;
}

// Control characters other than tab and line feed say nothing a reader can see: they are dropped, as are the
// carriage returns of a browser's CRLF line breaks.
const INVISIBLE = /[^\P{Cc}\t\n]/gu;

/** A typed answer as it will be stored: line breaks as LF, invisible controls dropped, Zawgyi made Unicode, NFC. */
export const cleanAnswer = (value: string | undefined): string =>
  normaliseText((value ?? '').replace(/\r\n?/g, '\n').replace(INVISIBLE, ''));

const length = (s: string) => [...s].length;

/** Digits of the region's scripts (Thai, Lao, Khmer, Myanmar, full-width) read as 0-9. */
const DIGIT_ZEROS = [0x30, 0xe50, 0xed0, 0x17e0, 0x1040, 0xff10];
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    out += zero === undefined ? ch : String(cp - zero);
  }
  return out;
}

/** A free-text answer's problem (in the reporter's language), or null. */
function textError(value: string, max: number, t: FormTexts): string | null {
  const n = length(value);
  if (n > max) return fill(t.tooLong, { max, n });
  return textProblem(value) ? t.badText : null;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string): T | null =>
  (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Checks a posted report; `report` is null when any answer must be corrected. */
export function readReportForm(body: FormBody, limits: PublicLimits, t: FormTexts): ReadForm {
  const values: ReportValues = {
    what: cleanAnswer(body.what),
    place: cleanAnswer(body.place),
    occurred: cleanAnswer(body.occurred),
    people: cleanAnswer(body.people),
    children: oneOf(CHILDREN, body.children ?? '') ?? '',
    danger: oneOf(PUBLIC_DANGERS, body.danger ?? '') ?? '',
    kind: oneOf(KINDS, body.kind ?? '') ?? '',
    contact: cleanAnswer(body.contact),
  };
  const errors: Partial<Record<ReportField, string>> = {};
  const max = limits.text;
  const checks: [ReportField, number][] = [
    ['what', max.what],
    ['place', max.place],
    ['occurred', max.occurred],
    ['contact', max.contact],
  ];
  for (const [field, limit] of checks) {
    const problem = textError(values[field], limit, t);
    if (problem) errors[field] = problem;
  }
  if (!errors.what && values.what.trim() === '') errors.what = t.needWhat;
  let peopleCount: number | null = null;
  const people = asciiDigits(values.people).replace(/[\s,.]/g, '');
  if (people !== '') {
    if (/^\d{1,6}$/.test(people) && Number(people) <= 100_000) peopleCount = Number(people);
    else errors.people = t.badNumber;
  }
  if (Object.keys(errors).length) return { values, errors, report: null };
  const orNull = (s: string) => (s.trim() === '' ? null : s);
  return {
    values,
    errors,
    report: {
      text: values.what,
      placeHint: orNull(values.place),
      occurred: orNull(values.occurred),
      peopleCount,
      children: oneOf(CHILDREN, values.children),
      danger: oneOf(PUBLIC_DANGERS, values.danger) ?? 'unknown',
      kind: oneOf(KINDS, values.kind),
      contact: orNull(values.contact),
    },
  };
}

/** Checks an addition to a report's thread: its text, or the problem with it. */
export function readAddition(
  body: FormBody,
  limits: PublicLimits,
  t: FormTexts & { needAddition: string },
): { value: string; error: string | null } {
  const value = cleanAnswer(body.text);
  const problem = textError(value, limits.text.addition, t);
  if (problem) return { value, error: problem };
  return { value, error: value.trim() === '' ? t.needAddition : null };
}
