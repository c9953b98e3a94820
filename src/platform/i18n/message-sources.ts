import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// The English messages the server can send to a person, found in its source: every `new AppError(code, message)`
// and `errorBody(code, message)` whose message is written in place. A template literal's `${...}` parts become
// numbered places (`{{0}}`, `{{1}}`...), which a translation keeps and may reorder. The catalogues under
// `locales/` are checked against this list (messages.test.ts), so a new message cannot ship untranslated.

export interface MessageSource {
  template: string;
  file: string;
  /** The part of the server it belongs to: the first folder under src/ (access, intel, operations...). */
  part: string;
}

const CALL = /(?:new AppError|errorBody|\bbody)\(\s*'(\w+)'\s*,/g;

/**
 * The imports (files of records, and FollowTheMoney lines) also write texts for people that are no error: why a
 * row or line was refused (`new FieldError(…)`, `required(value, '…')`, a record's `reason:` or `invalid:`, a
 * `…_REASON` constant), why a file could not be read (`new DecodeError(…)`), how a job ended (`message = …`,
 * `finish(status, '…')`) and why a column mapping was refused (its problems' `message:`). They are stored in
 * English as written, and translated by these same catalogues when they go out (the imports' routes, the command
 * line).
 */
const IMPORT_FOLDERS = [join('intel', 'imports'), join('intel', 'ftm')];
const IMPORT_CALL = /(?:\bnew (?:FieldError|DecodeError)|\brequired|\bfinish(?=\(\s*'\w+'\s*,))\(/g;
const IMPORT_VALUE =
  /\b(?:reason|invalid|[A-Z][A-Z_]*_REASON)\s*(?::|=(?![=>]))|\bmessage\s*(?::|=(?![=>]))/g;

/**
 * The schemas' own messages, said when a request is refused (see server/validation-problems.ts), in the files that
 * import zod: the message argument of a check (the first of `.positive('…')`, `.int('…')`...; the one after the
 * bound or the test of `.min(1, '…')`, `.regex(re, '…')`, `.refine(fn, '…')`...), written in place or as
 * `{ message: '…' }`, and every `message: '…'` of a check's options or of `ctx.addIssue({ … })`.
 */
const IMPORTS_ZOD = /^import [^;]*from 'zod(?:\/[\w/]+)?';/m;
const ZOD_CALL = new RegExp(
  '\\.(?:(positive|nonnegative|negative|nonpositive|int|finite|nonempty|email|url|uuid)|' +
    '(refine|min|max|length|size|regex|gt|gte|lt|lte|multipleOf|startsWith|endsWith|includes))\\(',
  'g',
);
const ZOD_MESSAGE = /\bmessage\s*:/g;
/** A function that words a value's problems for a schema's `ctx.addIssue` (textProblem, questionProblems). */
const ZOD_PROBLEM_FUNCTION = /\bfunction \w+Problems?\(/g;
const ZOD_PROBLEM_TEXT = /\breturn\s+(?=['`])|\.push\(/g;
/** Schemas no request meets: the environment read at start-up, and the demo world's generated files. */
const ZOD_NOT_REQUESTS = [join('platform', 'config.ts'), `world${sep}`];

/** The text of a call's arguments from just after `(code,` to its closing parenthesis. */
function argumentsAt(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') i = literalEnd(text, i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(from, i);
      depth--;
    }
  }
  return text.slice(from);
}

/** The index of the quote that closes the literal opening at `start` (template literals' `${...}` skipped). */
export function literalEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (quote === '`' && text[i] === '$' && text[i + 1] === '{') {
      let depth = 1;
      for (i += 2; i < text.length && depth > 0; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        else if (text[i] === "'" || text[i] === '"' || text[i] === '`') i = literalEnd(text, i);
      }
      i--;
    }
  }
  return text.length;
}

/**
 * The messages among a call's arguments: the string and template literals that stand as a message, at the top
 * level (the message itself, either branch of a `?:`, either side of `??`), not those inside a nested call such as
 * `allowed.join(' or ')`.
 */
function messagesIn(args: string): { quoted?: string; backticked?: string }[] {
  const out: { quoted?: string; backticked?: string }[] = [];
  let depth = 0;
  let before = ',';
  for (let i = 0; i < args.length; i++) {
    const c = args[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      const end = literalEnd(args, i);
      if (depth === 0 && /[,?:]|\?\?|\|\|/.test(before)) {
        const body = args.slice(i + 1, end);
        out.push(c === '`' ? { backticked: body } : { quoted: body });
      }
      i = end;
      before = '';
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && /\S/.test(c))
      before = /[,?:|]/.test(c) ? (/[?|]/.test(before) ? before + c : c) : '';
  }
  return out;
}

/** A message as written in the source, as a template: escapes undone, `${...}` numbered. */
export function templateOf(quoted: string | undefined, backticked: string | undefined): string {
  if (quoted !== undefined) return quoted.replace(/\\(.)/g, '$1');
  let n = 0;
  let out = '';
  const text = backticked ?? '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      out += text[i + 1] ?? '';
      i++;
    } else if (text[i] === '$' && text[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
        if (depth > 0) i++;
      }
      out += `{{${n++}}}`;
    } else out += text[i];
  }
  return out.replace(/\s*\n\s*/g, ' ');
}

/** The arguments of an argument list, split at its top-level commas. */
function argumentList(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i] as string;
    if (c === "'" || c === '"' || c === '`') i = literalEnd(args, i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === ',') {
      out.push(args.slice(start, i));
      start = i + 1;
    }
  }
  out.push(args.slice(start));
  return out;
}

/** The first argument of an argument list (up to its first comma at the top level, or a semicolon with `;`). */
function firstArgument(args: string, ends = ','): string {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i] as string;
    if (c === "'" || c === '"' || c === '`') i = literalEnd(args, i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && ends.includes(c)) return args.slice(0, i);
  }
  return args;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return e.name.endsWith('.ts') && !e.name.includes('.test.') && !e.name.endsWith('-testing.ts') ? [p] : [];
  });
}

/** The texts for people an imports' file writes without an error code (see IMPORT_CALL and IMPORT_VALUE). */
function importTexts(text: string): string[] {
  const found: string[] = [];
  // A call's text is among its arguments (for `finish`, those after the status).
  for (const m of text.matchAll(IMPORT_CALL))
    found.push(argumentsAt(text, (m.index ?? 0) + m[0].length).replace(/^\s*'\w+'\s*,/, ''));
  // A value's text is its expression, up to the comma or semicolon that ends it.
  for (const m of text.matchAll(IMPORT_VALUE))
    found.push(firstArgument(argumentsAt(text, (m.index ?? 0) + m[0].length), ',;'));
  return found;
}

/** The schemas' own messages in a file that imports zod (see ZOD_CALL and ZOD_MESSAGE). */
function zodTexts(text: string): string[] {
  if (!IMPORTS_ZOD.test(text)) return [];
  const found: string[] = [];
  for (const m of text.matchAll(ZOD_CALL)) {
    const args = argumentList(argumentsAt(text, (m.index ?? 0) + m[0].length)).filter((a) => a.trim());
    // The message after a bound or a test is the last argument (a pattern's commas may split the test; a trailing
    // comma leaves an empty one, dropped).
    const arg = (m[1] ? args[0] : args.length > 1 ? args[args.length - 1] : '') ?? '';
    // An options object's message is found below, with every `message:`; a constant's, where it is declared.
    const constant = /^\s*([A-Za-z_$][\w$]*)\s*$/.exec(arg)?.[1];
    const declared = constant && new RegExp(`\\bconst ${constant}\\s*=`).exec(text);
    if (declared) found.push(firstArgument(argumentsAt(text, declared.index + declared[0].length), ';'));
    else if (!arg.trim().startsWith('{')) found.push(arg);
  }
  for (const m of text.matchAll(ZOD_MESSAGE))
    found.push(firstArgument(argumentsAt(text, (m.index ?? 0) + m[0].length)));
  // A problem function's texts: what it returns, and what it adds to its list.
  for (const m of text.matchAll(ZOD_PROBLEM_FUNCTION)) {
    const params = (m.index ?? 0) + m[0].length;
    const open = text.indexOf('{', params + argumentsAt(text, params).length + 1);
    const body = argumentsAt(text, open + 1);
    for (const t of body.matchAll(ZOD_PROBLEM_TEXT))
      found.push(firstArgument(argumentsAt(body, (t.index ?? 0) + t[0].length), ',;'));
  }
  return found;
}

/** Every message template in the server's source under `src`, once each (the first place it is written). */
export function messageSources(src: string): MessageSource[] {
  const seen = new Map<string, MessageSource>();
  const imports = IMPORT_FOLDERS.map((f) => join(src, f));
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    // The message is the argument after the code; a further one (details) holds no words for people.
    const places = [...text.matchAll(CALL)].map((m) =>
      firstArgument(argumentsAt(text, (m.index ?? 0) + m[0].length)),
    );
    if (imports.some((dir) => file.startsWith(dir + sep))) places.push(...importTexts(text));
    if (!ZOD_NOT_REQUESTS.some((p) => relative(src, file).startsWith(p))) places.push(...zodTexts(text));
    for (const lit of places.flatMap(messagesIn)) {
      const template = templateOf(lit.quoted, lit.backticked);
      if (!template.trim() || seen.has(template)) continue;
      const rel = relative(src, file);
      seen.set(template, { template, file: rel, part: rel.split('/')[0] ?? '' });
    }
  }
  return [...seen.values()];
}
