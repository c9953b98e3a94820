import type { TFunction } from 'i18next';
import { listWords as andList } from '../ui/format.ts';
import { languageOptions, sexOptions, wordFor } from './labels.ts';
import type { Provider } from './types.ts';

/** What a provider can take, in words, as the referral form shows it before the server checks it. */

type T = TFunction<'screening'>;

/** Words one after another, each language's way ("Thai, English"; Chinese "泰语、英语"). */
export const listWords = (t: T, words: readonly string[]): string => words.join(t('fit.listSeparator'));

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The sexes a provider takes, e.g. "Female people only", or "People of any sex" when it takes all. */
export function sexesWords(t: T, sexes: readonly string[]): string {
  if (sexes.length === 0) return t('fit.notGiven');
  if (['female', 'male', 'other'].every((s) => sexes.includes(s))) return t('fit.anySex');
  const words = sexes.map((s) => wordFor(sexOptions(), s).toLowerCase());
  const list = andList(words);
  return capitalised(t('fit.sexesOnly', { list }));
}

/** Children, adults or both, in words. */
export function takesWords(t: T, p: Provider | undefined): string {
  if (!p) return '';
  if (p.acceptsChildren && p.acceptsAdults) return t('fit.childrenAndAdults');
  return p.acceptsChildren ? t('fit.childrenOnly') : t('fit.adultsOnly');
}

/** Free beds of beds, or that beds are not counted there. */
export const bedsWords = (t: T, p: Provider): string =>
  p.beds === null || p.freeBeds === null
    ? t('fit.bedsNotCounted')
    : t('fit.freeBeds', { free: p.freeBeds, beds: p.beds });

/**
 * What does not fit between the person and the provider, as far as the page knows (the server checks it again and
 * names what does not fit when it refuses); [] when nothing is seen.
 */
export function fitProblems(
  t: T,
  p: Provider,
  person: { child: boolean; sex: string | null; language: string },
  interpreterArranged: boolean,
): string[] {
  const out: string[] = [];
  if (person.child && !p.acceptsChildren) out.push(t('fit.noChildren'));
  if (!person.child && !p.acceptsAdults) out.push(t('fit.childrenOnlyAdult'));
  if (person.sex && person.sex !== 'undisclosed' && !p.sexes.includes(person.sex))
    out.push(t('fit.otherSexes', { sexes: sexesWords(t, p.sexes).toLowerCase() }));
  if (p.languages.length > 0 && !p.languages.includes(person.language) && !interpreterArranged)
    out.push(t('fit.otherLanguage', { language: wordFor(languageOptions(), person.language) }));
  if (p.freeBeds === 0) out.push(t('fit.noFreeBed'));
  return out;
}
