import { distanceKm } from '../world/places/index.ts';
import { MEASURES, type MeasureId } from './evaluation-wire.ts';

// Before and after an intervention (issue 17, point 6): what happened in a place in two equal windows of days,
// one ending the day before the intervention and one starting the day after (the day itself is in neither). Plain
// functions over dated events; the database loader is evaluation-store.ts. Before and after is not proof of effect:
// without a comparison place where nothing was done (a counterfactual), a change may come from anything else that
// changed at the same time (a new hotline, a season, a move of the business next door).

export const CAVEAT =
  'Before and after is not proof of effect. There is no comparison with a place where nothing was done, so a change ' +
  'may have other causes (the season, more or fewer people reporting, a business moving elsewhere). Read these ' +
  'figures as a description of the place, not as the result of the intervention.';

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

export { MEASURES, type MeasureId };

/** One dated event that counts for a measure. */
export interface Dated {
  measure: MeasureId;
  day: string | null;
  /** How much it adds (default 1). */
  n?: number;
}

export interface Measure {
  id: MeasureId;
  label: string;
  before: number;
  after: number;
  /** after − before. */
  change: number;
  /** The change in words: "up 3", "down 2", "no change". */
  said: string;
}

export function saidChange(before: number, after: number): string {
  const d = after - before;
  if (d === 0) return 'no change';
  const pct = before > 0 ? ` (${d > 0 ? '+' : '−'}${Math.round((Math.abs(d) / before) * 100)}%)` : '';
  return `${d > 0 ? 'up' : 'down'} ${Math.abs(d)}${pct}`;
}

/** Counts the events of each measure in each window; measures left out (`skip`) are not reported. */
export function compareWindows(
  events: readonly Dated[],
  w: { before: Window; after: Window },
  skip: ReadonlySet<MeasureId> = new Set(),
): Measure[] {
  return MEASURES.filter(([id]) => !skip.has(id)).map(([id, label]) => {
    const mine = events.filter((e) => e.measure === id);
    const sum = (win: Window) => mine.filter((e) => within(win, e.day)).reduce((a, e) => a + (e.n ?? 1), 0);
    const before = sum(w.before);
    const after = sum(w.after);
    return { id, label, before, after, change: after - before, said: saidChange(before, after) };
  });
}

/** Notes that go with the answer, in words: what is left out, and a window not over yet. */
export function notesFor(opts: {
  after: Window;
  today: string;
  operationExcluded: boolean;
  checkpoints: number;
  checkpointKm: number;
}): string[] {
  const notes: string[] = [];
  if (opts.after.to >= opts.today) {
    const left = Math.round((Date.parse(opts.after.to) - Date.parse(opts.today)) / DAY_MS) + 1;
    notes.push(
      opts.after.from > opts.today
        ? 'The window after has not started yet: its figures are all zero.'
        : `The window after is not over yet (${left} day${left === 1 ? '' : 's'} to go): its figures will still grow.`,
    );
  }
  if (opts.operationExcluded)
    notes.push(
      'The operation itself and the people screened after it are counted in neither window; other operations in the area are.',
    );
  notes.push(
    opts.checkpoints === 0
      ? `No border crossing point lies within ${opts.checkpointKm} km: crossings are not counted.`
      : `Crossings are counted at the ${opts.checkpoints} crossing point${opts.checkpoints === 1 ? '' : 's'} within ${opts.checkpointKm} km.`,
  );
  return notes;
}
