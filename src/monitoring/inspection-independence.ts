import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { INTEREST_KINDS, STATEMENTS } from './inspection-catalogue.ts';
import { auditInspection, auditRead, inspectionIn, interestContext } from './inspection-store.ts';

// Inspectors' independence from local business. Each inspector keeps a register of their own interests (a
// business they work for or own a part of, a relative in business, property), declared on a day and withdrawn
// on another; the descriptions are sealed. Before a visit each inspector on the inspection states, for themselves,
// that they have no interest in this workplace or its employer; one who states a conflict is taken off it, and
// the visit waits until every inspector still on it has stated no interest.

export type InterestKind = (typeof INTEREST_KINDS)[number];

const isoDay = () => new Date().toISOString().slice(0, 10);

/** Declares an interest on the actor's own register. */
export async function declareInterest(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  input: { kind: InterestKind; description: string; declaredOn: string },
  requestId: string,
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  if (input.declaredOn > isoDay())
    throw new AppError('validation_failed', 'declaredOn: an interest is declared on a day that has come');
  const id = crypto.randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('inspector_interests')
      .values({
        id,
        agency_id: actor.agencyId as string,
        user_id: actor.userId as string,
        kind: input.kind,
        description: seal(ring, input.description, interestContext(id)),
        declared_on: input.declaredOn,
      })
      .execute();
    await auditInspection(trx, actor, 'monitoring.interest_declare', null, requestId, {
      interest: id,
      kind: input.kind,
    });
  });
  return { id };
}

/** Withdraws one of the actor's own declared interests (it stays on the register, withdrawn on that day). */
export async function withdrawInterest(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  withdrawnOn: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('inspector_interests')
      .select(['id', 'declared_on', 'withdrawn_on'])
      .where('id', '=', id)
      .where('user_id', '=', actor.userId ?? '')
      .executeTakeFirst();
    if (!row) throw new AppError('not_found', 'No such interest on your register.');
    if (row.withdrawn_on)
      throw new AppError('conflict', `This interest was withdrawn on ${row.withdrawn_on}.`);
    if (withdrawnOn < row.declared_on || withdrawnOn > isoDay())
      throw new AppError(
        'validation_failed',
        `withdrawnOn: between the day it was declared (${row.declared_on}) and today`,
      );
    await trx
      .updateTable('inspector_interests')
      .set({ withdrawn_on: withdrawnOn })
      .where('id', '=', id)
      .execute();
    await auditInspection(trx, actor, 'monitoring.interest_withdraw', null, requestId, { interest: id });
    return { id, withdrawnOn };
  });
}

/** The actor's own register, current interests first. Audited. */
export async function ownInterests(db: Kysely<Database>, actor: Actor, ring: Keyring, requestId: string) {
  const rows = await db
    .selectFrom('inspector_interests')
    .selectAll()
    .where('user_id', '=', actor.userId ?? '')
    .orderBy('declared_on', 'desc')
    .execute();
  await auditRead(db, actor, 'monitoring.interest_list', null, requestId, { returned: rows.length });
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      description: unseal(ring, r.description, interestContext(r.id)),
      declaredOn: r.declared_on,
      withdrawnOn: r.withdrawn_on,
    }))
    .sort((a, b) => Number(a.withdrawnOn !== null) - Number(b.withdrawnOn !== null));
}

/**
 * The actor states, for themselves, whether they have an interest in this inspection's workplace or employer.
 * No interest: they may take part in the visit. A conflict: they are taken off the inspection (recorded).
 */
export async function stateIndependence(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  statement: (typeof STATEMENTS)[number],
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const row = await inspectionIn(trx, actor, id, ['planned'], 'independence is stated before the visit');
    const on = await trx
      .selectFrom('labour_inspection_inspectors')
      .select(['statement', 'removed_at'])
      .where('inspection_id', '=', id)
      .where('user_id', '=', actor.userId ?? '')
      .executeTakeFirst();
    if (!on || on.removed_at)
      throw new AppError(
        'conflict',
        on
          ? `You were taken off ${row.ref} after stating a conflict of interest.`
          : `You are not on ${row.ref}.`,
      );
    const now = new Date();
    await trx
      .updateTable('labour_inspection_inspectors')
      .set({
        statement,
        stated_at: now,
        ...(statement === 'conflict' ? { removed_at: now, removed_reason: 'conflict_declared' } : {}),
      })
      .where('inspection_id', '=', id)
      .where('user_id', '=', actor.userId ?? '')
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_independence', id, requestId, {
      statement,
      removed: statement === 'conflict',
    });
    return { id, statement, removed: statement === 'conflict' };
  });
}

/** The inspectors on an inspection with their statements and how many interests each has on their register now. */
export async function inspectorsOf(db: Kysely<Database>, id: string) {
  const rows = await db
    .selectFrom('labour_inspection_inspectors as li')
    .innerJoin('users', 'users.id', 'li.user_id')
    .select([
      'li.user_id',
      'users.display_name',
      'li.statement',
      'li.stated_at',
      'li.removed_at',
      'li.removed_reason',
      'li.added_at',
    ])
    .where('li.inspection_id', '=', id)
    .orderBy('li.added_at')
    .orderBy('users.display_name')
    .execute();
  const interests =
    rows.length === 0
      ? []
      : await db
          .selectFrom('inspector_interests')
          .select(['user_id'])
          .where(
            'user_id',
            'in',
            rows.map((r) => r.user_id),
          )
          .where('withdrawn_on', 'is', null)
          .execute();
  return rows.map((r) => ({
    id: r.user_id,
    name: r.display_name,
    statement: r.statement,
    statedAt: r.stated_at ? new Date(r.stated_at).toISOString() : null,
    removedAt: r.removed_at ? new Date(r.removed_at).toISOString() : null,
    removedReason: r.removed_reason,
    interestsDeclared: interests.filter((i) => i.user_id === r.user_id).length,
  }));
}
