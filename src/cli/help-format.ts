import type { Command, Help, Option } from 'commander';
import { CLI_LOCALES, cliLanguage, say, texts } from './language.ts';

// The help screens and the parser's refusals in the command line's language. Commander writes its headings
// ("Usage:", "Options:"), the `(default: ...)` of an option and its errors in English; they are said here in the
// chosen language, and descriptions in scripts that do not put spaces between words (Thai, Khmer, Lao, Burmese,
// Chinese) are wrapped between words, measured as a terminal shows them.

const HEADINGS = {
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
  'Global Options:': 'globalOptions',
} as const;

/** How many columns a text takes in a terminal: marks above or below none, wide (Chinese) characters two. */
export function displayWidth(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences of colours take no column
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  let width = 0;
  let stacked = false;
  for (const ch of plain) {
    const c = ch.codePointAt(0) ?? 0;
    // A consonant written under another (after Khmer COENG or the Burmese virama) takes no column of its own.
    if (stacked) {
      stacked = false;
      continue;
    }
    if (c === 0x17d2 || c === 0x1039) stacked = true;
    // Marks written above or below a letter take no column (those written beside it, Mc, take one).
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(ch)) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

const isWide = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) ||
  (c >= 0x2e80 && c <= 0xa4cf) ||
  (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0xfe30 && c <= 0xfe4f) ||
  (c >= 0xff00 && c <= 0xff60) ||
  (c >= 0xffe0 && c <= 0xffe6) ||
  (c >= 0x20000 && c <= 0x3fffd);

/** No line starts with these (closing punctuation), nor ends with the opening ones. */
const NO_START = /^[)\]}.,;:!?%)、。，：；！？」』）›»၊။។៕]/u;
const NO_END = /[([{"'«‹（「『]$/u;
const ASCII_WORD = /[!-~]/;

/**
 * The places a line may be broken: between the words Intl.Segmenter finds (dictionary-based for Thai, Khmer,
 * Lao, Burmese and Chinese), but never inside a run of Latin letters, digits and signs (`--disrupt`,
 * `EX-2026-000001`), nor before closing or after opening punctuation.
 */
function pieces(line: string, locale: string): string[] {
  const out: string[] = [];
  for (const { segment } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(line)) {
    const last = out.at(-1);
    const joined =
      last !== undefined &&
      ((ASCII_WORD.test(last.at(-1) ?? '') && ASCII_WORD.test(segment[0] ?? '')) ||
        NO_START.test(segment) ||
        NO_END.test(last));
    if (joined) out[out.length - 1] = last + segment;
    else out.push(segment);
  }
  return out;
}

/**
 * Wraps one line to `width` columns: at spaces where the line is well filled, and a run written without spaces
 * (Chinese, a long Thai or Burmese phrase) between its words.
 */
function wrapLine(line: string, width: number, locale: string): string[] {
  const lines: string[] = [];
  let current = '';
  const add = (piece: string) => {
    current += current === '' ? piece.trimStart() : piece;
  };
  for (const chunk of line.match(/\s*\S+/g) ?? []) {
    if (displayWidth(current + chunk) <= width) {
      add(chunk);
      continue;
    }
    if (current !== '' && displayWidth(current) >= width * 0.6 && displayWidth(chunk.trimStart()) <= width) {
      lines.push(current.trimEnd());
      current = chunk.trimStart();
      continue;
    }
    for (const piece of pieces(chunk, locale)) {
      if (current !== '' && displayWidth(current + piece) > width) {
        lines.push(current.trimEnd());
        current = '';
      }
      add(piece);
    }
  }
  lines.push(current.trimEnd());
  return lines;
}

/** Wraps a text to `width` columns, keeping its own line breaks. */
export function wrapText(text: string, width: number, locale: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => wrapLine(line, width, locale).join('\n'))
    .join('\n');
}

/** The parser's English refusal (`error: ...`, perhaps with a suggestion) in the command line's language. */
export function sayParserError(message: string): string {
  if (cliLanguage() === 'en') return message;
  const p = texts().help.parser;
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^error: missing required argument '(.*)'$/, (m) => say(p.missingArgument, { name: m[1] ?? '' })],
    [/^error: option '(.*)' argument missing$/, (m) => say(p.optionArgumentMissing, { option: m[1] ?? '' })],
    [/^error: required option '(.*)' not specified$/, (m) => say(p.requiredOption, { option: m[1] ?? '' })],
    [/^error: unknown option '(.*)'$/, (m) => say(p.unknownOption, { option: m[1] ?? '' })],
    [/^error: unknown command '(.*)'$/, (m) => say(p.unknownCommand, { command: m[1] ?? '' })],
    [
      /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+): (.*)\.$/,
      (m) =>
        say(p.tooManyArgumentsFor, {
          command: m[1] ?? '',
          expected: Number(m[2]),
          received: Number(m[3]),
          values: m[4] ?? '',
        }),
    ],
    [
      /^error: too many arguments\. Expected (\d+) arguments? but got (\d+): (.*)\.$/,
      (m) => say(p.tooManyArguments, { expected: Number(m[1]), received: Number(m[2]), values: m[3] ?? '' }),
    ],
    [/^\(Did you mean one of (.*)\?\)$/, (m) => say(p.didYouMeanOneOf, { suggestions: m[1] ?? '' })],
    [/^\(Did you mean (.*)\?\)$/, (m) => say(p.didYouMean, { suggestion: m[1] ?? '' })],
  ];
  const sayLine = (line: string) => {
    for (const [pattern, words] of rules) {
      const m = pattern.exec(line);
      if (m) return words(m);
    }
    return line;
  };
  return `${[first, ...rest].map(sayLine).join('\n')}\n`;
}

/**
 * Makes `program` (and the commands added to it afterwards, which inherit these settings) speak the command
 * line's language: the help option and command, the headings and defaults of every help screen, the wrapping of
 * its descriptions, and the parser's errors.
 */
export function localiseHelp(program: Command): void {
  const frame = texts().help.frame;
  const lang = cliLanguage();
  program.helpOption('-h, --help', frame.helpOption);
  program.helpCommand('help [command]', frame.helpCommand);
  program.configureOutput({ outputError: (str, write) => write(sayParserError(str)) });
  if (lang === 'en') return;
  const locale = CLI_LOCALES[lang];
  const overrides: Partial<Help> = {
    styleTitle: (title: string) => {
      const key = HEADINGS[title as keyof typeof HEADINGS];
      return key ? frame[key] : title;
    },
    optionDescription(this: Help, option: Option) {
      // Commander adds "(default: ...)" in English; the same, in the language.
      const shown =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue === undefined || !shown) return option.description;
      const value = option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
      return `${option.description} ${say(frame.defaultValue, { value })}`;
    },
    displayWidth,
    boxWrap(this: Help, str: string, width: number) {
      return width < this.minWidthToWrap ? str : wrapText(str, width, locale);
    },
  };
  program.configureHelp(overrides);
}
