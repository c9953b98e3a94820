import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { DAY_MS } from './evaluation.ts';
import type { memberInput, trainingInput, unitInput } from './evaluation-bodies.ts';
import { type Reach, reachList } from './evaluation-scope.ts';
import { UNIT_KINDS, type UnitKind } from './evaluation-wire.ts';
import { type Credit, creditUnits, type Stint } from './units-credit.ts';

// The specialist units of an agency (issue 17, point 6): their roster (the agency's own staff, with the days they
// joined and left: tenure), their training records (course, provider, day, per member), and the outcomes credited to
// them (units-credit.ts). The agency's administrators (user.update) keep units, roster and training; evaluators
// (outcomes.read) read those of their own agency and of the agencies their agency oversees. Roster names are staff
// names (the users' display names), never a victim's. Every change audited with ids only.

type Q = Kysely<Database>;

export { UNIT_KINDS, type UnitKind };

export interface RosterEntry {
  memberId: string;
  userId: string;
  name: string;
  joinedOn: string;
  leftOn: string | null;
  /** Days in the unit: from the day joined to the day left (or today). */
  tenureDays: number;
  current: boolean;
}

export interface TrainingRecord {
  id: string;
  userId: string;
  name: string;
  course: string;
  provider: string;
  completedOn: string;
}

export interface Unit {
  id: string;
  agencyId: string;
  agency: string;
  name: string;
  kind: UnitKind;
  kindWords: string;
  roster: RosterEntry[];
  training: TrainingRecord[];
  currentMembers: number;
  /** The median tenure of the members in the unit today, in days; null when nobody is. */
  medianTenureDays: number | null;
  /** Absent in the administrators' view (they keep the roster; the figures are evaluators' reading). */
  credit?: Credit;
}

/** Days from the day joined to the day left, or to today while still there (never negative). */
export function tenureDays(joinedOn: string, leftOn: string | null, today: string): number {
  const end = leftOn ?? today;
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(joinedOn)) / DAY_MS));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : Math.round(((s[m - 1] as number) + (s[m] as number)) / 2);
}

const NONE = ['00000000-0000-0000-0000-000000000000'];

/** The units of the agencies given (null: every agency), or one of them, with roster, training and tenure. */
export async function readUnits(
  db: Q,
  agencies: string[] | null,
  today: string,
  opts: { id?: string; credit: boolean },
): Promise<Unit[]> {
  let q = db
    .selectFrom('outcome_units as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select(['u.id', 'u.agency_id', 'a.name as agency', 'u.name', 'u.kind'])
    .orderBy('a.name')
    .orderBy('u.name');
  if (agencies) q = q.where('u.agency_id', 'in', agencies.length ? agencies : NONE);
  if (opts.id) q = q.where('u.id', '=', opts.id);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [members, trainings] = await Promise.all([
    db
      .selectFrom('outcome_unit_members as m')
      .innerJoin('users as p', 'p.id', 'm.user_id')
      .select(['m.id', 'm.unit_id', 'm.user_id', 'p.display_name', 'm.joined_on', 'm.left_on'])
      .where('m.unit_id', 'in', ids)
      .orderBy('m.joined_on')
      .orderBy('p.display_name')
      .execute(),
    db
      .selectFrom('outcome_unit_trainings as t')
      .innerJoin('users as p', 'p.id', 't.user_id')
      .select([
        't.id',
        't.unit_id',
        't.user_id',
        'p.display_name',
        't.course',
        't.provider',
        't.completed_on',
      ])
      .where('t.unit_id', 'in', ids)
      .orderBy('t.completed_on', 'desc')
      .execute(),
  ]);
  const stints = new Map<string, Stint[]>(
    ids.map((id) => [
      id,
      members
        .filter((m) => m.unit_id === id)
        .map((m) => ({ userId: m.user_id, joinedOn: m.joined_on, leftOn: m.left_on })),
    ]),
  );
  const credit = opts.credit ? await creditUnits(db, stints) : null;
  return rows.map((r) => {
    const roster = members
      .filter((m) => m.unit_id === r.id)
      .map((m) => ({
        memberId: m.id,
        userId: m.user_id,
        name: m.display_name,
        joinedOn: m.joined_on,
        leftOn: m.left_on,
        tenureDays: tenureDays(m.joined_on, m.left_on, today),
        current: m.joined_on <= today && (m.left_on === null || m.left_on >= today),
      }));
    const current = roster.filter((m) => m.current);
    const kind = r.kind as UnitKind;
    return {
      id: r.id,
      agencyId: r.agency_id,
      agency: r.agency,
      name: r.name,
      kind,
      kindWords: UNIT_KINDS[kind] ?? r.kind,
      roster,
      training: trainings
        .filter((t) => t.unit_id === r.id)
        .map((t) => ({
          id: t.id,
          userId: t.user_id,
          name: t.display_name,
          course: t.course,
          provider: t.provider,
          completedOn: t.completed_on,
        })),
      currentMembers: new Set(current.map((m) => m.userId)).size,
      medianTenureDays: median(current.map((m) => m.tenureDays)),
      ...(credit ? { credit: credit.get(r.id) } : {}),
    };
  });
}

export const unitsReached = (db: Q, reach: Reach, today: string, id?: string) =>
  readUnits(db, reachList(reach), today, { id, credit: true });

function ownAgency(actor: Actor) {
  if (!actor.agencyId || !actor.userId)
    throw new AppError('forbidden', 'only an agency administrator keeps units');
  return { agencyId: actor.agencyId, userId: actor.userId };
}

async function audit(
  db: Transaction<Database>,
  actor: Actor,
  action: string,
  id: string,
  requestId: string,
  detail = {},
) {
  await appendAudit(db, {
    actor,
    action,
    resource: { type: 'outcome_unit', id },
    outcome: 'success',
    requestId,
    detail,
  });
}

export async function createUnit(db: Q, actor: Actor, input: z.output<typeof unitInput>, requestId: string) {
  const { agencyId, userId } = ownAgency(actor);
  return db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('outcome_units')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (clash) throw new AppError('conflict', 'name: the agency already has a unit of that name');
    const { id } = await trx
      .insertInto('outcome_units')
      .values({ agency_id: agencyId, name: input.name, kind: input.kind, created_by: userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'outcomes.unit_created', id, requestId, { kind: input.kind });
    return id;
  });
}

/** The unit, when it is of the administrator's own agency; "not found" otherwise. */
async function ownUnit(db: Q, actor: Actor, unitId: string) {
  const { agencyId, userId } = ownAgency(actor);
  const unit = await db
    .selectFrom('outcome_units')
    .select(['id', 'agency_id'])
    .where('id', '=', unitId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!unit) throw new AppError('not_found', 'unit: no such unit');
  return { agencyId, userId };
}

async function staffOf(db: Q, agencyId: string, userId: string, field: string) {
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!user) throw new AppError('validation_failed', `${field}: not a member of the agency's staff`);
}

const overlaps = (
  a: { joinedOn: string; leftOn: string | null },
  b: { joinedOn: string; leftOn: string | null },
) => a.joinedOn <= (b.leftOn ?? '9999-12-31') && b.joinedOn <= (a.leftOn ?? '9999-12-31');

export async function addMember(
  db: Q,
  actor: Actor,
  unitId: string,
  input: z.output<typeof memberInput>,
  requestId: string,
) {
  const { agencyId, userId } = await ownUnit(db, actor, unitId);
  if (input.leftOn && input.leftOn < input.joinedOn)
    throw new AppError('validation_failed', 'leftOn: a member cannot leave before joining');
  await staffOf(db, agencyId, input.userId, 'userId');
  return db.transaction().execute(async (trx) => {
    const stints = await trx
      .selectFrom('outcome_unit_members')
      .select(['joined_on', 'left_on'])
      .where('unit_id', '=', unitId)
      .where('user_id', '=', input.userId)
      .execute();
    if (stints.some((s) => overlaps({ joinedOn: s.joined_on, leftOn: s.left_on }, input)))
      throw new AppError('conflict', 'joinedOn: this person is already in the unit over some of those days');
    const { id } = await trx
      .insertInto('outcome_unit_members')
      .values({
        unit_id: unitId,
        agency_id: agencyId,
        user_id: input.userId,
        joined_on: input.joinedOn,
        left_on: input.leftOn,
        added_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'outcomes.unit_member_added', unitId, requestId, {
      member: id,
      user: input.userId,
    });
    return id;
  });
}

export async function setLeft(
  db: Q,
  actor: Actor,
  unitId: string,
  memberId: string,
  leftOn: string | null,
  requestId: string,
) {
  await ownUnit(db, actor, unitId);
  await db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('outcome_unit_members')
      .select(['joined_on', 'user_id'])
      .where('id', '=', memberId)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    if (!m) throw new AppError('not_found', 'member: no such member of this unit');
    if (leftOn && leftOn < m.joined_on)
      throw new AppError('validation_failed', `leftOn: the member joined on ${m.joined_on}, after that day`);
    await trx
      .updateTable('outcome_unit_members')
      .set({ left_on: leftOn })
      .where('id', '=', memberId)
      .execute();
    await audit(trx, actor, 'outcomes.unit_member_left', unitId, requestId, {
      member: memberId,
      user: m.user_id,
    });
  });
}

export async function addTraining(
  db: Q,
  actor: Actor,
  unitId: string,
  input: z.output<typeof trainingInput>,
  requestId: string,
) {
  const { agencyId, userId } = await ownUnit(db, actor, unitId);
  await staffOf(db, agencyId, input.userId, 'userId');
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('outcome_unit_trainings')
      .values({
        unit_id: unitId,
        agency_id: agencyId,
        user_id: input.userId,
        course: input.course,
        provider: input.provider,
        completed_on: input.completedOn,
        recorded_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, actor, 'outcomes.unit_training_recorded', unitId, requestId, {
      training: id,
      user: input.userId,
    });
    return id;
  });
}

/** The agency's staff an administrator may put on a roster: ids and display names only. */
export async function staffChoices(db: Q, agencyId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name as name'])
    .where('agency_id', '=', agencyId)
    .where('disabled', '=', false)
    .orderBy('display_name')
    .execute();
}
