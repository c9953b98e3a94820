import type { CountryCode } from './countries.ts';
import { CROSSINGS } from './crossings.ts';
import { ROUTES } from './routes.ts';
import { TOWNS, type TownId } from './towns.ts';
import type { Crossing, Route, Town, TownTag } from './types.ts';

export * from './countries.ts';
export * from './crossings.ts';
export * from './geo.ts';
export * from './routes.ts';
export * from './towns.ts';
export * from './types.ts';

const TOWN_BY_ID = new Map<string, Town>(TOWNS.map((t) => [t.id, t]));
const CROSSING_BY_ID = new Map<string, Crossing>(CROSSINGS.map((c) => [c.id, c]));
const ROUTE_BY_ID = new Map<string, Route>(ROUTES.map((r) => [r.id, r]));

/** The town with this id; a known id always has one, any other string may not. */
export function townById(id: TownId): Town;
export function townById(id: string): Town | undefined;
export function townById(id: string): Town | undefined {
  return TOWN_BY_ID.get(id);
}

export function crossingById(id: string): Crossing | undefined {
  return CROSSING_BY_ID.get(id);
}

export function routeById(id: string): Route | undefined {
  return ROUTE_BY_ID.get(id);
}

/** The towns of a country, optionally only those with a tag, in list order. */
export function townsIn(country: CountryCode, tag?: TownTag): Town[] {
  return TOWNS.filter((t: Town) => t.country === country && (tag === undefined || t.tags.includes(tag)));
}

/** The crossings on the border between two countries, in either direction, formal checkpoints first. */
export function crossingsBetween(a: CountryCode, b: CountryCode): Crossing[] {
  return CROSSINGS.filter(
    (c: Crossing) =>
      (c.countries[0] === a && c.countries[1] === b) || (c.countries[0] === b && c.countries[1] === a),
  );
}
