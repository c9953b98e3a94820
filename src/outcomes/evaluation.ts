import { distanceKm } from '../world/places/index.ts';
import { MEASURE_IDS, type MeasureId } from './evaluation-wire.ts';

// Before and after an intervention (issue 17, point 6): what happened in a place in two equal windows of days,
// one ending the day before the intervention and one starting the day after (the day itself is in neither). Plain
// functions over dated events; the database loader is evaluation-store.ts. Before and after is not proof of effect:
// without a comparison place where nothing was done (a counterfactual), a change may come from anything else that
// changed at the same time (a new hotline, a season, a move of the business next door).

export const DAY_MS = 86_400_000;

export interface Window {
  from: string;
  to: string;
}

/** Shifts a day (YYYY-MM-DD) by whole days. */
export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The two windows around a day, `days` long each, both ends counted; the day itself belongs to neither. */
export function windowsAround(day: string, days: number): { before: Window; after: Window } {
  return {
    before: { from: addDays(day, -days), to: addDays(day, -1) },
    after: { from: addDays(day, 1), to: addDays(day, days) },
  };
}

export const within = (w: Window, day: string | null): boolean =>
  day !== null && day >= w.from && day <= w.to;

export interface Point {
  lat: number;
  lon: number;
}

export const near = (centre: Point, p: { lat: number | null; lon: number | null }, km: number): boolean =>
  p.lat !== null && p.lon !== null && distanceKm(centre, { lat: p.lat, lon: p.lon }) <= km;

/** A box around a point that holds every point within `km` of it (to narrow a query before measuring distances). */
export function boxAround(p: Point, km: number) {
  const dLat = km / 110.5 + 0.01;
  const dLon = km / (111.3 * Math.max(0.05, Math.cos((p.lat * Math.PI) / 180))) + 0.01;
  return { south: p.lat - dLat, north: p.lat + dLat, west: p.lon - dLon, east: p.lon + dLon };
}

export { MEASURE_IDS, type MeasureId };

/** One dated event that counts for a measure. */
export interface Dated {
  measure: MeasureId;
  day: string | null;
  /** How much it adds (default 1). */
  n?: number;
}

export interface Measure {
  id: MeasureId;
  before: number;
  after: number;
  /** after − before. */
  change: number;
}

/** Counts the events of each measure in each window; measures left out (`skip`) are not reported. */
export function compareWindows(
  events: readonly Dated[],
  w: { before: Window; after: Window },
  skip: ReadonlySet<MeasureId> = new Set(),
): Measure[] {
  return MEASURE_IDS.filter((id) => !skip.has(id)).map((id) => {
    const mine = events.filter((e) => e.measure === id);
    const sum = (win: Window) => mine.filter((e) => within(win, e.day)).reduce((a, e) => a + (e.n ?? 1), 0);
    const before = sum(w.before);
    const after = sum(w.after);
    return { id, before, after, change: after - before };
  });
}

/** What goes with the answer (the screens word it): the window after not over yet, what is left out, crossings. */
export function notesFor(opts: {
  after: Window;
  today: string;
  operationExcluded: boolean;
  checkpoints: number;
  checkpointKm: number;
}) {
  const running = opts.after.to >= opts.today;
  return {
    after: !running
      ? ('over' as const)
      : opts.after.from > opts.today
        ? ('not_started' as const)
        : ('running' as const),
    daysLeft: running ? Math.round((Date.parse(opts.after.to) - Date.parse(opts.today)) / DAY_MS) + 1 : 0,
    operationExcluded: opts.operationExcluded,
    checkpoints: opts.checkpoints,
    checkpointKm: opts.checkpointKm,
  };
}
