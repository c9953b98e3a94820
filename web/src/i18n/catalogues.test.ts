import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Catalogues, checkCatalogues, checkUsage, type SourceFile } from './check.ts';
import { LANGUAGE_CODES, LANGUAGES, NAMESPACES } from './languages.ts';

const here = import.meta.dirname;
const web = join(here, '..');
const locales = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.locale]));

function loadCatalogues(): Catalogues {
  const out: Catalogues = {};
  for (const lang of readdirSync(join(here, 'locales'))) {
    out[lang] = {};
    for (const file of readdirSync(join(here, 'locales', lang))) {
      const ns = file.replace(/\.json$/, '');
      (out[lang] as Record<string, unknown>)[ns] = JSON.parse(
        readFileSync(join(here, 'locales', lang, file), 'utf8'),
      );
    }
  }
  return out;
}

function sources(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'locales') out.push(...sources(p));
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
      out.push({ path: relative(web, p), text: readFileSync(p, 'utf8') });
  }
  return out;
}

describe('translation catalogues', () => {
  const cats = loadCatalogues();

  it('hold exactly the seven languages, each with every namespace', () => {
    expect(Object.keys(cats).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const lang of LANGUAGE_CODES)
      expect(Object.keys(cats[lang] ?? {}).sort()).toEqual([...NAMESPACES].sort());
  });

  it('agree: every English key in every language, nothing extra, nothing left in English', () => {
    expect(checkCatalogues(cats, locales)).toEqual([]);
  });

  it('match the code: no key used that is missing, no key kept that is unused', () => {
    expect(checkUsage(cats.en ?? {}, sources(web))).toEqual([]);
  });
});

describe('the catalogue check itself', () => {
  const en = { common: { save: 'Save', items_one: '{{count}} item', items_other: '{{count}} items' } };

  it('finds a key missing in a language, a plural form too many and a placeholder lost', () => {
    const problems = checkCatalogues(
      { en, th: { common: { items_one: 'รายการ', items_other: '{{count}} รายการ' } } },
      { en: 'en-GB', th: 'th-TH' },
    );
    expect(problems).toContain('th/common.json: "save" is missing');
    expect(problems).toContain('th/common.json: "items_one" is a plural form th does not have');
    expect(problems.some((p) => p.includes('"items_one" has placeholders'))).toBe(true);
  });

  it('finds a translation left in English', () => {
    const problems = checkCatalogues(
      {
        en: { common: { hint: 'Pick a language' } },
        th: { common: { hint: 'Pick a language' } },
        vi: { common: { hint: 'Pick a language' } },
      },
      { en: 'en-GB', th: 'th-TH', vi: 'vi-VN' },
    );
    expect(problems).toEqual([
      'th/common.json: "hint" is still in English',
      'vi/common.json: "hint" is still in English',
    ]);
  });

  it('finds a key the code uses that no catalogue has, and a key no code uses', () => {
    const problems = checkUsage(
      { common: { save: 'Save', gone: 'Gone' }, intel: { title: 'Reports', kind: { a: 'A', b: 'B' } } },
      [
        {
          path: 'a.tsx',
          text: "const { t } = useTranslation('intel'); t('title'); t('missing'); t(`kind.$" + '{k}`)',
        },
        { path: 'b.tsx', text: "t('save')" },
      ],
    );
    expect(problems).toEqual([
      'a.tsx: uses "missing", which is in no catalogue it speaks of (intel, common)',
      'en/common.json: "gone" is used by no code',
    ]);
  });
});
