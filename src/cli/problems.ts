import { WHOLE_ROW } from '../intel/imports/import-wire.ts';
import { translateError, translateText } from '../platform/i18n/translate-error.ts';
import { cliLanguage, formatMoment, formatNumber, say, texts } from './language.ts';
import type { CliTexts } from './texts/en.ts';
import { CLI_TEXTS } from './texts/index.ts';

// The problems the audit log's, the records' and the exhibits' checks find, and the outcome messages of imports
// that count something, are worded in English where they are found (src/access, src/evidence, src/intel: the web
// app shows the same words). The command line says them in its language: each English text of `problems`
// (texts/en.ts) is a pattern, its `{name}` places matching any text, and the translation gets the same values (a
// count in the language's digits). A text no pattern matches is said as it is; an import's other messages and
// reasons are said through the server's catalogues.

type ProblemKey = keyof CliTexts['problems'];

/** The names of records a problem starts with ("screening <id>: ..."). */
const RECORD_NAMES: readonly ProblemKey[] = ['screening', 'decision', 'approval', 'exhibit'];
/** Places holding a count, written as the language writes numbers. */
const COUNTS = new Set(['count', 'recorded', 'found', 'audited']);

interface Pattern {
  key: ProblemKey;
  regex: RegExp;
  /** How much of the text is fixed: the more, the more specific. */
  literal: number;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(keys: readonly ProblemKey[]): Pattern[] {
  return keys
    .map((key) => {
      const text = CLI_TEXTS.en.problems[key];
      const source = escapeRegex(text).replace(/\\\{(\w+)\\\}/g, '(?<$1>[\\s\\S]*?)');
      return { key, regex: new RegExp(`^${source}$`), literal: text.replace(/\{\w+\}/g, '').length };
    })
    .sort((a, b) => b.literal - a.literal);
}

const allKeys = Object.keys(CLI_TEXTS.en.problems) as ProblemKey[];
const recordPatterns = compile(RECORD_NAMES);
const problemPatterns = compile(allKeys.filter((k) => !RECORD_NAMES.includes(k)));

function translate(text: string, patterns: Pattern[]): string | undefined {
  const own = CLI_TEXTS[cliLanguage()].problems;
  for (const p of patterns) {
    const m = p.regex.exec(text);
    if (!m) continue;
    const values = m.groups ?? {};
    if (values.record !== undefined) {
      // "{record}: ..." is a record's problem only when it names a record.
      const record = translate(values.record, recordPatterns);
      if (record === undefined) continue;
      values.record = record;
    }
    if (values.problem !== undefined)
      values.problem = translate(values.problem, problemPatterns) ?? values.problem;
    return own[p.key].replace(/\{(\w+)\}/g, (all, name: string) => {
      const v = values[name];
      if (v === undefined) return all;
      if (name === 'at') return formatMoment(v);
      if (COUNTS.has(name) && /^\d+$/.test(v)) return formatNumber(Number(v));
      return v;
    });
  }
  return undefined;
}

/** A problem or an import's outcome in the command line's language; as it is when in English or not known. */
export function sayProblem(text: string): string {
  if (cliLanguage() === 'en') return text;
  return translate(text, problemPatterns) ?? text;
}

/**
 * An import's outcome message in the command line's language: one of the imports' own outcomes, or the refusal
 * that stopped the import (the server's message, as an AppError worded it: a file with no header line, a mapping
 * that names no column...) through the server's catalogues.
 */
export function sayImportMessage(text: string): string {
  const said = sayProblem(text);
  return said !== text ? said : translateError(cliLanguage(), 'validation_failed', text);
}

/** The English patterns (for the test that they still match what the checks write). */
export const problemTemplates = (): Readonly<Record<ProblemKey, string>> => CLI_TEXTS.en.problems;

/** A bad line or row of an import: its field as named (a row refused whole in the language), its reason translated. */
export function sayBadLine(b: { line: number | string; field: string; reason: string }): string {
  const { common } = texts();
  return say(common.badLine, {
    line: String(b.line),
    field: b.field === WHOLE_ROW ? common.wholeRow : b.field,
    reason: translateText(cliLanguage(), b.reason),
  });
}
