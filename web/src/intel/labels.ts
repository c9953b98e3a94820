import type { ParseKeys, TFunction } from 'i18next';
import { IMPORT_KIND_NAMES } from '../../../src/intel/imports/mapping.ts';
import { SOURCE_KINDS } from '../../../src/intel/wire.ts';
import { i18next } from '../i18n/i18n.ts';
import type { Options, Registry } from './types.ts';

/** Words shown for the intelligence API's codes, in the chosen language. Lists are made when called (at render). */

type Key = ParseKeys<'intel'>;

/** The intelligence catalogue's words in the current language, for code outside components. */
export const intelT = (): TFunction<'intel'> => i18next.getFixedT(null, 'intel');

/** Words joined into a list the way the current language separates them. */
export const joinWords = (parts: readonly string[]): string => parts.join(intelT()('listSeparator'));

/** A code in words, else the code itself without its underscores. */
const unknown = (code: string) => code.replaceAll('_', ' ');

const sourceKindWords = (c: string) => intelT()(`codes.sourceKind.${c}` as Key, { defaultValue: unknown(c) });
const siteKindWords = (c: string) => intelT()(`codes.siteKind.${c}` as Key, { defaultValue: unknown(c) });
const importKindWords = (c: string) => intelT()(`codes.importKind.${c}` as Key, { defaultValue: unknown(c) });
/** What a mention or a search key matched by, in words. */
const matchWords = (c: string) => intelT()(`codes.match.${c}` as Key, { defaultValue: unknown(c) });

// The codes offered are the server's own lists (the kinds of source a new source's body takes, the kinds of file
// an import reads), from its pure modules.
export const sourceKindOptions = (): Options => SOURCE_KINDS.map((c) => [c, sourceKindWords(c)] as const);
export const importKindOptions = (): Options =>
  IMPORT_KIND_NAMES.map((c) => [c, importKindWords(c)] as const);

/** TLP 2.0: who may hear it. */
export const tlpMeaning = (tlp: string): string =>
  intelT()(`codes.tlpMeaning.${tlp}` as Key, { defaultValue: '' });

/** The CSS class of a TLP marking, e.g. `tlp tlp-amber-strict`. */
export const tlpClass = (tlp: string): string => `tlp tlp-${tlp.toLowerCase().replace(/[^a-z]+/g, '-')}`;

/** The registry's scales: grades of source and information, handling, action and sanitisation codes. */
export type Scale = 'sourceGrade' | 'infoGrade' | 'handling' | 'actionCode' | 'sanitisationCode';

const SCALE_WORDS: Record<Scale, (code: string, fallback: string) => string> = {
  sourceGrade: (c, d) => intelT()(`codes.sourceGrade.${c}` as Key, { defaultValue: d }),
  infoGrade: (c, d) => intelT()(`codes.infoGrade.${c}` as Key, { defaultValue: d }),
  handling: (c, d) => intelT()(`codes.handling.${c}` as Key, { defaultValue: d }),
  actionCode: (c, d) => intelT()(`codes.actionCode.${c}` as Key, { defaultValue: d }),
  sanitisationCode: (c, d) => intelT()(`codes.sanitisationCode.${c}` as Key, { defaultValue: d }),
};

const SCALE_OF: Record<Scale, keyof Registry> = {
  sourceGrade: 'sourceGrades',
  infoGrade: 'infoGrades',
  handling: 'handling',
  actionCode: 'actionCodes',
  sanitisationCode: 'sanitisationCodes',
};

/** What a code of one of the registry's scales means, in words (the registry's English when it has no words). */
export function scaleWords(scale: Scale, code: string, reg: Registry | null = null): string {
  const english = (reg?.[SCALE_OF[scale]] as Record<string, string> | undefined)?.[code] ?? code;
  return SCALE_WORDS[scale](code, english);
}

/** "code — meaning" options from one of the registry's scales, in the registry's order. */
export const codeOptions = (scale: Scale, reg: Registry): Options =>
  Object.keys(reg[SCALE_OF[scale]] as Record<string, string>).map(
    (code) => [code, `${code} — ${scaleWords(scale, code, reg)}`] as const,
  );

/** An attribute's name in words: `date_of_birth` → "Date of birth". */
export function attributeLabel(attribute: string): string {
  const words = attribute.replaceAll('_', ' ');
  return intelT()(`codes.attribute.${attribute}` as Key, {
    defaultValue: words.charAt(0).toUpperCase() + words.slice(1),
  });
}

/** The calendar day of a date the API sends as midnight UTC, e.g. "2026-11-20". */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** The meaning of a grade pair, e.g. "Untested source; known indirectly to the source but corroborated". */
export function gradeWords(reg: Registry | null, source: string | null, info: string | null): string {
  const t = intelT();
  if (!source && !info) return t('grades.notGraded');
  const s = source
    ? t(`codes.sourceGradePhrase.${source}` as Key, { defaultValue: scaleWords('sourceGrade', source, reg) })
    : t('grades.sourceNotGraded');
  const i = info ? lowerFirst(scaleWords('infoGrade', info, reg)) : t('grades.infoNotGraded');
  return t('grades.pair', { source: s, info: i });
}

export const entityTypeLabel = (reg: Registry | null, type: string): string =>
  intelT()(`codes.entityType.${type}` as Key, {
    defaultValue: reg?.entityTypes[type]?.label ?? unknown(type),
  });

const linkTypeLabel = (reg: Registry | null, type: string): string =>
  intelT()(`codes.linkType.${type}` as Key, { defaultValue: reg?.linkTypes[type]?.label ?? unknown(type) });

/** English only: kept for screens not yet moved to the catalogue's plurals. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export type CodeKind = 'entityType' | 'linkType' | 'siteKind' | 'sourceKind' | 'importKind' | 'match';

/**
 * The one way the intelligence screens show a kind or a code, in the chosen language: entity types and link types
 * (the registry's English when the catalogue has no words), kinds of site, of source, of import and of match.
 */
export function codeWords(kind: CodeKind, code: string, reg: Registry | null = null): string {
  switch (kind) {
    case 'entityType':
      return entityTypeLabel(reg, code);
    case 'linkType':
      return linkTypeLabel(reg, code);
    case 'siteKind':
      return siteKindWords(code);
    case 'sourceKind':
      return sourceKindWords(code);
    case 'importKind':
      return importKindWords(code);
    case 'match':
      return matchWords(code);
  }
}

/** A fact's value as shown: coded values (a site's kind) in words, the rest as recorded. */
export const factValueWords = (attribute: string, value: string): string =>
  attribute === 'site_kind' ? codeWords('siteKind', value) : value;
