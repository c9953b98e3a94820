import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import type { Contribution } from './engine-adapter.ts';
import { LOADED_COLUMNS } from './persist.ts';
import { regroup } from './run.ts';

type Q = Kysely<Database>;

const RECORD_COLUMNS = [...LOADED_COLUMNS, 'rows'] as const;

export type RecordView = Awaited<ReturnType<typeof recordsByIds>>[number];

async function recordsByIds(db: Q, agencyId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('person_records')
    .leftJoin('entities', 'entities.id', 'person_records.entity_id')
    .select(RECORD_COLUMNS.map((c) => `person_records.${c}` as const))
    .select('entities.label as entityLabel')
    .where('person_records.agency_id', '=', agencyId)
    .where('person_records.id', 'in', ids)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    source: r.source,
    name: r.name,
    birthDate: r.birth_date,
    phone: r.phone,
    document: r.document,
    account: r.account,
    plate: r.plate,
    nationality: r.nationality,
    sex: r.sex,
    rows: r.rows,
    entityId: r.entity_id,
    entityLabel: r.entityLabel ?? null,
  }));
}

const entityIdsOf = (recs: RecordView[]) => [
  ...new Set(recs.map((r) => r.entityId).filter((e): e is string => e !== null)),
];

/** A read of records that name people: who, what and which entities it showed (never a name) go to the log. */
function auditRead(
  db: Q,
  actor: Actor,
  action: string,
  resource: { type: string; id: string },
  requestId: string,
  detail: Record<string, unknown>,
) {
  return db
    .transaction()
    .execute((trx) => appendAudit(trx, { actor, action, resource, outcome: 'success', requestId, detail }));
}

const agencyOf = (actor: Actor) => {
  if (!actor.agencyId) throw new AppError('forbidden', 'Resolution belongs to an agency.');
  return actor.agencyId;
};

function pairView(
  p: {
    record_a: string;
    record_b: string;
    probability: number;
    weight: number;
    band: string;
    explanation: unknown;
  },
  byId: Map<string, RecordView>,
) {
  return {
    a: byId.get(p.record_a) ?? null,
    b: byId.get(p.record_b) ?? null,
    probability: Math.round(Number(p.probability) * 1000) / 1000,
    weight: Math.round(Number(p.weight) * 100) / 100,
    band: p.band,
    why: p.explanation as Contribution[],
  };
}

/** The pairs waiting for an analyst, those whose decision would change the picture most first. Audited. */
export async function reviewQueue(db: Q, actor: Actor, opts: { limit: number }, requestId: string) {
  const agencyId = agencyOf(actor);
  // Waiting: in the uncertain band, not decided, and between records now in two entities (a decision on a pair
  // already held together by stronger ones would change nothing).
  const waitingPairs = db
    .selectFrom('resolution_pairs as p')
    .innerJoin('person_records as ra', 'ra.id', 'p.record_a')
    .innerJoin('person_records as rb', 'rb.id', 'p.record_b')
    .where('p.agency_id', '=', agencyId)
    .where('p.band', '=', 'review')
    .whereRef('ra.entity_id', 'is distinct from', 'rb.entity_id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('resolution_decisions as d')
            .select('d.id')
            .whereRef('d.record_a', '=', 'p.record_a')
            .whereRef('d.record_b', '=', 'p.record_b')
            .where('d.undone_at', 'is', null),
        ),
      ),
    );
  const pairs = await waitingPairs
    .selectAll('p')
    .orderBy('p.impact', 'desc')
    .orderBy('p.record_a')
    .limit(opts.limit)
    .execute();
  const waiting = await waitingPairs
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const recs = await recordsByIds(db, agencyId, [...new Set(pairs.flatMap((p) => [p.record_a, p.record_b]))]);
  const byId = new Map(recs.map((r) => [r.id, r]));
  await auditRead(db, actor, 'intel.resolution_queue_read', { type: 'agency', id: agencyId }, requestId, {
    pairs: pairs.length,
    entityIds: entityIdsOf(recs),
  });
  return { waiting: Number(waiting.n), pairs: pairs.map((p) => pairView(p, byId)) };
}

const ordered = (a: string, b: string): [string, string] => (a < b ? [a, b] : [b, a]);

/** Keeps one decision on an ordered pair (it replaces a live one on the same pair), audited. */
async function record(
  db: Q,
  actor: Actor,
  agencyId: string,
  d: { a: string; b: string; decision: 'same' | 'different'; note: string },
  requestId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('resolution_decisions')
      .set({ undone_at: new Date(), undone_by: actor.userId })
      .where('record_a', '=', d.a)
      .where('record_b', '=', d.b)
      .where('undone_at', 'is', null)
      .execute();
    const row = await trx
      .insertInto('resolution_decisions')
      .values({
        agency_id: agencyId,
        record_a: d.a,
        record_b: d.b,
        decision: d.decision,
        note: d.note,
        decided_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'intel.resolution_decide',
      resource: { type: 'resolution_decision', id: row.id },
      outcome: 'success',
      requestId,
      detail: { decision: d.decision, records: [d.a, d.b], ...extra },
    });
    return row.id;
  });
}

/**
 * An analyst's word on a pair of records: the same person, or not. It binds every later run until undone; the
 * agency's records are grouped again at once. Audited.
 */
export async function decidePair(
  db: Q,
  actor: Actor,
  input: { a: string; b: string; decision: 'same' | 'different'; note: string },
  requestId: string,
) {
  const agencyId = agencyOf(actor);
  if (input.a === input.b)
    throw new AppError('validation_failed', 'b: a decision is about two different records');
  const [a, b] = ordered(input.a, input.b);
  const found = await recordsByIds(db, agencyId, [a, b]);
  if (found.length !== 2) throw new AppError('not_found', 'a, b: no such records in your agency');
  const id = await record(
    db,
    actor,
    agencyId,
    { a, b, decision: input.decision, note: input.note },
    requestId,
  );
  const grouped = await regroup(db, agencyId);
  return { id, ...(await whereNow(db, agencyId, [a, b])), grouped };
}

/** Takes a decision back: the pair is scored by the model alone again. Audited. */
export async function undoDecision(db: Q, actor: Actor, decisionId: string, requestId: string) {
  const agencyId = agencyOf(actor);
  const d = await db
    .selectFrom('resolution_decisions')
    .selectAll()
    .where('id', '=', decisionId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!d) throw new AppError('not_found', 'no such decision in your agency');
  if (d.undone_at) throw new AppError('conflict', 'this decision was already undone');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('resolution_decisions')
      .set({ undone_at: new Date(), undone_by: actor.userId })
      .where('id', '=', decisionId)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'intel.resolution_undo',
      resource: { type: 'resolution_decision', id: decisionId },
      outcome: 'success',
      requestId,
      detail: { decision: d.decision, records: [d.record_a, d.record_b] },
    });
  });
  const grouped = await regroup(db, agencyId);
  return { id: decisionId, ...(await whereNow(db, agencyId, [d.record_a, d.record_b])), grouped };
}

/**
 * Takes one record out of the person it was grouped into: it is declared a different person from every record
 * it was paired with there. Each of those decisions is audited and can be undone.
 */
export async function splitRecord(db: Q, actor: Actor, recordId: string, requestId: string) {
  const agencyId = agencyOf(actor);
  const [rec] = await recordsByIds(db, agencyId, [recordId]);
  if (!rec?.entityId) throw new AppError('not_found', 'no such resolved record in your agency');
  const mates = await db
    .selectFrom('person_records')
    .select('id')
    .where('entity_id', '=', rec.entityId)
    .where('id', '<>', recordId)
    .execute();
  const ids: string[] = [];
  for (const m of mates) {
    const [a, b] = ordered(recordId, m.id);
    const id = await record(db, actor, agencyId, { a, b, decision: 'different', note: 'split' }, requestId, {
      split: true,
    });
    ids.push(id);
  }
  const grouped = await regroup(db, agencyId);
  return { decisions: ids, ...(await whereNow(db, agencyId, [recordId])), grouped };
}

async function whereNow(db: Q, agencyId: string, ids: string[]) {
  const recs = await recordsByIds(db, agencyId, ids);
  return { records: recs.map((r) => ({ id: r.id, entityId: r.entityId, entityLabel: r.entityLabel })) };
}

/** The agency's decisions, newest first, undone ones included (with who undid them). */
export async function listDecisions(db: Q, actor: Actor, limit: number, requestId: string) {
  const agencyId = agencyOf(actor);
  const rows = await db
    .selectFrom('resolution_decisions as d')
    .leftJoin('users as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.record_a', 'd.record_b', 'd.decision', 'd.note', 'd.decided_at', 'd.undone_at'])
    .select('u.display_name as decidedBy')
    .where('d.agency_id', '=', agencyId)
    .orderBy('d.decided_at', 'desc')
    .limit(limit)
    .execute();
  const recs = await recordsByIds(db, agencyId, [...new Set(rows.flatMap((r) => [r.record_a, r.record_b]))]);
  const byId = new Map(recs.map((r) => [r.id, r]));
  await auditRead(db, actor, 'intel.resolution_decisions_read', { type: 'agency', id: agencyId }, requestId, {
    decisions: rows.length,
    entityIds: entityIdsOf(recs),
  });
  return rows.map((r) => ({
    id: r.id,
    decision: r.decision,
    note: r.note,
    decidedBy: r.decidedBy ?? null,
    decidedAt: r.decided_at,
    undoneAt: r.undone_at,
    a: byId.get(r.record_a) ?? null,
    b: byId.get(r.record_b) ?? null,
  }));
}

/**
 * A resolved entity's records as their sources wrote them, and why they were grouped: each stored pair among
 * them with its per-field explanation, and pairs with records elsewhere that wait for review. Audited.
 */
export async function entityRecords(db: Q, actor: Actor, entityId: string, requestId: string) {
  const agencyId = agencyOf(actor);
  const ids = (
    await db
      .selectFrom('person_records')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('entity_id', '=', entityId)
      .execute()
  ).map((r) => r.id);
  const pairs = ids.length
    ? await db
        .selectFrom('resolution_pairs')
        .selectAll()
        .where('agency_id', '=', agencyId)
        .where((eb) => eb.or([eb('record_a', 'in', ids), eb('record_b', 'in', ids)]))
        .orderBy('probability', 'desc')
        .limit(500)
        .execute()
    : [];
  const recs = await recordsByIds(db, agencyId, [
    ...new Set([...ids, ...pairs.flatMap((p) => [p.record_a, p.record_b])]),
  ]);
  const byId = new Map(recs.map((r) => [r.id, r]));
  const inside = new Set(ids);
  await auditRead(db, actor, 'intel.resolution_records_read', { type: 'entity', id: entityId }, requestId, {
    records: ids.length,
    entityIds: entityIdsOf(recs),
  });
  return {
    records: ids.map((id) => byId.get(id)).filter((r): r is RecordView => r !== undefined),
    why: pairs.filter((p) => inside.has(p.record_a) && inside.has(p.record_b)).map((p) => pairView(p, byId)),
    elsewhere: pairs
      .filter((p) => inside.has(p.record_a) !== inside.has(p.record_b))
      .map((p) => pairView(p, byId)),
  };
}
