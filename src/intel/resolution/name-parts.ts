import { namePartKeys } from '../name-key.ts';
import { foldLatin } from '../names/index.ts';

export interface NameForms {
  /** The whole-name key: part keys sorted, so order-free (the same as nameKey). */
  key: string;
  /** The spelling as written, folded to lower-case ASCII, parts sorted: "the same spelling" level. */
  folded: string;
  /** Distinct part keys (namePartKeys: phonetic, across scripts). */
  parts: string[];
}

// A million records hold a few hundred thousand distinct names: each distinct string is keyed once.
export const partKeysOf = (name: string): string[] => namePartKeys(name);

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
