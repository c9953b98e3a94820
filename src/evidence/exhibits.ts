import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { activeRole, auditRefusal } from '../operations/compartment.ts';
import { AppError } from '../platform/errors.ts';
import { CUSTODY_GENESIS, custodyHash } from './chain.ts';
import type { ExhibitInput } from './schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * Registers an exhibit and opens its chain of custody with the collection itself: who collected it, when and where,
 * under what authority. Runs inside the caller's transaction (an execution-log entry and its exhibit commit
 * together).
 */
export async function registerExhibit(
  trx: Transaction<Database>,
  actor: Actor,
  input: ExhibitInput & { operationId: string | null; collectedAt: Date; authority: string; purpose: string },
  requestId: string,
) {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  const who = await trx
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const n = await sql<{ n: string }>`SELECT nextval('exhibit_ref_seq') AS n`.execute(trx);
  const ref = `EX-${input.collectedAt.getUTCFullYear()}-${String(n.rows[0]?.n ?? '0').padStart(6, '0')}`;
  const x = await trx
    .insertInto('exhibits')
    .values({
      ref,
      agency_id: actor.agencyId,
      operation_id: input.operationId,
      nature: input.nature,
      category: input.category,
      description: input.description,
      collected_by: userId,
      collected_at: input.collectedAt,
      collected_where: input.where,
      seal_number: input.sealNumber,
      hash_algorithm: input.digitalHash ? 'sha256' : null,
      digital_hash: input.digitalHash,
      state: 'in_custody',
      custodian: who.display_name,
      custodian_user_id: userId,
      location: input.where,
      custody_count: 0,
      custody_head: CUSTODY_GENESIS,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const first = {
    exhibit_id: x.id,
    seq: 1,
    action: 'collected',
    from_custodian: null,
    to_custodian: who.display_name,
    to_user_id: userId,
    purpose: input.purpose,
    authority: input.authority,
    method: 'initial_receipt',
    place: input.where,
    at: input.collectedAt,
    hash_observed: input.digitalHash,
    hash_matches: input.digitalHash ? true : null,
    note: '',
    recorded_by: userId,
  };
  const hash = custodyHash(CUSTODY_GENESIS, first);
  await trx
    .insertInto('custody_events')
    .values({ ...first, prev_hash: CUSTODY_GENESIS, hash })
    .execute();
  await trx
    .updateTable('exhibits')
    .set({ custody_count: 1, custody_head: hash })
    .where('id', '=', x.id)
    .execute();
  await appendAudit(trx, {
    actor,
    action: 'evidence.register',
    resource: { type: 'exhibit', id: x.id },
    outcome: 'success',
    requestId,
    detail: { ref, operation: input.operationId, custodySeq: 1, custodyHash: hash },
  });
  return { id: x.id, ref };
}

/**
 * An exhibit the actor may see: their agency's (or shared with it), and, while the operation that seized it is
 * not yet concluded, only by the operation's members: its collection place would reveal the target.
 */
export async function visibleExhibit(
  db: Q,
  actor: Actor,
  id: string,
  action: 'evidence.read' | 'evidence.write',
) {
  const x = await db.selectFrom('exhibits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!x) throw new AppError('not_found');
  const shares = await db
    .selectFrom('shares')
    .select('agency_id')
    .where('resource_type', '=', 'exhibit')
    .where('resource_id', '=', id)
    .execute();
  if (
    !can(actor, action, {
      type: 'exhibit',
      id,
      agencyId: x.agency_id,
      sharedWith: shares.map((s) => s.agency_id),
    })
  )
    throw new AppError('not_found');
  if (x.operation_id) {
    const op = await db
      .selectFrom('operations')
      .select('status')
      .where('id', '=', x.operation_id)
      .executeTakeFirstOrThrow();
    if (op.status !== 'concluded' && !(await activeRole(db, x.operation_id, actor.userId))) {
      // A try at an exhibit of a running operation is a try at the operation: its leak review shows it.
      await auditRefusal(db, actor, x.operation_id, 'member', 'exhibit');
      throw new AppError('not_found');
    }
  }
  // What is returned is read as the actor (row-security.ts): the database, too, gives an exhibit only to its
  // agency, an agency it is shared with once its operation has ended, and the operation's members.
  const seen = await readScoped(db, actor, (q) =>
    q.selectFrom('exhibits').selectAll().where('id', '=', id).executeTakeFirst(),
  );
  if (!seen) throw new AppError('not_found');
  return seen;
}
