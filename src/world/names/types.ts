import type { Rng } from '../rng.ts';

export type Nationality = 'TH' | 'KH' | 'LA' | 'MM' | 'VN' | 'CN';
export type Sex = 'F' | 'M';

export const NATIONALITIES: readonly Nationality[] = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'];

export interface PersonName {
  nationality: Nationality;
  sex: Sex;
  /** Full name in native script, in the conventional order (Vietnamese: Latin with diacritics). */
  native: string;
  /** The standard romanisation, conventional order, with diacritics where the convention has them (VN). */
  latin: string;
  /** Latin given name(s); for Vietnamese the middle name(s) and the given name; for Burmese the whole name. */
  given: string;
  /** Latin family name; null for Burmese. */
  family: string | null;
  /** A nickname (Latin): most Thais have one, a few Lao and Khmer; otherwise null. */
  nickname: string | null;
  familyFirst: boolean;
}

/** What each country's module provides to the generator and to the record noise. */
export interface NameModel {
  readonly generate: (rng: Rng, sex: Sex) => PersonName;
  /** Latin token → other spellings of it seen in records. */
  readonly variants: ReadonlyMap<string, readonly string[]>;
  /** Distinct given names (Burmese: name elements) and family names, and given names per sex. */
  readonly stats: {
    readonly given: number;
    readonly family: number;
    readonly givenF: number;
    readonly givenM: number;
  };
}
