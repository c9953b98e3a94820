import type { Rng } from '../rng.ts';

/** One name (or name part) in native script, its standard Latin spelling and other spellings seen in records. */
export interface Entry {
  readonly native: string;
  readonly latin: string;
  readonly variants: readonly string[];
}

/** Parses `native|Latin|Variant|…` lines; repeated variants and variants equal to the standard are dropped. */
export function parseEntries(lines: readonly string[]): Entry[] {
  return lines.map((line) => {
    const [native = '', latin = '', ...rest] = line.normalize('NFC').split('|');
    if (native === '' || latin === '') throw new Error(`bad name entry: ${line}`);
    const variants = [...new Set(rest)].filter((v) => v !== latin && v !== '');
    return { native, latin, variants };
  });
}

/** Items with cumulative weights: one draw is one `rng.next()` and a binary search. */
export interface Table<T> {
  readonly items: readonly T[];
  readonly cum: Float64Array;
}

/** Weights default to a gentle Zipf curve, so the first entries of a list are the more common names. */
export function makeTable<T>(items: readonly T[], weights?: readonly number[]): Table<T> {
  if (items.length === 0) throw new Error('empty name table');
  const cum = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += weights ? (weights[i] ?? 0) : 1 / (i + 4) ** 0.7;
    cum[i] = total;
  }
  return { items, cum };
}

export function draw<T>(rng: Rng, t: Table<T>): T {
  const cum = t.cum;
  const r = rng.next() * (cum[cum.length - 1] as number);
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid] as number) > r) hi = mid;
    else lo = mid + 1;
  }
  return t.items[lo] as T;
}

/** A spelling rule: each rule that changes a Latin name gives one more variant. */
export type SpellingRule = readonly [RegExp, string];

/** Latin spelling → its variants, merged over all the lists, plus the variants the spelling rules give. */
export function variantIndex(
  lists: readonly (readonly Entry[])[],
  rules: readonly SpellingRule[] = [],
): Map<string, readonly string[]> {
  const sets = new Map<string, Set<string>>();
  for (const list of lists) {
    for (const e of list) {
      let set = sets.get(e.latin);
      if (!set) {
        set = new Set();
        sets.set(e.latin, set);
      }
      for (const v of e.variants) set.add(v);
      for (const [re, to] of rules) {
        const v = e.latin.replace(re, to);
        if (v !== e.latin) set.add(v);
      }
    }
  }
  const index = new Map<string, readonly string[]>();
  for (const [latin, set] of sets) {
    set.delete(latin);
    if (set.size > 0) index.set(latin, [...set]);
  }
  return index;
}

/** The number of distinct names over some lists (by native spelling and Latin spelling together). */
export function distinct(...lists: readonly (readonly Entry[])[]): number {
  const seen = new Set<string>();
  for (const list of lists) for (const e of list) seen.add(`${e.native}|${e.latin}`);
  return seen.size;
}
