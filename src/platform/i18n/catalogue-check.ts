import { defaultMessages } from '../errors.ts';
import type { ServerLanguage } from './languages.ts';
import type { MessageSource } from './message-sources.ts';
import { readCatalogue } from './translate-error.ts';

// What a language's catalogue lacks or holds in excess against the server's messages: used by the test, and by
// `npx tsx src/platform/i18n/missing-messages.ts <lang>` to list what is left to translate.

const places = (s: string) =>
  [...s.matchAll(/\{\{(\d+)\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

const SCRIPT: Partial<Record<ServerLanguage, RegExp>> = {
  th: /[\u0E00-\u0E7F]/,
  lo: /[\u0E80-\u0EFF]/,
  km: /[\u1780-\u17FF]/,
  my: /[\u1000-\u109F]/,
  zh: /[\u3400-\u9FFF]/,
};

export function catalogueProblems(lang: ServerLanguage, sources: readonly MessageSource[]): string[] {
  const { codes, messages } = readCatalogue(lang);
  const problems: string[] = [];
  for (const code of Object.keys(defaultMessages()))
    if (!codes[code]) problems.push(`${lang}/codes.json: "${code}" is missing`);
  const wanted = new Map(sources.map((s) => [s.template, s]));
  for (const s of sources) {
    const t = messages[s.template];
    if (t === undefined) problems.push(`${lang}/${s.part}.json: missing "${s.template}" (${s.file})`);
    else if (places(t) !== places(s.template))
      problems.push(
        `${lang}/${s.part}.json: "${s.template}" has places [${places(t)}], English [${places(s.template)}]`,
      );
    else {
      const script = SCRIPT[lang];
      const words = t.replace(/\{\{\d+\}\}/g, ' ').replace(/^[\w.[\]{}]+:\s/, '');
      if (t === s.template || (script && /[a-z]{3,} [a-z]{2,} [a-z]{2,}/i.test(words) && !script.test(words)))
        problems.push(`${lang}/${s.part}.json: "${s.template}" is still in English`);
    }
  }
  for (const template of Object.keys(messages))
    if (!wanted.has(template)) problems.push(`${lang}: "${template}" is no longer a message of the server`);
  return problems;
}
