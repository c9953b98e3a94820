/** Words for the codes of the outcomes screens, in the chosen language: each list is made when called (at render), so
 * it follows a change of language. */
import type { ParseKeys } from 'i18next';
import { i18next } from '../i18n/i18n.ts';
import { formatNumber, listWords } from '../ui/format.ts';
import type { Filters, FiltersBody, Judgement, Question } from './types.ts';

export type Options = readonly (readonly [string, string])[];

const CODES = {
  /** The region's countries; China's part in it is its southern provinces. */
  country: ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'],
  exploitation: [
    'labour',
    'sexual',
    'forced_criminality',
    'begging',
    'forced_marriage',
    'domestic_servitude',
    'other',
    'unknown',
  ] as const satisfies readonly FiltersBody['exploitation'][],
  sex: ['female', 'male', 'other', 'undisclosed', 'unknown'] as const satisfies readonly FiltersBody['sex'][],
  age: ['child', 'adult', 'unknown'] as const satisfies readonly FiltersBody['age'][],
  judgement: ['met', 'partly', 'not_met', 'not_known'],
} as const;

type Group = keyof typeof CODES;

const word = (group: Group, code: string): string =>
  i18next.t(`codes.${group}.${code}` as ParseKeys<'outcomes'>, { ns: 'outcomes', defaultValue: code });

const words = (group: Group): Options => CODES[group].map((c) => [c, word(group, c)] as const);

export const countryOptions = (): Options => words('country');
export const exploitationOptions = (): Options => words('exploitation');
export const sexOptions = (): Options => words('sex');
export const ageOptions = (): Options => words('age');
export const judgementOptions = (): readonly (readonly [Judgement, string])[] =>
  CODES.judgement.map((c) => [c, word('judgement', c)] as const);

/** A country of the region by its ISO code, in words; the code itself when it is not one of them. */
export const countryWord = (code: string): string => word('country', code);
export const exploitationWord = (code: string): string => word('exploitation', code);
export const sexWord = (code: string): string => word('sex', code);
export const ageWord = (code: string): string => word('age', code);
export const judgementWord = (j: Judgement): string => word('judgement', j);

/** A donor checklist's question, by its code; the server's English when the catalogue has none. */
export const questionLabel = (q: Question): string =>
  i18next.t(`codes.question.${q.code}.label` as ParseKeys<'outcomes'>, {
    ns: 'outcomes',
    defaultValue: q.label,
  });
export const questionAsk = (q: Question): string =>
  i18next.t(`codes.question.${q.code}.ask` as ParseKeys<'outcomes'>, { ns: 'outcomes', defaultValue: q.ask });

/** A figure as the screens show it: the count, or "fewer than k" when hidden. Never a small number. */
export const figure = (count: number | null, k: number): string =>
  count === null ? i18next.t('figure.fewerThan', { ns: 'outcomes', k }) : formatNumber(count);

/** Items as alternatives, as the chosen language says them ("sex or age"). */
export const orList = (items: readonly string[]): string => listWords(items, 'disjunction');

/** The filters set, as a query string for the API and the address bar. */
export function filtersQuery(f: Filters): string {
  const q = new URLSearchParams();
  for (const [name, value] of Object.entries(f)) if (value.trim()) q.set(name, value.trim());
  return q.toString();
}

/** The filters read back from a query string (unknown names, and codes the server does not know, left out). */
export function filtersFrom(query: string): Filters {
  const q = new URLSearchParams(query);
  const value = (name: keyof Filters) => q.get(name)?.trim() ?? '';
  const code = <C extends string>(name: keyof Filters, codes: readonly C[]): C | '' =>
    codes.find((c) => c === value(name)) ?? '';
  return {
    from: value('from'),
    to: value('to'),
    country: value('country'),
    province: value('province'),
    agency: value('agency'),
    exploitation: code('exploitation', CODES.exploitation),
    sex: code('sex', CODES.sex),
    age: code('age', CODES.age),
  };
}

/** The filters set, as the server takes them in a body (those not set left out). */
export function filtersBody(f: Filters): FiltersBody {
  const set = <V extends string>(v: V | ''): V | undefined => (v === '' ? undefined : v);
  return {
    from: set(f.from),
    to: set(f.to),
    country: set(f.country),
    province: set(f.province),
    agency: set(f.agency),
    exploitation: set(f.exploitation),
    sex: set(f.sex),
    age: set(f.age),
  };
}
