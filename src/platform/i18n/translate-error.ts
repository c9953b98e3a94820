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
  /** Whether the template's own words hold the separator of a list ('; '). */
  holdsSeparator: boolean;
}

interface Catalogue {
  codes: Partial<Record<ErrorCode, string>>;
  exact: Map<string, string>;
  templates: Compiled[];
}

/** How a list of problems is joined in one message (a refused column mapping names each of its problems). */
const LIST_SEPARATOR = '; ';

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
    const holdsSeparator = template.includes(LIST_SEPARATOR);
    templates.push({ pattern: new RegExp(`^${source}$`), translation, literal, holdsSeparator });
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
 * One text in `lang`: an exact translation, or a template's with the values put back; undefined when none. `whole`
 * says whether the separator of a list is among the catalogue's own words (then the text is one message, not a list).
 */
function translateOne(c: Catalogue, text: string): { said: string; whole: boolean } | undefined {
  const exact = c.exact.get(text);
  if (exact) return { said: exact, whole: text.includes(LIST_SEPARATOR) };
  for (const t of c.templates) {
    const m = t.pattern.exec(text);
    if (m)
      return {
        said: t.translation.replace(/\{\{(\d+)\}\}/g, (all, n: string) => m.groups?.[`p${n}`] ?? all),
        whole: t.holdsSeparator,
      };
  }
  return undefined;
}

/**
 * A text the server wrote for people with no error code (an import's reasons for refusing a row, a job's outcome),
 * in `lang`: an exact translation, or a template's with the values put back; as it is when none matches. A list of
 * texts joined by '; ' is said text by text, unless a message of the catalogue holds the '; ' in its own words.
 */
export function translateText(lang: ServerLanguage, text: string): string {
  if (lang === 'en') return text;
  const c = catalogueOf(lang);
  const one = translateOne(c, text);
  if (one?.whole || !text.includes(LIST_SEPARATOR)) return one?.said ?? text;
  // No message holds the separator as its own: a template that matched took the list as one value. Said part by
  // part when a part is a message; else as the whole matched.
  const parts = text.split(LIST_SEPARATOR).map((part) => ({ part, one: translateOne(c, part) }));
  if (!parts.some((p) => p.one)) return one?.said ?? text;
  return parts.map((p) => p.one?.said ?? p.part).join(LIST_SEPARATOR);
}

export const TRANSLATED_LANGUAGES = SERVER_LANGUAGES.filter((l) => l !== 'en');
