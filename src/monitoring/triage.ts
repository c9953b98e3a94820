import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { addNotice } from '../access/notices.ts';
import type { Actor } from '../access/policy.ts';
import { ALL_ROLES, ROLES } from '../access/roles.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { DuplicateDecision } from './codes.ts';

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

export const tipIdOk = (id: string) => /^\d{1,18}$/.test(id);

/** The agency's tip that is in triage (entered or public, not imported), or "not found". */
export async function triageTip(q: Q, actor: Actor, id: string) {
  const row = tipIdOk(id)
    ? await q
        .selectFrom('tips')
        .selectAll()
        .where('id', '=', id)
        .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
        .executeTakeFirst()
    : undefined;
  if (!row) throw new AppError('not_found', 'No such tip.');
  return row;
}

/** Everyone in the agency who triages hears that tips passed their target: the escalation reaches people. */
async function noticeTriagers(trx: Transaction<Database>, agencyId: string, n: number) {
  const roles = ALL_ROLES.filter((r) =>
    (ROLES[r].permissions as readonly string[]).includes('monitoring.triage'),
  );
  const users = await trx
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.agency_id', '=', agencyId)
    .where('users.disabled', '=', false)
    .where('user_roles.role', 'in', roles)
    .execute();
  for (const u of users) await addNotice(trx, u.id, { kind: 'tips_overdue', count: n });
}

/**
 * Tips whose triage target has passed untriaged are escalated, once, with an event in their history: they rise to
 * the top of the queue after those with a risk to life.
 */
export async function escalateOverdue(q: Q, agencyId: string, now: Date): Promise<number> {
  return q.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable('tips')
      .set({ escalated_at: now })
      .where('agency_id', '=', agencyId)
      .where('status', '=', 'new')
      .where('due_at', '<', now)
      .where('escalated_at', 'is', null)
      .returning('id')
      .execute();
    if (rows.length) await noticeTriagers(trx, agencyId, rows.length);
    if (rows.length)
      await trx
        .insertInto('tip_events')
        .values(
          rows.map((r) => ({
            tip_id: String(r.id),
            kind: 'escalated',
            by_user: null,
            detail: JSON.stringify({ reason: 'triage target passed' }),
          })),
        )
        .execute();
    return rows.length;
  });
}

async function recordStep(
  db: Q,
  actor: Actor,
  id: string,
  step: { kind: string; set: Record<string, unknown>; detail: Record<string, unknown>; action: string },
  requestId: string,
) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('tips').set(step.set).where('id', '=', id).execute();
    await trx
      .insertInto('tip_events')
      .values({ tip_id: id, kind: step.kind, by_user: actor.userId, detail: JSON.stringify(step.detail) })
      .execute();
    await appendAudit(trx, {
      actor,
      action: step.action,
      resource: { type: 'tip', id },
      outcome: 'success',
      requestId,
      detail: Object.fromEntries(Object.entries(step.detail).filter(([k]) => k !== 'note')),
    });
  });
}

/** A person has looked: the danger, kind and children as they now judge them, and the tip leaves the "new" list. */
export async function triage(
  db: Q,
  actor: Actor,
  id: string,
  input: {
    danger: string;
    kind: string;
    children: string;
    note: string;
    /** The place as the person triaging places it (a public report gives words only): routing by area needs it. */
    place?: { lat: number; lon: number; country: string } | undefined;
  },
  requestId: string,
  now = new Date(),
) {
  const tip = await triageTip(db, actor, id);
  if (tip.status === null)
    throw new AppError('conflict', 'This tip came in an imported file and is not triaged here.');
  if (tip.status === 'closed') throw new AppError('conflict', 'This tip is closed; reopen it first.');
  await recordStep(
    db,
    actor,
    id,
    {
      kind: 'triaged',
      set: {
        danger: input.danger,
        kind: input.kind,
        children: input.children,
        ...(input.place ? { lat: input.place.lat, lon: input.place.lon, country: input.place.country } : {}),
        status: tip.status === 'routed' ? 'routed' : 'triaged',
        triaged_at: now,
        triaged_by: actor.userId,
      },
      detail: {
        danger: input.danger,
        kind: input.kind,
        children: input.children,
        placed: input.place !== undefined,
        from: tip.danger,
        note: input.note,
      },
      action: 'monitoring.tip_triage',
    },
    requestId,
  );
}

export async function escalate(
  db: Q,
  actor: Actor,
  id: string,
  note: string,
  requestId: string,
  now = new Date(),
) {
  const tip = await triageTip(db, actor, id);
  if (tip.status !== 'new' && tip.status !== 'triaged')
    throw new AppError('conflict', 'Only an open tip is escalated.');
  await recordStep(
    db,
    actor,
    id,
    {
      kind: 'escalated',
      set: { escalated_at: now, status: 'new' },
      detail: { note },
      action: 'monitoring.tip_escalate',
    },
    requestId,
  );
}

export async function closeTip(db: Q, actor: Actor, id: string, reason: string, requestId: string) {
  const tip = await triageTip(db, actor, id);
  if (tip.status === null || tip.status === 'closed') throw new AppError('conflict', 'This tip is not open.');
  await recordStep(
    db,
    actor,
    id,
    {
      kind: 'closed',
      set: { status: 'closed', closed_reason: reason },
      detail: { note: reason },
      action: 'monitoring.tip_close',
    },
    requestId,
  );
}

export async function reopenTip(db: Q, actor: Actor, id: string, requestId: string) {
  const tip = await triageTip(db, actor, id);
  if (tip.status !== 'closed') throw new AppError('conflict', 'This tip is not closed.');
  await recordStep(
    db,
    actor,
    id,
    {
      kind: 'reopened',
      set: { status: 'triaged', closed_reason: null },
      detail: {},
      action: 'monitoring.tip_reopen',
    },
    requestId,
  );
}

/** A person confirms two tips tell the same matter, or says they do not. */
export async function decideDuplicate(
  db: Q,
  actor: Actor,
  id: string,
  otherId: string,
  decision: DuplicateDecision,
  requestId: string,
  now = new Date(),
) {
  await triageTip(db, actor, id);
  if (!tipIdOk(otherId)) throw new AppError('not_found', 'No such duplicate.');
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('tip_duplicates')
      .set({ status: decision, decided_by: actor.userId, decided_at: now })
      .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
      .where((eb) =>
        eb.or([
          eb.and([eb('tip_id', '=', id), eb('other_id', '=', otherId)]),
          eb.and([eb('tip_id', '=', otherId), eb('other_id', '=', id)]),
        ]),
      )
      .returning('tip_id')
      .execute();
    if (!r.length) throw new AppError('not_found', 'These two tips were not found alike.');
    await trx
      .insertInto('tip_events')
      .values({
        tip_id: id,
        kind: 'note',
        by_user: actor.userId,
        detail: JSON.stringify({ duplicate: otherId, decision }),
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.duplicate_decide',
      resource: { type: 'tip', id },
      outcome: 'success',
      requestId,
      detail: { other: otherId, decision },
    });
  });
}
