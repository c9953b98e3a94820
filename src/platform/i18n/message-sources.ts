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

const CALL =
  /(?:new AppError|errorBody|\bbody)\(\s*'(\w+)'\s*,\s*(?:'((?:\\.|[^'\\\n])*)'|`((?:\\.|[^`\\])*)`)/g;

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
      const template = templateOf(m[2], m[3]);
      if (!template.trim() || seen.has(template)) continue;
      const rel = relative(src, file);
      seen.set(template, { template, file: rel, part: rel.split('/')[0] ?? '' });
    }
  }
  return [...seen.values()];
}
