/** Checks the translation catalogues against each other and against the code that uses them: every key of the
 * English catalogue is in every language (with the plural forms that language needs), none is left over, none is
 * left in English, each keeps English's placeholders, and the code uses no key that is missing or leaves one unused.
 * Pure: the test hands it the files. */

export type Catalogue = Record<string, unknown>;
/** catalogues[language][namespace] */
export type Catalogues = Record<string, Record<string, Catalogue>>;
export interface SourceFile {
  path: string;
  text: string;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Each string of a nested catalogue under its dotted path; a non-string leaf is reported as itself. */
export function flatten(cat: Catalogue, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(cat)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [p, x] of flatten(v as Catalogue, path)) out.set(p, x);
    } else out.set(path, v);
  }
  return out;
}

const baseOf = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (s: string) =>
  [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^)]+)\)|<(\/?\w+)>/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .sort();

/** The scripts a translation into each language is written in. */
const SCRIPT: Record<string, RegExp> = {
  th: /[\u0E00-\u0E7F]/,
  lo: /[\u0E80-\u0EFF]/,
  km: /[\u1780-\u17FF]/,
  my: /[\u1000-\u109F]/,
  zh: /[\u3400-\u9FFF]/,
};

/** Two or more English words in a row, once placeholders and tags are taken out. */
function englishRun(s: string): boolean {
  const words = s
    .replace(/\{\{[^}]*\}\}|<\/?\w+>|\$t\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => /^[A-Za-z]+[.,;:!?]?$/.test(w));
  return words.length >= 2 && words.some((w) => /[A-Za-z]{3}/.test(w));
}

export function checkCatalogues(cats: Catalogues, locales: Record<string, string>): string[] {
  const problems: string[] = [];
  const english = cats.en ?? {};
  for (const [lang, namespaces] of Object.entries(cats)) {
    const categories = new Intl.PluralRules(locales[lang] ?? lang).resolvedOptions().pluralCategories;
    for (const ns of new Set([...Object.keys(english), ...Object.keys(namespaces)])) {
      const where = `${lang}/${ns}.json`;
      const en = flatten(english[ns] ?? {});
      const own = namespaces[ns];
      if (!own) {
        problems.push(`${where}: the catalogue is missing`);
        continue;
      }
      const mine = flatten(own);
      const enBases = new Set([...en.keys()].map(baseOf));
      const pluralBases = new Set([...en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map(baseOf));
      for (const [key, value] of mine) {
        if (typeof value !== 'string' || !value.trim())
          problems.push(`${where}: "${key}" is not a non-empty string`);
        if (!enBases.has(baseOf(key))) problems.push(`${where}: "${key}" is not in the English catalogue`);
        else if (PLURAL_SUFFIX.test(key) && !categories.includes(key.match(PLURAL_SUFFIX)?.[1] as never))
          problems.push(`${where}: "${key}" is a plural form ${lang} does not have`);
      }
      for (const base of enBases) {
        const forms = pluralBases.has(base) ? categories.map((c) => `${base}_${c}`) : [base];
        for (const f of forms) if (!mine.has(f)) problems.push(`${where}: "${f}" is missing`);
      }
      if (lang === 'en') continue;
      for (const [key, value] of mine) {
        if (typeof value !== 'string') continue;
        const source = en.get(key) ?? en.get(`${baseOf(key)}_other`);
        if (typeof source !== 'string') continue;
        const a = placeholders(source).join(',');
        const b = placeholders(value).join(',');
        if (a !== b) problems.push(`${where}: "${key}" has placeholders [${b}] where English has [${a}]`);
        const script = SCRIPT[lang];
        if ((script && englishRun(value) && !script.test(value)) || (value === source && englishRun(value)))
          problems.push(`${where}: "${key}" is still in English`);
      }
    }
  }
  return problems;
}

/** The namespaces a source file speaks of: quoted names, and `ns:` prefixes of keys. */
function namespacesOf(text: string, all: readonly string[]): string[] {
  return all.filter((ns) => new RegExp(`['"\`]${ns}(?::|['"\`])`).test(text));
}

/** Keys the code uses that are not in English, and English keys no code uses. */
export function checkUsage(english: Record<string, Catalogue>, files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const all = Object.keys(english);
  const keys = new Map(all.map((ns) => [ns, new Set([...flatten(english[ns] ?? {}).keys()].map(baseOf))]));
  const used = new Map(all.map((ns) => [ns, new Set<string>()]));
  const prefixes = new Map(all.map((ns) => [ns, new Set<string>()]));
  for (const f of files) {
    const spoken = namespacesOf(f.text, all);
    const mine = [...new Set([...spoken, 'common'])];
    const literals = [...f.text.matchAll(/'([^'\n\\]+)'|"([^"\n\\]+)"|`([^`$\n\\]+)`/g)].map(
      (m) => m[1] ?? m[2] ?? m[3] ?? '',
    );
    const templates = [...f.text.matchAll(/`([\w.:-]*\.)\$\{/g)].map((m) => m[1] ?? '');
    const mark = (raw: string, into: Map<string, Set<string>>) => {
      const [ns, key] = raw.includes(':') ? raw.split(':', 2) : [undefined, raw];
      for (const n of ns && keys.has(ns) ? [ns] : ns ? [] : mine) into.get(n)?.add(key ?? '');
    };
    for (const l of literals) mark(l, used);
    for (const p of templates) mark(p, prefixes);
    for (const m of f.text.matchAll(/\bt\(\s*'([^'\n]+)'|i18nKey=(?:\{\s*)?['"]([^'"\n]+)['"]/g)) {
      const raw = m[1] ?? m[2] ?? '';
      const [ns, key] = raw.includes(':') ? raw.split(':', 2) : [undefined, raw];
      const candidates = ns ? [ns] : mine;
      if (!candidates.some((n) => keys.get(n)?.has(baseOf(key ?? ''))))
        problems.push(
          `${f.path}: uses "${raw}", which is in no catalogue it speaks of (${candidates.join(', ')})`,
        );
    }
  }
  for (const ns of all) {
    const u = used.get(ns) ?? new Set();
    const p = [...(prefixes.get(ns) ?? [])];
    for (const key of keys.get(ns) ?? []) {
      if (u.has(key) || p.some((x) => key.startsWith(x))) continue;
      problems.push(`en/${ns}.json: "${key}" is used by no code`);
    }
  }
  return problems;
}
