import { z } from 'zod';
import { day, line, uuid } from '../platform/text.ts';
import { distanceKm, TOWNS } from '../world/places/index.ts';

// The filters of the outcome indicators, and the facts of one counted unit (an operation, a person screened, a
// charge, a tip…) that they narrow on. A unit that has no value for a dimension (a tip has no sex) is not narrowed
// by a filter on it; the table says which filters it was not narrowed by. A person whose sex or age was not
// recorded counts as "unknown", which a filter can ask for.

export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const SEXES = ['female', 'male', 'other', 'undisclosed', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export const EXPLOITATIONS = [
  'labour',
  'sexual',
  'forced_criminality',
  'begging',
  'forced_marriage',
  'domestic_servitude',
  'other',
  'unknown',
] as const;

/** The query of GET /api/outcomes/indicators; every filter optional. */
export const filtersQuery = z.strictObject({
  from: day().optional(),
  to: day().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code, e.g. TH')
    .optional(),
  province: line(100).optional(),
  agency: uuid.optional(),
  exploitation: z.enum(EXPLOITATIONS).optional(),
  sex: z.enum(SEXES).optional(),
  age: z.enum(AGE_GROUPS).optional(),
});
export type Filters = z.output<typeof filtersQuery>;
export const FILTER_NAMES = Object.keys(filtersQuery.shape) as (keyof Filters)[];

/** Where a unit happened: a country code and a first-level division, either of them unknown (null). */
export interface Place {
  country: string | null;
  province: string | null;
}

/** What a counted unit is, for the filters: absent fields are dimensions the unit does not have. */
export interface UnitFacts {
  /** The day it happened (YYYY-MM-DD), or null when not yet (an operation not concluded). */
  on: string | null;
  place: Place;
  /** Every agency whose work it is (the one holding it, the operation it came from…). */
  agencies: readonly string[];
  /** The kinds of exploitation it concerns; empty: not known. */
  exploitation: readonly string[];
  sex?: Sex;
  age?: AgeGroup;
}

const PERSON_FILTERS = ['sex', 'age'] as const;

/** The filters set that a unit of this kind cannot be narrowed by (sex and age, for units that are not people). */
export function unfilteredBy(filters: Filters, person: boolean): string[] {
  return person ? [] : PERSON_FILTERS.filter((f) => filters[f] !== undefined);
}

/** Whether the unit passes every filter that applies to it. */
export function passes(u: UnitFacts, f: Filters): boolean {
  if ((f.from || f.to) && u.on === null) return false;
  if (f.from && u.on !== null && u.on < f.from) return false;
  if (f.to && u.on !== null && u.on > f.to) return false;
  if (f.country && u.place.country !== f.country) return false;
  if (f.province && (u.place.province ?? '').toLowerCase() !== f.province.toLowerCase()) return false;
  if (f.agency && !u.agencies.includes(f.agency)) return false;
  if (f.exploitation && !(u.exploitation.length ? u.exploitation : ['unknown']).includes(f.exploitation))
    return false;
  if (f.sex && u.sex !== undefined && u.sex !== f.sex) return false;
  if (f.age && u.age !== undefined && u.age !== f.age) return false;
  return true;
}

/** Child under 18, adult, or unknown (no age, or an age in doubt: a doubted age is not counted as adult). */
export function ageGroup(age: number | null | undefined, doubtful = false): AgeGroup {
  if (age === null || age === undefined) return 'unknown';
  if (age < 18) return 'child';
  return doubtful ? 'unknown' : 'adult';
}

export function sexOf(s: string | null | undefined): Sex {
  return (SEXES as readonly string[]).includes(s ?? '') ? (s as Sex) : 'unknown';
}

export const dayOf = (d: Date | string | null | undefined): string | null =>
  d === null || d === undefined ? null : new Date(d).toISOString().slice(0, 10);

/** Farther than this from every known town, a point is given no province. */
export const PROVINCE_REACH_KM = 150;

/** The province (and country) of the nearest known town to a point, within reach; unknown otherwise. */
export function placeAt(lat: number | null | undefined, lon: number | null | undefined): Place {
  if (lat === null || lat === undefined || lon === null || lon === undefined) return unknownPlace;
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return unknownPlace;
  let best: { km: number; town: (typeof TOWNS)[number] } | null = null;
  for (const town of TOWNS) {
    const km = distanceKm({ lat, lon }, town);
    if (!best || km < best.km) best = { km, town };
  }
  if (!best || best.km > PROVINCE_REACH_KM) return unknownPlace;
  return { country: best.town.country, province: best.town.province };
}

export const unknownPlace: Place = { country: null, province: null };

/** A place from a point when there is one, else from a country code alone. */
export function placeOf(point: { lat?: number | null; lon?: number | null }, country?: string | null): Place {
  const p = placeAt(point.lat, point.lon);
  if (p.country !== null && (!country || p.country === country)) return p;
  return { country: country ?? null, province: null };
}
