import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal, sealText, unseal, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { caseOfAgency, ownedCase } from './case-work.ts';
import { caseContext } from './cases.ts';
import type { CONTACT_OUTCOMES, WELLBEING_LEVELS } from './return-bodies.ts';
import { daysOf, setDays } from './settings.ts';

// Reintegration: a plan per case (the person's goals and where they live now), then follow-ups due the agency's
// chosen days after the plan starts (30, 90, 180 and 365 unless set otherwise). Each follow-up records whether the
// person was reached, how they are, and any concern of re-trafficking, which flags the case. Goals, the area and
// notes are sealed; reads are audited; audit entries carry codes and ids only.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;
const DAY = 86_400_000;
const NONE = '00000000-0000-0000-0000-000000000000';

/** Why a case is flagged for a risk of re-trafficking. */
export const RETRAFFICKING_REASONS = ['follow_up'] as const;

export const planGoalsContext = (id: string) => `protection_reintegration_plan:${id}:goals`;
export const planAreaContext = (id: string) => `protection_reintegration_plan:${id}:area`;
export const followUpNoteContext = (id: string) => `protection_follow_up:${id}:note`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) + n * DAY));
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

const audit = (
  trx: Trx,
  actor: Actor,
  action: string,
  caseId: string | null,
  requestId: string,
  detail = {},
) =>
  appendAudit(trx, {
    actor,
    action,
    ...(caseId ? { resource: { type: 'protection_case', id: caseId } } : {}),
    outcome: 'success',
    requestId,
    detail,
  });

export const followUpDaysOf = (q: Q | Trx, agencyId: string) => daysOf(q, agencyId, 'followup_days');

/** Sets the days after a plan's start at which the agency's follow-ups fall due. */
export async function setFollowUpDays(db: Q, actor: Actor, days: number[], requestId: string) {
  return { followUpDays: await setDays(db, actor, 'followup_days', days, requestId) };
}

export interface PlanInput {
  goals: string;
  country: string;
  area: string;
  startedOn: string;
}

/** Records the case's reintegration plan, or changes it (one plan per case). */
export async function savePlan(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: PlanInput,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    const existing = await trx
      .selectFrom('protection_reintegration_plans')
      .select('id')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    const id = existing?.id ?? crypto.randomUUID();
    const values = {
      goals: seal(ring, input.goals, planGoalsContext(id)),
      country: input.country,
      area: seal(ring, input.area, planAreaContext(id)),
      started_on: input.startedOn,
      updated_by: actor.userId as string,
      updated_at: new Date(),
    };
    if (existing)
      await trx.updateTable('protection_reintegration_plans').set(values).where('id', '=', id).execute();
    else
      await trx
        .insertInto('protection_reintegration_plans')
        .values({ id, agency_id: c.agency_id, case_id: caseId, ...values })
        .execute();
    await audit(trx, actor, 'protection.reintegration_plan', caseId, requestId, {
      plan: id,
      change: existing ? 'updated' : 'created',
    });
    return { planId: id, startedOn: input.startedOn };
  });
}

export interface FollowUpInput {
  heldOn: string;
  dueDays?: number | undefined;
  contact: (typeof CONTACT_OUTCOMES)[number];
  wellbeing?: (typeof WELLBEING_LEVELS)[number] | undefined;
  note: string;
  retraffickingConcern: boolean;
  language: string;
}

/** Records a follow-up; a concern of re-trafficking flags the case (the first flag stays, with its date). */
export async function recordFollowUp(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: FollowUpInput,
  requestId: string,
  today = new Date(),
) {
  if ((input.contact === 'reached') !== (input.wellbeing !== undefined))
    throw new AppError(
      'validation_failed',
      'wellbeing: recorded when, and only when, the person was reached',
    );
  if (input.heldOn > isoDay(today))
    throw new AppError('validation_failed', 'heldOn: a follow-up is recorded once it has been held');
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    const plan = await trx
      .selectFrom('protection_reintegration_plans')
      .select('started_on')
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!plan)
      throw new AppError('conflict', 'Follow-ups follow a reintegration plan: record the plan first.');
    if (input.heldOn < plan.started_on)
      throw new AppError('validation_failed', `heldOn: before the plan started (${plan.started_on})`);
    if (input.dueDays !== undefined) {
      const days = await followUpDaysOf(trx, c.agency_id);
      if (!days.includes(input.dueDays))
        throw new AppError(
          'validation_failed',
          `dueDays: your agency's follow-ups fall due ${days.join(', ')} days after the plan starts`,
        );
      const done = await trx
        .selectFrom('protection_follow_ups')
        .select('id')
        .where('case_id', '=', caseId)
        .where('due_days', '=', input.dueDays)
        .executeTakeFirst();
      if (done) throw new AppError('conflict', `The ${input.dueDays}-day follow-up is recorded already.`);
    }
    const id = crypto.randomUUID();
    await trx
      .insertInto('protection_follow_ups')
      .values({
        id,
        agency_id: c.agency_id,
        case_id: caseId,
        due_days: input.dueDays ?? null,
        held_on: input.heldOn,
        contact: input.contact,
        wellbeing: input.wellbeing ?? null,
        note: sealText(ring, input.note, followUpNoteContext(id)),
        retrafficking_concern: input.retraffickingConcern,
        language: input.language,
        recorded_by: actor.userId as string,
      })
      .execute();
    const flag = c.retrafficking_flag ?? (input.retraffickingConcern ? 'follow_up' : null);
    if (input.retraffickingConcern && !c.retrafficking_flag)
      await trx
        .updateTable('protection_cases')
        .set({ retrafficking_flag: 'follow_up', retrafficking_flagged_at: new Date() })
        .where('id', '=', caseId)
        .execute();
    await audit(trx, actor, 'protection.follow_up', caseId, requestId, {
      followUp: id,
      dueDays: input.dueDays ?? null,
      contact: input.contact,
      wellbeing: input.wellbeing ?? null,
      concern: input.retraffickingConcern,
    });
    return { followUpId: id, retraffickingFlag: flag };
  });
}

/** The plan's follow-ups as scheduled: each due day, its date, and whether it is recorded, due or still ahead. */
export function scheduleOf(
  startedOn: string,
  days: readonly number[],
  recorded: ReadonlySet<number>,
  today: string,
) {
  return days.map((d) => {
    const dueOn = addDays(startedOn, d);
    const state = recorded.has(d) ? 'recorded' : dueOn <= today ? 'due' : 'upcoming';
    return { dueDays: d, dueOn, state };
  });
}

/** The case's reintegration: plan, schedule, follow-ups and the re-trafficking flag; the read is audited. */
export async function readReintegration(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  requestId: string,
  today = new Date(),
) {
  const c = await caseOfAgency(db, actor, caseId);
  const plan = await db
    .selectFrom('protection_reintegration_plans')
    .selectAll()
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  const rows = await db
    .selectFrom('protection_follow_ups as f')
    .innerJoin('users as u', 'u.id', 'f.recorded_by')
    .selectAll('f')
    .select('u.display_name')
    .where('f.case_id', '=', caseId)
    .orderBy('f.held_on')
    .orderBy('f.recorded_at')
    .execute();
  const days = await followUpDaysOf(db, c.agency_id);
  const recorded = new Set(rows.flatMap((r) => (r.due_days === null ? [] : [r.due_days])));
  await db
    .transaction()
    .execute((trx) => audit(trx, actor, 'protection.reintegration_read', caseId, requestId));
  return {
    plan: plan
      ? {
          goals: unseal(ring, plan.goals, planGoalsContext(plan.id)),
          country: plan.country,
          area: unseal(ring, plan.area, planAreaContext(plan.id)),
          startedOn: plan.started_on,
          updatedAt: new Date(plan.updated_at).toISOString(),
        }
      : null,
    schedule: plan ? scheduleOf(plan.started_on, days, recorded, isoDay(today)) : [],
    followUps: rows.map((r) => ({
      id: r.id,
      heldOn: r.held_on,
      dueDays: r.due_days,
      contact: r.contact,
      wellbeing: r.wellbeing,
      note: unsealText(ring, r.note, followUpNoteContext(r.id)),
      retraffickingConcern: r.retrafficking_concern,
      language: r.language,
      recordedBy: { id: r.recorded_by, name: r.display_name },
    })),
    retraffickingFlag: c.retrafficking_flag
      ? {
          reason: c.retrafficking_flag,
          flaggedAt: new Date(c.retrafficking_flagged_at ?? 0).toISOString(),
        }
      : null,
  };
}

/**
 * The follow-ups due or overdue (the due date reached, nothing recorded for it) on the agency's open cases, oldest
 * first, with each case's sealed pseudonym and caseworker; not audited (its readers are).
 */
export async function followUpsDueIn(db: Q, agencyId: string, today = new Date()) {
  const days = await followUpDaysOf(db, agencyId);
  const plans = await db
    .selectFrom('protection_reintegration_plans as p')
    .innerJoin('protection_cases as c', 'c.id', 'p.case_id')
    .select(['p.case_id', 'p.started_on', 'c.pseudonym', 'c.owner_id'])
    .where('p.agency_id', '=', agencyId)
    .where('c.status', '=', 'open')
    .execute();
  const done =
    plans.length === 0
      ? []
      : await db
          .selectFrom('protection_follow_ups')
          .select(['case_id', 'due_days'])
          .where(
            'case_id',
            'in',
            plans.map((p) => p.case_id),
          )
          .where('due_days', 'is not', null)
          .execute();
  const day = isoDay(today);
  const due = plans
    .flatMap((p) => {
      const recorded = new Set(done.filter((d) => d.case_id === p.case_id).map((d) => d.due_days as number));
      return scheduleOf(p.started_on, days, recorded, day)
        .filter((s) => s.state === 'due')
        .map((s) => ({
          caseId: p.case_id,
          sealedPseudonym: p.pseudonym,
          ownerId: p.owner_id,
          dueDays: s.dueDays,
          dueOn: s.dueOn,
          daysOverdue: daysBetween(s.dueOn, day),
        }));
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.caseId.localeCompare(b.caseId));
  return { days, due };
}

/**
 * The agency's follow-ups due or overdue on its open cases, oldest first, with each case's pseudonym; `mine` marks
 * the actor's own cases. The read is audited.
 */
export async function dueFollowUps(
  db: Q,
  actor: Actor,
  ring: Keyring,
  requestId: string,
  today = new Date(),
) {
  const { days, due: items } = await followUpsDueIn(db, actor.agencyId ?? NONE, today);
  const due = items.map((d) => ({
    caseId: d.caseId,
    pseudonym: unseal(ring, d.sealedPseudonym, caseContext(d.caseId)),
    dueDays: d.dueDays,
    dueOn: d.dueOn,
    daysOverdue: d.daysOverdue,
    mine: d.ownerId === actor.userId,
  }));
  await db
    .transaction()
    .execute((trx) =>
      audit(trx, actor, 'protection.follow_ups_due', null, requestId, { returned: due.length }),
    );
  return { followUpDays: days, due };
}
