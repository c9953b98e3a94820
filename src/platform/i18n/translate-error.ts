import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ErrorCode, isDefaultMessage } from '../errors.ts';
import { SERVER_LANGUAGES, type ServerLanguage } from './languages.ts';

// An error message in the language the request asked for. The catalogues under locales/<language>/ hold, per part
// of the server, each English message template (see message-sources.ts) with its translation, and `codes.json` the
// default message of each error code. A message is matched against the templates (each `{{n}}` matching any text),
// and the translation gets the same values in its places. A message with no translation stays in English.

const LOCALES = join(import.meta.dirname, 'locales');

interface Compiled {
  pattern: RegExp;
  translation: string;
  /** How much of the template is fixed text: the more, the more specific. */
  literal: number;
}

interface Catalogue {
  codes: Partial<Record<ErrorCode, string>>;
  exact: Map<string, string>;
  templates: Compiled[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The catalogue files of a language: `codes.json`, and one file of messages per part of the server. */
export function readCatalogue(lang: ServerLanguage): {
  codes: Record<string, string>;
  messages: Record<string, string>;
} {
  const dir = join(LOCALES, lang);
  const out = { codes: {} as Record<string, string>, messages: {} as Record<string, string> };
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    if (file === 'codes.json') out.codes = data;
    else Object.assign(out.messages, data);
  }
  return out;
}

function compile(lang: ServerLanguage): Catalogue {
  const { codes, messages } = readCatalogue(lang);
  const exact = new Map<string, string>();
  const templates: Compiled[] = [];
  for (const [template, translation] of Object.entries(messages)) {
    if (!template.includes('{{')) {
      exact.set(template, translation);
      continue;
    }
    const source = escapeRegExp(template).replace(/\\\{\\\{(\d+)\\\}\\\}/g, '(?<p$1>[\\s\\S]*?)');
    const literal = template.replace(/\{\{\d+\}\}/g, '').length;
    templates.push({ pattern: new RegExp(`^${source}$`), translation, literal });
  }
  // The most specific first (the most fixed text), so "password: {{0}}" wins over a bare "{{0}}: {{1}}".
  templates.sort((a, b) => b.literal - a.literal);
  return { codes: codes as Catalogue['codes'], exact, templates };
}

const catalogues = new Map<ServerLanguage, Catalogue>();

function catalogueOf(lang: ServerLanguage): Catalogue {
  let c = catalogues.get(lang);
  if (!c) {
    c = compile(lang);
    catalogues.set(lang, c);
  }
  return c;
}

/** The message in `lang`: its code's default, an exact translation, or a template's with the values put back. */
export function translateError(lang: ServerLanguage, code: ErrorCode, message: string): string {
  if (lang === 'en') return message;
  if (isDefaultMessage(code, message)) return catalogueOf(lang).codes[code] ?? message;
  return translateText(lang, message);
}

/**
 * A text the server wrote for people with no error code (an import's reasons for refusing a row, a job's outcome),
 * in `lang`: an exact translation, or a template's with the values put back; as it is when none matches.
 */
export function translateText(lang: ServerLanguage, text: string): string {
  if (lang === 'en') return text;
  const c = catalogueOf(lang);
  const exact = c.exact.get(text);
  if (exact) return exact;
  for (const t of c.templates) {
    const m = t.pattern.exec(text);
    if (m) return t.translation.replace(/\{\{(\d+)\}\}/g, (all, n: string) => m.groups?.[`p${n}`] ?? all);
  }
  return text;
}

export const TRANSLATED_LANGUAGES = SERVER_LANGUAGES.filter((l) => l !== 'en');
