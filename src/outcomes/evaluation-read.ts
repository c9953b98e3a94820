import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import {
  compareWindows,
  type Measure,
  type MeasureId,
  notesFor,
  type Point,
  type Window,
  windowsAround,
} from './evaluation.ts';
import { type Reach, reaches, reachList } from './evaluation-scope.ts';
import { eventsNear, executionDay, placedEntities } from './evaluation-store.ts';
import { placeAt } from './filters.ts';

// Before/after for an operation (its target site's point and the day it was carried out) or for a point and a day.
// Operations are offered by code name, day and province only (never the target's name): those of the agencies the
// evaluator reaches. The figures count every agency's records in the place, like the other indicators.

type Q = Kysely<Database>;

export interface EvaluableOperation {
  id: string;
  codeName: string;
  status: string;
  day: string | null;
  province: string | null;
  country: string | null;
  /** Whether its target has a point on the map (without one it cannot be evaluated). */
  located: boolean;
}

async function reachedOperations(db: Q, reach: Reach, id?: string) {
  const list = reachList(reach);
  let q = db
    .selectFrom('operations')
    .select([
      'id',
      'agency_id',
      'code_name',
      'status',
      'target_entity_id',
      'started_at',
      'concluded_at',
      'starts_at',
    ])
    .where('status', 'in', ['executing', 'concluded']);
  if (list) q = q.where('agency_id', 'in', list.length ? list : ['00000000-0000-0000-0000-000000000000']);
  if (id) q = q.where('id', '=', id);
  return q.orderBy('started_at', 'desc').execute();
}

export async function evaluableOperations(db: Q, reach: Reach): Promise<EvaluableOperation[]> {
  const ops = await reachedOperations(db, reach);
  const placed = await placedEntities(db);
  return ops.map((o) => {
    const p = o.target_entity_id ? placed.get(o.target_entity_id) : undefined;
    const place = p ? placeAt(p.lat, p.lon) : { country: null, province: null };
    return {
      id: o.id,
      codeName: o.code_name,
      status: o.status,
      day: executionDay(o),
      province: place.province,
      country: place.country,
      located: p !== undefined,
    };
  });
}

export interface BeforeAfterInput {
  operationId?: string | undefined;
  lat?: number | undefined;
  lon?: number | undefined;
  day?: string | undefined;
  days: number;
  radiusKm: number;
  checkpointKm: number;
}

export interface BeforeAfter {
  operation: { id: string; codeName: string } | null;
  centre: Point;
  radiusKm: number;
  province: string | null;
  country: string | null;
  day: string;
  days: number;
  before: Window;
  after: Window;
  measures: Measure[];
  checkpoints: string[];
  notes: ReturnType<typeof notesFor>;
}

async function operationPoint(db: Q, reach: Reach, id: string) {
  const [op] = await reachedOperations(db, reach, id);
  if (!op || !reaches(reach, op.agency_id)) throw new AppError('not_found', 'operationId: no such operation');
  const p = op.target_entity_id ? (await placedEntities(db)).get(op.target_entity_id) : undefined;
  if (!p)
    throw new AppError(
      'validation_failed',
      `operationId: the target of ${op.code_name} has no point on the map; pick the place on the map instead`,
    );
  const day = executionDay(op);
  if (!day) throw new AppError('validation_failed', `operationId: ${op.code_name} has not been carried out`);
  return { op: { id: op.id, codeName: op.code_name }, point: p, day };
}

export async function beforeAfter(
  db: Q,
  reach: Reach,
  input: BeforeAfterInput,
  today: string,
): Promise<BeforeAfter> {
  let operation: BeforeAfter['operation'] = null;
  let centre: Point;
  let day: string;
  if (input.operationId) {
    const found = await operationPoint(db, reach, input.operationId);
    operation = found.op;
    centre = found.point;
    day = input.day ?? found.day;
  } else {
    if (input.lat === undefined || input.lon === undefined || !input.day)
      throw new AppError('validation_failed', 'either operationId, or lat, lon and day, must be given');
    centre = { lat: input.lat, lon: input.lon };
    day = input.day;
  }
  const w = windowsAround(day, input.days);
  const { events, checkpoints } = await eventsNear(
    db,
    { centre, radiusKm: input.radiusKm, checkpointKm: input.checkpointKm },
    { from: w.before.from, to: w.after.to },
    operation?.id ?? null,
  );
  const skip = new Set<MeasureId>(checkpoints.length ? [] : ['crossings']);
  const place = placeAt(centre.lat, centre.lon);
  return {
    operation,
    centre,
    radiusKm: input.radiusKm,
    province: place.province,
    country: place.country,
    day,
    days: input.days,
    ...w,
    measures: compareWindows(events, w, skip),
    checkpoints,
    notes: notesFor({
      after: w.after,
      today,
      operationExcluded: operation !== null,
      checkpoints: checkpoints.length,
      checkpointKm: input.checkpointKm,
    }),
  };
}
