import type { CountryCode } from './countries.ts';

/** A point in WGS84 decimal degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/**
 * The roles a place plays in trafficking and migration in the region:
 * - `capital`: the national capital.
 * - `source`: a rural area many migrants and victims come from.
 * - `transit`: a hub people pass through on the way somewhere else.
 * - `destination`: where people end up working (and may be exploited).
 * - `border`: a border town with a crossing.
 * - `port`: a fishing port or seaport.
 * - `industrial`: factories, seafood processing.
 * - `tourism` / `entertainment`: tourist resorts; bars, karaoke and the sex industry.
 * - `sez`: a special economic zone or casino enclave (where scam compounds cluster).
 * - `agriculture`, `construction`: large employers of migrant labour.
 */
export const TOWN_TAGS = [
  'capital',
  'source',
  'transit',
  'destination',
  'border',
  'port',
  'industrial',
  'tourism',
  'entertainment',
  'sez',
  'agriculture',
  'construction',
] as const;
export type TownTag = (typeof TOWN_TAGS)[number];

export interface Town extends LatLon {
  /** `<country code in lower case>-<slug of the name>`, e.g. `th-mae-sot`. */
  readonly id: string;
  /** English / Latin-script name. */
  readonly name: string;
  /** The name in the country's own script (Vietnamese: Latin with diacritics). */
  readonly nativeName?: string;
  readonly country: CountryCode;
  /** First-level division (province, state, region, municipality), in English. */
  readonly province: string;
  readonly tags: readonly TownTag[];
}

export const CROSSING_KINDS = ['bridge', 'road', 'river', 'rail'] as const;
export type CrossingKind = (typeof CROSSING_KINDS)[number];

export interface Crossing extends LatLon {
  readonly id: string;
  readonly name: string;
  /** Town ids on either side; `from` lies in `countries[0]`, `to` in `countries[1]`. */
  readonly from: string;
  readonly to: string;
  readonly countries: readonly [CountryCode, CountryCode];
  readonly kind: CrossingKind;
  /** A natural or unofficial crossing (river landings, field paths) rather than a checkpoint. */
  readonly informal: boolean;
}

export const SECTORS = [
  'fishing',
  'seafood_processing',
  'sex_work',
  'karaoke',
  'agriculture',
  'construction',
  'domestic_work',
  'factory',
  'scam_compound',
  'forced_marriage',
  'begging',
] as const;
export type Sector = (typeof SECTORS)[number];

export interface Route {
  readonly id: string;
  readonly name: string;
  /** Town ids in travel order: origin first, place of exploitation last. */
  readonly stops: readonly string[];
  /** Crossing ids used between consecutive stops in different countries (alternatives allowed). */
  readonly crossings: readonly string[];
  /** Where people on this route end up working. */
  readonly sectors: readonly Sector[];
  /** Relative frequency among all routes; only ratios matter. */
  readonly weight: number;
}
