import { foldLatin, romaniseName } from '../intel/names/index.ts';
import { phoneticPart } from '../intel/names/phonetic.ts';

// What recognises a person who comes back into the picture, without their identity in clear: the words hashed
// with a key (src/access/sealing.ts termHash) are a document's kind, country and number, and a name's spelling
// key with the birth date. A name alone, or a phone, recognises nobody: too many people share them.

export interface IdentityDocument {
  kind: string;
  number: string;
  country: string;
}

/** A document's words: kind, issuing country and number with spaces, dashes and case ignored. */
export const documentWords = (d: IdentityDocument): string | null => {
  const number = d.number.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return number.length < 4 ? null : `identity-document:${d.kind}:${d.country.toUpperCase()}:${number}`;
};

/**
 * A name's spelling key: romanised from its script, folded to plain letters, each part reduced to its sound,
 * parts sorted (the order of given and family names varies across the region's records).
 */
export function nameKey(name: string): string {
  return foldLatin(romaniseName(name))
    .split(/[^a-z]+/)
    .filter((p) => p.length > 0)
    .map(phoneticPart)
    .sort()
    .join(' ');
}

/** The words of a name with a full birth date (a year alone is too common to recognise anyone). */
export const nameBirthWords = (name: string, birthDate: string | null): string | null => {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const key = nameKey(name);
  return key === '' ? null : `identity-name-birth:${key}:${birthDate}`;
};
