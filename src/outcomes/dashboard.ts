import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { COUNTRIES, TOWNS } from '../world/places/index.ts';
import { FILTER_NAMES, type Filters } from './filters.ts';
import { wordCode } from './indicator-codes.ts';
import { type IndicatorFigures, type IndicatorTable, indicatorFigures } from './indicators.ts';
import { breakdown } from './indicators-shape.ts';
import { DEFAULT_K, type PublishedTable, suppressTables } from './suppression.ts';

// The figures of the outcomes dashboard and of its printed report: the indicator tables for the filters chosen,
// protected against small cells by the publication's suppression (src/outcomes/suppression.ts) before they leave
// the server, so a screen never shows a count from 1 to k-1: a hidden figure is null, and the screens say
// "fewer than k". Medians of fewer than k values are hidden likewise. The map's figures by province are tables of
// their own, suppressed the same way.

type Q = Kysely<Database>;

export interface ShownTable extends PublishedTable {
  /** Filters asked for that this table's units cannot be narrowed by (a tip has no sex). */
  unfiltered: string[];
}

export interface ShownMedian {
  id: string;
  title: string;
  /** Null when there is none, or when it is the median of fewer than k values. */
  days: number | null;
  /** How many values; null when fewer than k. */
  of: number | null;
}

export interface DashboardFigures {
  k: number;
  /** The names of the filters used. */
  filters: string[];
  tables: ShownTable[];
  medians: ShownMedian[];
  /** How many figures are hidden, over all tables. */
  hidden: number;
}

export const filtersUsed = (f: Filters) => FILTER_NAMES.filter((n) => f[n] !== undefined);

/** Tables protected for showing: hidden figures null, with what each table could not be narrowed by. */
export function protectForShowing(tables: readonly IndicatorTable[], k: number): ShownTable[] {
  const { tables: published } = suppressTables(tables, { k });
  return published.map((p, i) => ({ ...p, unfiltered: tables[i]?.unfiltered ?? [] }));
}

/** How many figures of a protected table are hidden (cells, margins, and a breakdown's total). */
export const hiddenIn = (t: PublishedTable) =>
  t.cells.filter((c) => c.count === null).length +
  t.margins.filter((m) => m.count === null).length +
  (t.kind === 'breakdown' && t.total === null ? 1 : 0);

/** A median of fewer than k values is withheld, and so is how many values it is of (itself a small count). */
export const protectMedians = (medians: IndicatorFigures['medians'], k: number): ShownMedian[] =>
  medians.map((m) => (m.of > 0 && m.of < k ? { ...m, days: null, of: null } : { ...m }));

export async function dashboardFigures(
  db: Q,
  filters: Filters,
  opts: { k?: number; now?: Date } = {},
): Promise<DashboardFigures> {
  const k = opts.k ?? DEFAULT_K;
  const figures = await indicatorFigures(db, filters, opts.now ?? new Date());
  const tables = protectForShowing(figures.tables, k);
  const medians = protectMedians(figures.medians, k);
  return {
    k,
    filters: filtersUsed(filters),
    tables,
    medians,
    hidden: tables.reduce((a, t) => a + hiddenIn(t), 0),
  };
}

// --- The map: a few headline figures by province.

/** The figures the map shows by province: [table id, stage, words]. */
export const MAP_MEASURES = [
  ['protection', 'removed', 'people removed in operations'],
  ['protection', 'presumed victims', 'presumed victims identified'],
  ['justice', 'arrests', 'arrests'],
  ['tips', 'received', 'tips received'],
] as const;

export interface ProvincePoint {
  country: string;
  province: string;
  lat: number;
  lon: number;
  /** One figure per measure, in MAP_MEASURES order; null when hidden (fewer than k, or hidden with one). */
  counts: (number | null)[];
}

export interface MapFigures {
  k: number;
  measures: { id: string; code: string; words: string }[];
  provinces: ProvincePoint[];
}

/** Each province of the region with the middle of its known towns. */
export function provinceCentres(): { country: string; province: string; lat: number; lon: number }[] {
  const by = new Map<string, { country: string; province: string; lat: number; lon: number; n: number }>();
  for (const t of TOWNS) {
    const key = `${t.country}|${t.province}`;
    const p = by.get(key) ?? { country: t.country, province: t.province, lat: 0, lon: 0, n: 0 };
    p.lat += t.lat;
    p.lon += t.lon;
    p.n += 1;
    by.set(key, p);
  }
  return [...by.values()].map(({ n, ...p }) => ({ ...p, lat: p.lat / n, lon: p.lon / n }));
}

const measureCounts = (tables: readonly IndicatorTable[]) =>
  MAP_MEASURES.map(
    ([id, stage]) => tables.find((t) => t.id === id)?.cells.find((c) => c.key[0] === stage)?.count ?? 0,
  );

/**
 * The headline figures for each province (with the other filters applied), those with nothing left out, each
 * measure suppressed as a table by province. Counted country by country first, then province by province only in
 * the countries that have something, since each count reads the indicators again.
 */
export async function mapFigures(
  db: Q,
  filters: Filters,
  opts: { k?: number; now?: Date } = {},
): Promise<MapFigures> {
  const k = opts.k ?? DEFAULT_K;
  const now = opts.now ?? new Date();
  const count = async (f: Filters) => measureCounts((await indicatorFigures(db, f, now)).tables);
  const centres = provinceCentres().filter(
    (p) =>
      (!filters.country || p.country === filters.country) &&
      (!filters.province || p.province.toLowerCase() === filters.province.toLowerCase()),
  );
  const countries = [...new Set(centres.map((p) => p.country))];
  const found: { centre: (typeof centres)[number]; counts: number[] }[] = [];
  for (const country of countries) {
    const here = centres.filter((p) => p.country === country);
    if (here.length > 1 && (await count({ ...filters, country })).every((n) => n === 0)) continue;
    for (const centre of here) {
      const counts = await count({ ...filters, country, province: centre.province });
      if (counts.some((n) => n > 0)) found.push({ centre, counts });
    }
  }
  const keys = found.map((f) => [`${f.centre.province}, ${f.centre.country}`]);
  const tables = MAP_MEASURES.map(([id, stage, words], m) =>
    breakdown(
      `map-${id}-${stage}`,
      `${words} by province`,
      [['province', keys.map((key) => key[0] as string)]],
      found.map((f, i) => ({ key: keys[i] as string[], n: f.counts[m] ?? 0 })),
      [],
    ),
  );
  const shown = protectForShowing(tables, k);
  return {
    k,
    measures: MAP_MEASURES.map(([id, stage, words]) => ({
      id: `${id}:${stage}`,
      code: wordCode(words),
      words,
    })),
    provinces: found.map((f, i) => ({
      ...f.centre,
      counts: shown.map((t) => t.cells[i]?.count ?? null),
    })),
  };
}

/** The filters in words, for a report's heading ("Province: Samut Sakhon; sex: female"). */
export function filtersInWords(f: Filters, agencyName?: string | null): string[] {
  const out: string[] = [];
  if (f.from || f.to) out.push(`Period: ${f.from ?? 'the beginning'} to ${f.to ?? 'today'}`);
  if (f.country) out.push(`Country: ${COUNTRIES.find((c) => c.code === f.country)?.name ?? f.country}`);
  if (f.province) out.push(`Province: ${f.province}`);
  if (f.agency) out.push(`Agency: ${agencyName ?? 'one agency'}`);
  if (f.exploitation) out.push(`Exploitation: ${f.exploitation.replaceAll('_', ' ')}`);
  if (f.sex) out.push(`Sex: ${f.sex}`);
  if (f.age) out.push(`Age group: ${f.age}`);
  return out;
}
