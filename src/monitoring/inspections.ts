import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { followUpsDue, type InspectionKind } from './inspection-catalogue.ts';
import {
  auditInspection,
  auditRead,
  inspectionIn,
  nextRef,
  ownedInspection,
  type Q,
  usersWith,
} from './inspection-store.ts';
import { visitResent } from './inspection-sync.ts';

// Labour inspections of a labour agency: planned, unannounced or following up an earlier one; the workplace as the
// inspector records it; the inspectors on it (users of the agency who record inspections); the visit with the
// workers present, once every inspector on it has stated they have no interest in the workplace or its employer
// (src/monitoring/inspection-independence.ts); then closed. Own agency only; every change and read audited with
// ids and counts.

const NONE = '00000000-0000-0000-0000-000000000000';

export interface WorkplaceInput {
  name: string;
  sector: string;
  employer: string;
  address: string;
  lat: number | null;
  lon: number | null;
  country: string;
}

export interface PlanInput {
  kind: InspectionKind;
  followsId?: string | undefined;
  plannedOn: string;
  /** Required, except for a follow-up, which takes the workplace of the inspection it follows when left out. */
  workplace?: WorkplaceInput | undefined;
  /** Users of the agency on the inspection besides the one planning it. */
  inspectorIds?: string[] | undefined;
}

function checkPoint(w: WorkplaceInput) {
  if ((w.lat === null) !== (w.lon === null))
    throw new AppError('validation_failed', 'workplace.lat: give both latitude and longitude, or neither');
}

/** The agency's users who may be on an inspection (they record inspections); refused by id otherwise. */
async function checkInspectors(q: Q, actor: Actor, ids: readonly string[]) {
  const allowed = new Set((await usersWith(q, 'monitoring.write', actor.agencyId ?? NONE)).map((u) => u.id));
  const wrong = ids.filter((id) => !allowed.has(id));
  if (wrong.length)
    throw new AppError(
      'validation_failed',
      `inspectorIds: ${wrong.length} of the people named do not record inspections in your agency`,
    );
}

/** Plans an inspection; the one planning it is on it. Its ref is LI-<year>-<n>, numbered per agency. */
export async function planInspection(
  db: Kysely<Database>,
  actor: Actor,
  input: PlanInput,
  requestId: string,
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  if ((input.kind === 'follow_up') !== (input.followsId !== undefined))
    throw new AppError(
      'validation_failed',
      input.kind === 'follow_up'
        ? 'followsId: a follow-up names the inspection it follows'
        : 'followsId: only a follow-up visit follows another inspection',
    );
  return db.transaction().execute(async (trx) => {
    const follows = input.followsId
      ? await inspectionIn(
          trx,
          actor,
          input.followsId,
          ['visited', 'closed'],
          'only a visit made is followed up',
        )
      : null;
    const w =
      input.workplace ??
      (follows
        ? {
            name: follows.workplace_name,
            sector: follows.sector,
            employer: follows.employer,
            address: follows.address,
            lat: follows.lat,
            lon: follows.lon,
            country: follows.country,
          }
        : null);
    if (!w) throw new AppError('validation_failed', 'workplace: say which workplace is inspected');
    checkPoint(w);
    const others = [...new Set(input.inspectorIds ?? [])].filter((id) => id !== userId);
    await checkInspectors(trx, actor, others);
    const ref = await nextRef(trx, agencyId, Number(input.plannedOn.slice(0, 4)));
    const row = await trx
      .insertInto('labour_inspections')
      .values({
        agency_id: agencyId,
        ref,
        kind: input.kind,
        follows_id: follows?.id ?? null,
        planned_on: input.plannedOn,
        workplace_name: w.name,
        sector: w.sector,
        employer: w.employer,
        address: w.address,
        lat: w.lat,
        lon: w.lon,
        country: w.country,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('labour_inspection_inspectors')
      .values(
        [userId, ...others].map((u) => ({
          inspection_id: row.id,
          user_id: u,
          agency_id: agencyId,
          added_by: userId,
        })),
      )
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_plan', row.id, requestId, {
      kind: input.kind,
      follows: follows?.id ?? null,
      inspectors: others.length + 1,
    });
    return { id: row.id, ref };
  });
}

/** Corrects the workplace as recorded, until the inspection is closed. */
export async function updateWorkplace(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: WorkplaceInput & { plannedOn: string },
  requestId: string,
) {
  checkPoint(input);
  return db.transaction().execute(async (trx) => {
    await inspectionIn(trx, actor, id, ['planned', 'visited'], 'a closed inspection does not change');
    await trx
      .updateTable('labour_inspections')
      .set({
        planned_on: input.plannedOn,
        workplace_name: input.name,
        sector: input.sector,
        employer: input.employer,
        address: input.address,
        lat: input.lat,
        lon: input.lon,
        country: input.country,
      })
      .where('id', '=', id)
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_workplace', id, requestId);
    return { id };
  });
}

/** Puts another of the agency's inspectors on a planned inspection; they too must state their independence. */
export async function addInspector(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  userId: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await inspectionIn(trx, actor, id, ['planned'], 'inspectors are put on it before the visit');
    await checkInspectors(trx, actor, [userId]);
    const on = await trx
      .selectFrom('labour_inspection_inspectors')
      .select('removed_at')
      .where('inspection_id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (on)
      throw new AppError(
        'conflict',
        on.removed_at
          ? 'userId: this inspector declared a conflict of interest and was taken off this inspection'
          : 'userId: this inspector is already on the inspection',
      );
    await trx
      .insertInto('labour_inspection_inspectors')
      .values({
        inspection_id: id,
        user_id: userId,
        agency_id: actor.agencyId as string,
        added_by: actor.userId as string,
      })
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_inspector_add', id, requestId, { user: userId });
    return { id };
  });
}

export interface VisitInput {
  /** The id made on the phone: the visit sent again changes nothing. */
  id?: string | undefined;
  visitedOn: string;
  workers: { female: number; male: number; other: number; under18: number; migrant: number };
}

/**
 * Records the visit and the workers present (a visit already recorded has its counts corrected). Refused until
 * every inspector still on it has stated they have no interest in the workplace or its employer.
 */
export async function recordVisit(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  input: VisitInput,
  requestId: string,
) {
  const c = input.workers;
  const total = c.female + c.male + c.other;
  if (c.under18 > total || c.migrant > total)
    throw new AppError(
      'validation_failed',
      'workers: those under 18 and the migrants are counted among the women, men and others present',
    );
  if (input.visitedOn > today())
    throw new AppError('validation_failed', 'visitedOn: a visit is recorded once made, not before its day');
  return db.transaction().execute(async (trx) => {
    const row = await inspectionIn(
      trx,
      actor,
      id,
      ['planned', 'visited'],
      'a closed inspection does not change',
    );
    if (visitResent(row, input.id)) return { id, status: 'visited' as const, duplicate: true };
    const on = await trx
      .selectFrom('labour_inspection_inspectors')
      .select(['user_id', 'statement'])
      .where('inspection_id', '=', id)
      .where('removed_at', 'is', null)
      .execute();
    if (on.length === 0)
      throw new AppError(
        'conflict',
        'No inspector is left on this inspection: put one on it before the visit.',
      );
    const pending = on.filter((i) => i.statement !== 'no_interest').length;
    if (pending > 0)
      throw new AppError(
        'conflict',
        `Inspectors on ${row.ref} yet to state that they have no interest in this workplace or its employer: ${pending} of ${on.length}. The visit is recorded once all have.`,
      );
    await trx
      .updateTable('labour_inspections')
      .set({
        status: 'visited',
        visited_on: input.visitedOn,
        visited_by: actor.userId,
        visit_client_id: input.id ?? null,
        workers_female: c.female,
        workers_male: c.male,
        workers_other: c.other,
        workers_under18: c.under18,
        workers_migrant: c.migrant,
      })
      .where('id', '=', id)
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_visit', id, requestId, {
      present: total,
      under18: c.under18,
      migrant: c.migrant,
      corrected: row.status === 'visited',
    });
    return { id, status: 'visited' as const, duplicate: false };
  });
}

/** Closes a visited inspection: nothing more is recorded on it (a follow-up visit is a new inspection). */
export async function closeInspection(db: Kysely<Database>, actor: Actor, id: string, requestId: string) {
  return db.transaction().execute(async (trx) => {
    await inspectionIn(trx, actor, id, ['visited'], 'only a visited inspection is closed');
    await trx
      .updateTable('labour_inspections')
      .set({ status: 'closed', closed_at: new Date(), closed_by: actor.userId })
      .where('id', '=', id)
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_close', id, requestId);
    return { id, status: 'closed' as const };
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/** The agency's inspections, newest planned first, and the improvement orders due a follow-up visit. Audited. */
export async function listInspections(db: Kysely<Database>, actor: Actor, requestId: string, on = today()) {
  const agency = actor.agencyId ?? NONE;
  const rows = await db
    .selectFrom('labour_inspections')
    .select([
      'id',
      'ref',
      'kind',
      'status',
      'planned_on',
      'visited_on',
      'workplace_name',
      'sector',
      'follows_id',
    ])
    .where('agency_id', '=', agency)
    .orderBy('planned_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  const due = await dueFollowUps(db, agency, on);
  await auditRead(db, actor, 'monitoring.inspection_list', null, requestId, {
    returned: rows.length,
    followUpsDue: due.length,
  });
  const refs = new Map(rows.map((r) => [r.id, r.ref]));
  return {
    inspections: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      kind: r.kind,
      status: r.status,
      plannedOn: r.planned_on,
      visitedOn: r.visited_on,
      workplace: r.workplace_name,
      sector: r.sector,
      follows: r.follows_id ? { id: r.follows_id, ref: refs.get(r.follows_id) ?? null } : null,
    })),
    followUpsDue: due,
  };
}

/** Improvement orders of the agency whose deadline is reached without a follow-up visit. */
export async function dueFollowUps(db: Q, agencyId: string, on: string) {
  const orders = await db
    .selectFrom('labour_inspection_outcomes as o')
    .innerJoin('labour_inspections as i', 'i.id', 'o.inspection_id')
    .select(['o.id', 'o.inspection_id', 'o.deadline', 'i.ref', 'i.workplace_name'])
    .where('o.agency_id', '=', agencyId)
    .where('o.kind', '=', 'improvement_order')
    .where('o.deadline', '<=', on)
    .execute();
  if (orders.length === 0) return [];
  const followUps = await db
    .selectFrom('labour_inspections')
    .select(['id', 'ref', 'follows_id', 'status', 'visited_on'])
    .where(
      'follows_id',
      'in',
      orders.map((o) => o.inspection_id),
    )
    .orderBy('created_at')
    .execute();
  const workplace = new Map(orders.map((o) => [o.id, o.workplace_name]));
  return followUpsDue(
    orders.map((o) => ({
      inspectionId: o.inspection_id,
      ref: o.ref,
      outcomeId: o.id,
      deadline: o.deadline as string,
    })),
    followUps.map((f) => ({
      id: f.id,
      ref: f.ref,
      followsId: f.follows_id as string,
      status: f.status,
      visitedOn: f.visited_on,
    })),
    on,
  ).map((d) => ({ ...d, workplace: workplace.get(d.outcomeId) ?? '' }));
}

export { ownedInspection };
