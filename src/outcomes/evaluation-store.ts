import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { coordinate } from '../intel/map/located.ts';
import { CROSSINGS, distanceKm } from '../world/places/index.ts';
import {
  addDays,
  boxAround,
  type Dated,
  type MeasureId,
  near,
  type Point,
  type Window,
} from './evaluation.ts';
import { dayOf } from './filters.ts';

// The database loader of before/after (evaluation.ts): the dated events of every agency in a place, as counts'
// raw material only (a day and a measure, never a row about a person). What is read, and from where:
// - tips placed within the radius (a routed copy is the same tip: counted once), by the day received;
// - labour inspections visited within the radius, by their visit day, and the indicators of forced labour their
//   findings answer "observed";
// - operations on a site within the radius (by the day they were carried out) and the screenings that name one of
//   them as their source (by the day completed), presumed victims among them; the operation evaluated is left out;
// - intelligence reports naming an entity placed within the radius (report_mentions), by the day reported;
// - border crossings at the checkpoints within `checkpointKm`, by the day crossed.

type Q = Kysely<Database>;

export interface Area {
  centre: Point;
  radiusKm: number;
  checkpointKm: number;
}

/** Every entity with a point, and where (the facts are text: those that do not read as a coordinate are left out). */
export async function placedEntities(db: Q): Promise<Map<string, Point>> {
  const facts = await db
    .selectFrom('entity_facts')
    .select(['entity_id', 'attribute', 'value'])
    .where('attribute', 'in', ['lat', 'lon'])
    .orderBy('asserted_at')
    .execute();
  const partial = new Map<string, { lat: number | null; lon: number | null }>();
  for (const f of facts) {
    const p = partial.get(f.entity_id) ?? { lat: null, lon: null };
    if (f.attribute === 'lat') p.lat = coordinate(f.value, 90) ?? p.lat;
    else p.lon = coordinate(f.value, 180) ?? p.lon;
    partial.set(f.entity_id, p);
  }
  const out = new Map<string, Point>();
  for (const [id, p] of partial)
    if (p.lat !== null && p.lon !== null) out.set(id, { lat: p.lat, lon: p.lon });
  return out;
}

/** The day an operation was carried out: the day it started, else concluded, else planned. */
export const executionDay = (o: {
  started_at: Date | null;
  concluded_at: Date | null;
  starts_at: Date | null;
}): string | null => dayOf(o.started_at ?? o.concluded_at ?? o.starts_at);

export const checkpointsNear = (centre: Point, km: number) =>
  CROSSINGS.filter((c) => distanceKm(centre, c) <= km);

export async function eventsNear(
  db: Q,
  area: Area,
  span: Window,
  leaveOut: string | null,
): Promise<{ events: Dated[]; checkpoints: string[] }> {
  const { centre, radiusKm } = area;
  const box = boxAround(centre, radiusKm);
  const start = new Date(`${span.from}T00:00:00Z`);
  const end = new Date(`${addDays(span.to, 1)}T00:00:00Z`);
  const events: Dated[] = [];

  const tips = await db
    .selectFrom('tips')
    .select(['received_at', 'lat', 'lon'])
    .where('routed_from', 'is', null)
    .where('received_at', '>=', start)
    .where('received_at', '<', end)
    .where('lat', '>=', box.south)
    .where('lat', '<=', box.north)
    .where('lon', '>=', box.west)
    .where('lon', '<=', box.east)
    .execute();
  for (const t of tips)
    if (near(centre, t, radiusKm)) events.push({ measure: 'tips', day: dayOf(t.received_at) });

  const inspections = await db
    .selectFrom('labour_inspections as i')
    .select([
      'i.visited_on',
      'i.lat',
      'i.lon',
      (eb) =>
        eb
          .selectFrom('labour_inspection_findings as f')
          .select(eb.fn.countAll<string>().as('n'))
          .whereRef('f.inspection_id', '=', 'i.id')
          .where('f.answer', '=', 'observed')
          .as('observed'),
    ])
    .where('i.visited_on', '>=', span.from)
    .where('i.visited_on', '<=', span.to)
    .where('i.lat', '>=', box.south)
    .where('i.lat', '<=', box.north)
    .where('i.lon', '>=', box.west)
    .where('i.lon', '<=', box.east)
    .execute();
  for (const i of inspections) {
    if (!near(centre, i, radiusKm)) continue;
    events.push({ measure: 'inspections', day: i.visited_on });
    events.push({ measure: 'inspection-signs', day: i.visited_on, n: Number(i.observed ?? 0) });
  }

  const placed = await placedEntities(db);
  const here = [...placed].filter(([, p]) => distanceKm(centre, p) <= radiusKm).map(([id]) => id);
  if (here.length) {
    const ops = (
      await db
        .selectFrom('operations')
        .select(['id', 'started_at', 'concluded_at', 'starts_at'])
        .where('target_entity_id', 'in', here)
        .where('status', 'in', ['executing', 'concluded'])
        .execute()
    ).filter((o) => o.id !== leaveOut);
    for (const o of ops) events.push({ measure: 'operations', day: executionDay(o) });
    if (ops.length) {
      const screenings = await db
        .selectFrom('screenings')
        .select(['completed_at', 'evaluation'])
        .where(
          'source_operation_id',
          'in',
          ops.map((o) => o.id),
        )
        .where('status', '=', 'completed')
        .execute();
      for (const s of screenings) {
        const day = dayOf(s.completed_at);
        events.push({ measure: 'screened', day });
        if ((s.evaluation as { outcome?: string } | null)?.outcome === 'presumed_trafficked')
          events.push({ measure: 'presumed', day });
      }
    }
    const reports = await db
      .selectFrom('report_mentions as m')
      .innerJoin('intel_reports as r', 'r.id', 'm.report_id')
      .select(['r.id', 'r.reported_on'])
      .distinct()
      .where('m.entity_id', 'in', here)
      .where('r.reported_on', '>=', span.from)
      .where('r.reported_on', '<=', span.to)
      .execute();
    for (const r of reports) events.push({ measure: 'reports', day: dayOf(r.reported_on) });
  }

  const checkpoints = checkpointsNear(centre, area.checkpointKm);
  if (checkpoints.length) {
    const crossings = await db
      .selectFrom('crossings')
      .select(['crossed_at'])
      .where(
        'checkpoint_id',
        'in',
        checkpoints.map((c) => c.id),
      )
      .where('crossed_at', '>=', start)
      .where('crossed_at', '<', end)
      .execute();
    for (const c of crossings) events.push({ measure: 'crossings', day: dayOf(c.crossed_at) });
  }
  return { events, checkpoints: checkpoints.map((c) => c.name) };
}

export type { MeasureId };
