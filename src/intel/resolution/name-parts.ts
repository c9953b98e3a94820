import anyAscii from 'any-ascii';
import { namePartKeys } from '../name-key.ts';
import { foldLatin } from '../names/index.ts';
import { phoneticPart } from '../names/phonetic.ts';
import { dropTitles } from '../names/titles.ts';
import { foldVietnamese } from '../names/vietnamese.ts';

export interface NameForms {
  /** The whole-name key: part keys sorted, so order-free (the same as nameKey). */
  key: string;
  /** The spelling as written, folded to lower-case ASCII, parts sorted: "the same spelling" level. */
  folded: string;
  /** Distinct part keys (namePartKeys: phonetic, across scripts). */
  parts: string[];
}

// A million records hold a few hundred thousand distinct names but only thousands of distinct name parts. A name
// in Latin letters (the romanisers leave Latin text as it is) is keyed part by part through the same steps as
// namePartKeys, each part's phonetic key worked out once; a name in another script goes through namePartKeys
// whole. A test holds the two ways equal over a corpus of names.
const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]*$/u;
const partCache = new Map<string, string>();

function phoneticOnce(part: string): string {
  let k = partCache.get(part);
  if (k === undefined) {
    k = phoneticPart(part);
    if (partCache.size >= 500_000) partCache.clear();
    partCache.set(part, k);
  }
  return k;
}

/** namePartKeys for a name in Latin letters, part by part. */
export function latinPartKeys(name: string): string[] {
  const plain = anyAscii(foldVietnamese(name.replace(/\s+/g, ' ').trim()).normalize('NFKC'))
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  return dropTitles(plain.split(' ').filter(Boolean)).map(phoneticOnce);
}

export function partKeysOf(name: string): string[] {
  return LATIN_ONLY.test(name) ? latinPartKeys(name) : namePartKeys(name);
}

const cache = new Map<string, NameForms>();

export function nameForms(name: string): NameForms {
  const hit = cache.get(name);
  if (hit) return hit;
  const parts = [...new Set(partKeysOf(name))];
  const forms: NameForms = {
    key: [...parts].sort().join(' '),
    folded: foldLatin(name)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .sort()
      .join(' '),
    parts,
  };
  if (cache.size >= 300_000) cache.clear();
  cache.set(name, forms);
  return forms;
}
