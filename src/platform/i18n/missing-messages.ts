// Lists, by part of the server, the messages a language's catalogue still lacks, as JSON ready to translate:
// `npx tsx src/platform/i18n/missing-messages.ts th`.
import { join } from 'node:path';
import { catalogueProblems } from './catalogue-check.ts';
import { SERVER_LANGUAGES, type ServerLanguage } from './languages.ts';
import { messageSources } from './message-sources.ts';

const lang = process.argv[2] as ServerLanguage;
if (!SERVER_LANGUAGES.includes(lang) || lang === 'en') {
  process.stderr.write(`Name a language: ${SERVER_LANGUAGES.filter((l) => l !== 'en').join(', ')}\n`);
  process.exit(2);
}
const sources = messageSources(join(import.meta.dirname, '..', '..'));
const missing = new Set(
  catalogueProblems(lang, sources)
    .map((p) => /missing "(.*)" \(/.exec(p)?.[1])
    .filter((x): x is string => x !== undefined),
);
const byPart: Record<string, Record<string, string>> = {};
for (const s of sources) {
  if (!missing.has(s.template)) continue;
  const part = byPart[s.part] ?? {};
  part[s.template] = '';
  byPart[s.part] = part;
}
process.stdout.write(`${JSON.stringify(byPart, null, 2)}\n`);
