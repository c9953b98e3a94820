import type { Nationality } from './names/index.ts';
import * as places from './places/index.ts';

/** The parts of the region's geography the generator uses, read once from `places/`. */
export interface Town {
  idx: number;
  id: string;
  name: string;
  country: Nationality;
  lat: number;
  lon: number;
  tags: ReadonlySet<string>;
}

export interface Route {
  id: string;
  name: string;
  stops: number[];
  crossings: string[];
  sectors: readonly string[];
  weight: number;
}

export interface Crossing {
  id: string;
  name: string;
  lat: number;
  lon: number;
  countries: [Nationality, Nationality];
  informal: boolean;
}

export interface Geography {
  towns: Town[];
  routes: Route[];
  crossings: Crossing[];
  townIdx: ReadonlyMap<string, number>;
}

/** Offsets of each country's local time from UTC, in minutes (Myanmar keeps half an hour). */
export const UTC_OFFSET_MIN: Record<Nationality, number> = {
  TH: 420,
  KH: 420,
  LA: 420,
  VN: 420,
  MM: 390,
  CN: 480,
};

export function loadGeography(): Geography {
  const towns: Town[] = places.TOWNS.map((t, idx) => ({
    idx,
    id: t.id,
    name: t.name,
    country: t.country as Nationality,
    lat: t.lat,
    lon: t.lon,
    tags: new Set<string>(t.tags),
  }));
  const townIdx = new Map(towns.map((t) => [t.id, t.idx]));
  const routes: Route[] = places.ROUTES.map((r) => ({
    id: r.id,
    name: r.name,
    stops: r.stops.map((s) => townIdx.get(s) ?? -1).filter((i) => i >= 0),
    crossings: [...r.crossings],
    sectors: [...r.sectors],
    weight: r.weight,
  }));
  const crossings: Crossing[] = places.CROSSINGS.map((c) => ({
    id: c.id,
    name: c.name,
    lat: c.lat,
    lon: c.lon,
    countries: [
      towns[townIdx.get(c.from) ?? 0]?.country ?? 'TH',
      towns[townIdx.get(c.to) ?? 0]?.country ?? 'TH',
    ],
    informal: Boolean(c.informal),
  }));
  return { towns, routes, crossings, townIdx };
}
