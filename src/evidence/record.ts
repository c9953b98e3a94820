import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { memberOperation } from '../operations/compartment.ts';
import { auditOperation } from '../operations/op-audit.ts';
import { verifyCustody } from './custody.ts';
import { visibleExhibit } from './exhibits.ts';
import {
  CUSTODY_ACTIONS,
  type CUSTODY_METHODS,
  type CustodyAction,
  type EXHIBIT_CATEGORIES,
} from './schema.ts';
import type { EXHIBIT_NATURES, EXHIBIT_STATES } from './wire.ts';

type Q = Kysely<Database>;
// The codes as the register's columns hold them: written only from the checked inputs and the custody actions.
type Nature = (typeof EXHIBIT_NATURES)[number];
type Category = (typeof EXHIBIT_CATEGORIES)[number];
type State = (typeof EXHIBIT_STATES)[number];
type Method = (typeof CUSTODY_METHODS)[number];

async function userNames(db: Q, ids: string[]) {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/**
 * The exhibit with its whole chain of custody and the result of re-verifying it: what a court is shown. The read
 * is audited.
 */
export async function exhibitRecord(db: Q, actor: Actor, id: string, requestId: string) {
  const x = await visibleExhibit(db, actor, id, 'evidence.read');
  const events = await readScoped(db, actor, (q) =>
    q.selectFrom('custody_events').selectAll().where('exhibit_id', '=', id).orderBy('seq').execute(),
  );
  const names = await userNames(db, [x.collected_by, ...events.map((e) => e.recorded_by)]);
  const op = x.operation_id
    ? await db
        .selectFrom('operations')
        .select(['code_name'])
        .where('id', '=', x.operation_id)
        .executeTakeFirst()
    : undefined;
  const agency = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', x.agency_id)
    .executeTakeFirstOrThrow();
  const check = await verifyCustody(db, id);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'evidence.read',
      resource: { type: 'exhibit', id },
      outcome: 'success',
      requestId,
      detail: { intact: check.intact },
    }),
  );
  return {
    id: x.id,
    ref: x.ref,
    agency: agency.name,
    operation: op && x.operation_id ? { id: x.operation_id, codeName: op.code_name } : null,
    nature: x.nature as Nature,
    category: x.category as Category,
    description: x.description,
    collectedBy: names.get(x.collected_by) ?? null,
    collectedAt: x.collected_at,
    collectedWhere: x.collected_where,
    sealNumber: x.seal_number,
    hashAlgorithm: x.hash_algorithm,
    digitalHash: x.digital_hash,
    state: x.state as State,
    custodian: x.custodian,
    location: x.location,
    custody: events.map((e) => ({
      seq: e.seq,
      action: e.action as CustodyAction,
      actionLabel: CUSTODY_ACTIONS[e.action as CustodyAction]?.label ?? e.action,
      from: e.from_custodian,
      to: e.to_custodian,
      purpose: e.purpose,
      authority: e.authority,
      method: e.method as Method,
      place: e.place,
      at: e.at,
      hashObserved: e.hash_observed,
      hashMatches: e.hash_matches,
      note: e.note,
      recordedBy: names.get(e.recorded_by) ?? null,
      hash: e.hash,
    })),
    verification: check,
  };
}

/** The exhibits an operation seized, for its members. */
export async function operationExhibits(db: Q, actor: Actor, operationId: string, requestId: string) {
  await memberOperation(db, actor, operationId);
  await db
    .transaction()
    .execute((trx) => auditOperation(trx, actor, 'evidence.list', operationId, requestId));
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('exhibits')
      .select([
        'id',
        'ref',
        'nature',
        'category',
        'description',
        'state',
        'custodian',
        'collected_at',
        'custody_count',
      ])
      .where('operation_id', '=', operationId)
      .orderBy('collected_at')
      .execute(),
  );
  return rows.map((r) => ({
    id: r.id,
    ref: r.ref,
    nature: r.nature as Nature,
    category: r.category as Category,
    description: r.description,
    state: r.state as State,
    custodian: r.custodian,
    collectedAt: r.collected_at,
    custodyEntries: r.custody_count,
  }));
}
