import type { SeekKind } from '../evidence-kinds.ts';

// The shape of the offence catalogue: per country, offences by category, each cited as commonly cited and broken
// into the legal elements a court must find, with the non-testimonial evidence that usually proves each one.

export const COUNTRIES = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'] as const;
export type Country = (typeof COUNTRIES)[number];

export const OFFENCE_CATEGORIES = [
  'trafficking',
  'forced_labour',
  'debt_bondage',
  'rape',
  'kidnapping_or_unlawful_detention',
  'document_retention',
  'money_laundering',
  'corruption',
  'labour_law',
  'tax',
] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

/** Whom the offence protects: anyone; women and children only; children only (each law's own age). */
export const OFFENCE_VICTIMS = ['any', 'women_and_children', 'children'] as const;
export type OffenceVictims = (typeof OFFENCE_VICTIMS)[number];

/** Who the charge's victims are: adults, children, or both (recorded on the charge). */
export const CHARGE_VICTIMS = ['adults', 'children', 'both'] as const;
export type ChargeVictims = (typeof CHARGE_VICTIMS)[number];
/** The adult victims' sex, asked only where the offence protects women and children only. */
export const ADULT_VICTIMS_SEX = ['female', 'male', 'mixed'] as const;
export type AdultVictimsSex = (typeof ADULT_VICTIMS_SEX)[number];

export interface LegalElement {
  /** Short and stable within the offence: charges link evidence to (charge, element code). */
  code: string;
  text: string;
  /** The evidence that usually proves it without anyone testifying. */
  seek: readonly SeekKind[];
  /** Not to be proven when the victims are children (the means of trafficking, under the Palermo Protocol). */
  notRequiredForChildren?: true;
}

export interface Citation {
  law: string;
  /** As commonly cited; null where the number must be found in the current text. */
  section: string | null;
  /** Always true: to be checked against the current text by a lawyer of that country before use. */
  verify: true;
}

export interface Offence {
  /** Country, law and section, e.g. TH-ATIP-6. */
  code: string;
  country: Country;
  category: OffenceCategory;
  title: string;
  citation: Citation;
  victims: OffenceVictims;
  elements: readonly LegalElement[];
  notes: readonly string[];
}

/** A citation to be checked by a lawyer of the country before use. */
export const cite = (law: string, section: string | null): Citation => ({ law, section, verify: true });
