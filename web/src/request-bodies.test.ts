import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalEnd } from '../../src/platform/i18n/message-sources.ts';

// Every request body the web app sends is checked by the compiler against the server's own body schema: the call
// passes it as `body satisfies SomeBody`, where `SomeBody` is `z.input<typeof someBody>` of a schema the route
// uses (from a pure wire/schema module). A field renamed on the server then breaks the web build, not the request.

const ROOT = join(import.meta.dirname);
const CALL = /\bapi\.(post|patch|put)\s*(<[^()]*?>)?\s*\(/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** The top-level arguments of the call whose `(` is at `open`, as written. */
function argumentsOf(text: string, open: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      i = literalEnd(text, i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return args.filter((a) => a !== '');
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/** The calls in a file that send a body not checked against a type: `file:line api.post(…)`. */
function uncheckedBodies(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CALL)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const body = argumentsOf(text, open)[1];
    if (body === undefined || /\bsatisfies\s+[A-Z][\w.]*(\[[^\]]*\])*\s*$/.test(body)) continue;
    const line = text.slice(0, m.index).split('\n').length;
    out.push(`${file}:${line} api.${m[1]}(…, ${body.replace(/\s+/g, ' ').slice(0, 60)})`);
  }
  return out;
}

describe('request bodies', () => {
  it('finds a body sent unchecked, and passes one that satisfies a type', () => {
    expect(uncheckedBodies('a.ts', "api.post<X>('/p', { a: 1 });")).toHaveLength(1);
    expect(uncheckedBodies('a.ts', "api.post<X>('/p', { a: f(1, 2) } satisfies ABody);")).toEqual([]);
    expect(uncheckedBodies('a.ts', 'api.put(`/p/` + id, body satisfies Plans.Body);')).toEqual([]);
    expect(uncheckedBodies('a.ts', "api.post(path);\napi.delete('/x')")).toEqual([]);
  });

  it('every body the web app sends satisfies the server schema’s input type', () => {
    const found = sources(ROOT).flatMap((f) => uncheckedBodies(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
});
