/** Words shown for the operation-plan API's codes, in the chosen language. Each list is made when called (at render),
 * so it follows a change of language. */
import type { ParseKeys } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import { languageOptions, type Options, placeOptions, wordFor } from '../screening/labels.ts';

const CODES = {
  opStatus: ['planning', 'approved', 'executing', 'concluded', 'cancelled'],
  memberRole: [
    'command',
    'entry',
    'scene_security',
    'arrest',
    'evidence',
    'victim_care',
    'transport',
    'screening',
    'interpreter',
    'prosecutor',
    'liaison',
  ],
  evidenceCategory: [
    'ledger',
    'phone',
    'computer',
    'cctv',
    'retained_passport',
    'identity_document',
    'contract',
    'weapon',
    'cash',
    'bank_record',
    'other',
  ],
  harmed: ['victims', 'bystanders', 'lawful_workers', 'officers', 'suspects', 'children'],
} as const;

type Group = keyof typeof CODES;

const plansT = (key: ParseKeys<'plans'>, options: Record<string, unknown> = {}): string =>
  i18next.t(key, { ...options, ns: 'plans' });

const words = (group: Group): Options =>
  CODES[group].map((c) => [c, plansT(`codes.${group}.${c}` as ParseKeys<'plans'>)] as const);

export const opStatusOptions = (): Options => words('opStatus');
export const memberRoleOptions = (): Options => words('memberRole');
export const evidenceCategoryOptions = (): Options => words('evidenceCategory');
/** Who an operation harmed, as the after-action review records it. */
export const harmedOptions = (): Options => words('harmed');
/** The kinds of screening site: the safe places screening knows. */
export const siteKindOptions = (): Options => placeOptions();

/** Items as one list in the chosen language: `comma` for names, `semicolon` for phrases that hold commas. */
export const joinList = (items: readonly string[], by: 'comma' | 'semicolon' = 'comma'): string =>
  items.join(plansT(by === 'comma' ? 'list.comma' : 'list.semicolon'));

/** Language codes as names with the code beside them, e.g. "Burmese (my)". */
export function languageWords(codes: readonly string[]): string {
  if (!codes.length) return plansT('languages.none');
  const names = languageOptions();
  return joinList(
    codes.map((code) => {
      const name = wordFor(names, code);
      return name === code ? code : plansT('languages.named', { name, code });
    }),
  );
}

/** A screening site in words: "Name (kind), address". */
export const siteWords = (site: { name: string; kind: string; address: string }): string =>
  plansT('site', { name: site.name, kind: wordFor(siteKindOptions(), site.kind), address: site.address });

/** "my, km" → ['my', 'km']: lower case, no blanks or repeats. */
export const parseLanguages = (s: string): string[] => [
  ...new Set(
    s
      .split(/[\s,;]+/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean),
  ),
];
