import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { memberOperation } from '../operations/compartment.ts';
import { auditOperation } from '../operations/op-audit.ts';
import { AppError } from '../platform/errors.ts';
import { discloseScope } from '../prosecution/shared-scope.ts';
import { visibleExhibit } from './exhibits.ts';

// Sharing the evidence with another agency: an exhibit by the agency holding it, and a concluded operation's case
// file (the operation and the exhibits chosen) with a prosecution agency. A share is a `shares` row; what it opens
// is read through visibleExhibit, so an exhibit of an operation still running stays hidden whatever is shared.
// Every share and withdrawal is audited in its transaction, with ids only.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';
const HOLDER_ONLY = 'Only the agency holding the exhibit shares it or withdraws a share.';

async function agencyOf(db: Q, agencyId: string) {
  const a = await db
    .selectFrom('agencies')
    .select(['id', 'kind'])
    .where('id', '=', agencyId)
    .executeTakeFirst();
  if (!a) throw new AppError('not_found', 'agencyId: no such agency');
  return a;
}

/** Inserts the share unless it exists; true when it is new. */
async function insertShare(
  trx: Trx,
  actor: Actor,
  type: 'exhibit' | 'operation',
  id: string,
  agencyId: string,
) {
  const made = await trx
    .insertInto('shares')
    .values({ resource_type: type, resource_id: id, agency_id: agencyId, shared_by: actor.userId ?? '' })
    .onConflict((oc) => oc.doNothing())
    .returning('resource_id')
    .executeTakeFirst();
  return made !== undefined;
}

/** The exhibit, when the actor's agency holds it and may hand it on: its operation, if any, has concluded. */
async function heldExhibit(db: Q, actor: Actor, id: string) {
  const x = await visibleExhibit(db, actor, id, 'evidence.write');
  if (x.agency_id !== actor.agencyId) throw new AppError('forbidden', HOLDER_ONLY);
  if (x.operation_id) {
    const op = await db
      .selectFrom('operations')
      .select('status')
      .where('id', '=', x.operation_id)
      .executeTakeFirstOrThrow();
    if (op.status !== 'concluded')
      throw new AppError(
        'conflict',
        `The operation that seized this exhibit is ${op.status}; its exhibits are shared once it has concluded.`,
      );
  }
  return x;
}

/** Shares an exhibit with another agency: its staff with evidence.read then read it with its chain of custody. */
export async function shareExhibit(db: Q, actor: Actor, id: string, agencyId: string, requestId: string) {
  await heldExhibit(db, actor, id);
  if (agencyId === actor.agencyId)
    throw new AppError('conflict', "agencyId: the exhibit is already your agency's own");
  await agencyOf(db, agencyId);
  const added = await db.transaction().execute(async (trx) => {
    const fresh = await insertShare(trx, actor, 'exhibit', id, agencyId);
    if (fresh)
      await appendAudit(trx, {
        actor,
        action: 'evidence.share',
        resource: { type: 'exhibit', id },
        outcome: 'success',
        requestId,
        detail: { to: agencyId },
      });
    return fresh;
  });
  return { exhibitId: id, agencyId, alreadyShared: !added };
}

/** Withdraws an exhibit's share: the agency's staff cannot open it from this request on. */
export async function withdrawExhibitShare(
  db: Q,
  actor: Actor,
  id: string,
  agencyId: string,
  requestId: string,
) {
  const x = await visibleExhibit(db, actor, id, 'evidence.write');
  if (x.agency_id !== actor.agencyId) throw new AppError('forbidden', HOLDER_ONLY);
  return db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom('shares')
      .where('resource_type', '=', 'exhibit')
      .where('resource_id', '=', id)
      .where('agency_id', '=', agencyId)
      .returning('agency_id')
      .executeTakeFirst();
    if (!gone) throw new AppError('not_found', 'agencyId: the exhibit is not shared with this agency');
    await appendAudit(trx, {
      actor,
      action: 'evidence.share_withdraw',
      resource: { type: 'exhibit', id },
      outcome: 'success',
      requestId,
      detail: { from: agencyId },
    });
    return { exhibitId: id, agencyId, withdrawn: true };
  });
}

/**
 * Shares a concluded operation's case file with a prosecution agency: the operation (its code name, when it ended,
 * its arrests counted) and the exhibits chosen, each of them seized by this operation and held by the actor's
 * agency. Done by a member of the operation's agency, or by its commander, who may register evidence.
 */
export async function shareOperationCaseFile(
  db: Q,
  actor: Actor,
  operationId: string,
  input: { agencyId: string; exhibitIds: readonly string[] },
  requestId: string,
) {
  const { op, role } = await memberOperation(db, actor, operationId);
  if (!hasPermission(actor, 'evidence.write') || (role !== 'command' && op.agency_id !== actor.agencyId))
    throw new AppError(
      'forbidden',
      "Only a member of the operation's agency who may register evidence, or its commander, shares its case file.",
    );
  if (op.status !== 'concluded')
    throw new AppError(
      'conflict',
      `The operation is ${op.status}; its case file is shared with a prosecutor once it has concluded.`,
    );
  const agency = await agencyOf(db, input.agencyId);
  if (agency.kind !== 'prosecution')
    throw new AppError(
      'validation_failed',
      `agencyId: this is a ${agency.kind} agency; an operation's case file goes to a prosecution agency`,
    );
  const ids = [...input.exhibitIds];
  if (new Set(ids).size !== ids.length)
    throw new AppError('validation_failed', 'exhibitIds: an exhibit is named twice');
  const found = ids.length
    ? await db
        .selectFrom('exhibits')
        .select(['id', 'operation_id', 'agency_id'])
        .where('id', 'in', ids)
        .execute()
    : [];
  const byId = new Map(found.map((x) => [x.id, x]));
  ids.forEach((id, i) => {
    const x = byId.get(id);
    if (!x || x.operation_id !== operationId)
      throw new AppError('validation_failed', `exhibitIds[${i}]: not an exhibit this operation seized`);
    if (x.agency_id !== actor.agencyId)
      throw new AppError('forbidden', `exhibitIds[${i}]: held by another agency, which shares it itself`);
  });
  return db.transaction().execute(async (trx) => {
    const opFresh = await insertShare(trx, actor, 'operation', operationId, input.agencyId);
    // What the sharer's picture ties to the people arrested goes with the file, as it stands now.
    const scope = await discloseScope(trx, actor, operationId, input.agencyId);
    const added: string[] = [];
    for (const id of ids) if (await insertShare(trx, actor, 'exhibit', id, input.agencyId)) added.push(id);
    if (opFresh || added.length)
      await auditOperation(trx, actor, 'operations.prosecution_share', operationId, requestId, {
        to: input.agencyId,
        exhibits: added,
        scopeProposals: scope,
      });
    for (const id of added)
      await appendAudit(trx, {
        actor,
        action: 'evidence.share',
        resource: { type: 'exhibit', id },
        outcome: 'success',
        requestId,
        detail: { to: input.agencyId, operation: operationId },
      });
    return {
      operationId,
      agencyId: input.agencyId,
      exhibitsShared: added.length,
      alreadyShared: ids.length - added.length,
    };
  });
}

/** The exhibits shared with the actor's agency that it may open now (audited as one read of the list). */
export async function sharedExhibits(db: Q, actor: Actor, requestId: string) {
  const rows = await db
    .selectFrom('shares')
    .innerJoin('exhibits', (j) =>
      j.on((eb) => eb(eb.cast('exhibits.id', 'text'), '=', eb.ref('shares.resource_id'))),
    )
    .innerJoin('agencies', 'agencies.id', 'exhibits.agency_id')
    .leftJoin('operations', 'operations.id', 'exhibits.operation_id')
    .select([
      'exhibits.id',
      'exhibits.ref',
      'exhibits.nature',
      'exhibits.category',
      'exhibits.description',
      'exhibits.state',
      'exhibits.custodian',
      'exhibits.custody_count',
      'agencies.name as holder',
      'operations.code_name',
      'shares.created_at as shared_at',
    ])
    .where('shares.resource_type', '=', 'exhibit')
    .where('shares.agency_id', '=', actor.agencyId ?? NO_AGENCY)
    // An exhibit of an operation still running is not listed (nor tried: a try would be audited as a refusal).
    .where((eb) => eb.or([eb('operations.id', 'is', null), eb('operations.status', '=', 'concluded')]))
    .orderBy('exhibits.ref')
    .limit(500)
    .execute();
  // The list holds only what the reader could open one by one.
  for (const r of rows) await visibleExhibit(db, actor, r.id, 'evidence.read');
  const out = rows.map((r) => ({
    id: r.id,
    ref: r.ref,
    nature: r.nature,
    category: r.category,
    description: r.description,
    state: r.state,
    custodian: r.custodian,
    custodyEntries: r.custody_count,
    holder: r.holder,
    operation: r.code_name,
    sharedAt: r.shared_at,
  }));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'evidence.shared_list',
      resource: { type: 'agency', id: actor.agencyId },
      outcome: 'success',
      requestId,
      detail: { exhibits: out.map((x) => x.id) },
    }),
  );
  return out;
}

/**
 * The operations whose case file was shared with the actor's agency: code name, the agency that ran it, when it
 * ended, how many arrests its log records and how many of its exhibits are shared with the agency. Nothing about
 * the target or its place. Audited as one read.
 */
export async function prosecutionOperations(db: Q, actor: Actor, requestId: string) {
  const agencyId = actor.agencyId ?? NO_AGENCY;
  const rows = await db
    .selectFrom('shares')
    .innerJoin('operations', (j) =>
      j.on((eb) => eb(eb.cast('operations.id', 'text'), '=', eb.ref('shares.resource_id'))),
    )
    .innerJoin('agencies', 'agencies.id', 'operations.agency_id')
    .select((eb) => [
      'operations.id',
      'operations.code_name',
      'operations.concluded_at',
      'agencies.name as agency',
      'shares.created_at as shared_at',
      eb
        .selectFrom('operation_log')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('operation_log.operation_id', '=', 'operations.id')
        .where('operation_log.kind', '=', 'arrest')
        .as('arrests'),
      eb
        .selectFrom('exhibits')
        .innerJoin('shares as xs', (j) =>
          j.on((e) => e(e.cast('exhibits.id', 'text'), '=', e.ref('xs.resource_id'))),
        )
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('exhibits.operation_id', '=', 'operations.id')
        .where('xs.resource_type', '=', 'exhibit')
        .where('xs.agency_id', '=', agencyId)
        .as('exhibits'),
    ])
    .where('shares.resource_type', '=', 'operation')
    .where('shares.agency_id', '=', agencyId)
    .where('operations.status', '=', 'concluded')
    .orderBy('operations.concluded_at', 'desc')
    .limit(500)
    .execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'prosecution.operations_list',
      resource: { type: 'agency', id: actor.agencyId },
      outcome: 'success',
      requestId,
      detail: { operations: rows.map((r) => r.id) },
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    codeName: r.code_name,
    agency: r.agency,
    concludedAt: r.concluded_at,
    sharedAt: r.shared_at,
    arrests: Number(r.arrests ?? 0),
    sharedExhibits: Number(r.exhibits ?? 0),
  }));
}
