import { languageOptions, sexOptions, wordFor } from './labels.ts';
import type { Provider } from './types.ts';

/** What a provider can take, in words, as the referral form shows it before the server checks it. */

/** The sexes a provider takes, e.g. "Female people only", or "Everyone" when it takes all. */
export function sexesWords(sexes: readonly string[]): string {
  if (sexes.length === 0) return 'Not given';
  if (['female', 'male', 'other'].every((s) => sexes.includes(s))) return 'People of any sex';
  const words = sexes.map((s) => wordFor(sexOptions(), s).toLowerCase());
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0];
  return `${list?.charAt(0).toUpperCase()}${list?.slice(1)} people only`;
}

/** Children, adults or both, in words. */
export function takesWords(p: Provider | undefined): string {
  if (!p) return '';
  if (p.acceptsChildren && p.acceptsAdults) return 'Children and adults';
  return p.acceptsChildren ? 'Children only' : 'Adults only';
}

/** Free beds of beds, or that beds are not counted there. */
export const bedsWords = (p: Provider): string =>
  p.beds === null || p.freeBeds === null ? 'Not counted' : `${p.freeBeds} free of ${p.beds}`;

/**
 * What does not fit between the person and the provider, as far as the page knows (the server checks it again and
 * names what does not fit when it refuses); [] when nothing is seen.
 */
export function fitProblems(
  p: Provider,
  person: { child: boolean; sex: string | null; language: string },
  interpreterArranged: boolean,
): string[] {
  const out: string[] = [];
  if (person.child && !p.acceptsChildren)
    out.push('It does not take children, and the person is treated as a child.');
  if (!person.child && !p.acceptsAdults) out.push('It takes children only, and the person is an adult.');
  if (person.sex && person.sex !== 'undisclosed' && !p.sexes.includes(person.sex))
    out.push(`It takes ${sexesWords(p.sexes).toLowerCase()}.`);
  if (p.languages.length > 0 && !p.languages.includes(person.language) && !interpreterArranged)
    out.push(
      `It does not work in ${wordFor(languageOptions(), person.language)}: arrange an interpreter (and tick it below) or choose another provider.`,
    );
  if (p.freeBeds === 0) out.push('It has no free bed.');
  return out;
}
