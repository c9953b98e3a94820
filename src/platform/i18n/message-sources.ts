import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
function literalEnd(text: string, start: number): number {
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

/** The first argument of an argument list (up to its first comma at the top level). */
function firstArgument(args: string): string {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "'" || c === '"' || c === '`') i = literalEnd(args, i);
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) return args.slice(0, i);
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

/** Every message template in the server's source under `src`, once each (the first place it is written). */
export function messageSources(src: string): MessageSource[] {
  const seen = new Map<string, MessageSource>();
  for (const file of files(src)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(CALL)) {
      const args = argumentsAt(text, (m.index ?? 0) + m[0].length);
      // The message is the argument after the code; a further one (details) holds no words for people.
      for (const lit of messagesIn(firstArgument(args))) {
        const template = templateOf(lit.quoted, lit.backticked);
        if (!template.trim() || seen.has(template)) continue;
        const rel = relative(src, file);
        seen.set(template, { template, file: rel, part: rel.split('/')[0] ?? '' });
      }
    }
  }
  return [...seen.values()];
}
