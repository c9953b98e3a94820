import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { type Constraints, MATCH_AT, REVIEW_FROM, type ScoredPair } from './engine.ts';
import { groupRecords, scoreRecords } from './engine-adapter.ts';
import { assignEntities, indexNames, type LoadedRecord, linkHoldings, storePairs } from './persist.ts';
import { gatherRecords, recordKindOf } from './records.ts';

type Q = Kysely<Database>;

const bandOf = (p: number) => (p >= MATCH_AT ? 'match' : p >= REVIEW_FROM ? 'review' : 'low');

async function loadRecords(db: Q, agencyId: string): Promise<LoadedRecord[]> {
  const rows = await db
    .selectFrom('person_records')
    .select([
      'id',
      'kind',
      'source',
      'name',
      'birth_date',
      'phone',
      'document',
      'account',
      'plate',
      'nationality',
      'sex',
      'site_id',
      'entity_id',
    ])
    .where('agency_id', '=', agencyId)
    .orderBy('id')
    .execute();
  return rows as LoadedRecord[];
}

/** Live decisions as index pairs, plus: two analysts' own entities are never joined by the model. */
async function constraintsOf(db: Q, agencyId: string, records: LoadedRecord[]): Promise<Constraints> {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const rows = await db
    .selectFrom('resolution_decisions')
    .select(['record_a', 'record_b', 'decision'])
    .where('agency_id', '=', agencyId)
    .where('undone_at', 'is', null)
    .execute();
  const out: Constraints = { same: [], different: [] };
  for (const r of rows) {
    const a = index.get(r.record_a);
    const b = index.get(r.record_b);
    if (a === undefined || b === undefined) continue;
    (r.decision === 'same' ? out.same : out.different).push([a, b]);
  }
  const own = records.flatMap((r, i) => (r.source === 'entity' ? [i] : []));
  for (let x = 0; x < own.length; x++)
    for (let y = x + 1; y < own.length; y++) out.different.push([own[x] ?? 0, own[y] ?? 0]);
  // A person and an organisation are never one entity.
  return out;
}

/** Writes one grouping: entities, pairs, holdings and names, in one transaction. */
async function persist(
  db: Q,
  agencyId: string,
  records: LoadedRecord[],
  pairs: ScoredPair[],
  groupOf: Int32Array,
) {
  const size = new Map<number, number>();
  for (const g of groupOf) size.set(g, (size.get(g) ?? 0) + 1);
  return db.transaction().execute(async (trx) => {
    const { entityOf, created, touched } = await assignEntities(trx, agencyId, records, groupOf);
    const stored = await storePairs(
      trx,
      agencyId,
      records,
      pairs,
      bandOf,
      (i) => size.get(groupOf[i] ?? i) ?? 1,
    );
    const links = await linkHoldings(trx, agencyId, records, entityOf);
    const names = await indexNames(trx, agencyId, records, entityOf, touched);
    return { entities: new Set(entityOf).size, created, links, names, ...stored };
  });
}

/**
 * Resolves an agency's records into people: gathers the records its imports name, scores candidate pairs with
 * the model (trained anew on these records, without labels, and on the analysts' decisions), groups them under
 * the decisions, and writes entities, holdings, names and the pairs with their explanations. Records are never
 * changed. Audited with its counts.
 */
export async function resolvePeople(db: Q, actor: Actor, requestId: string) {
  const agencyId = actor.agencyId;
  if (!agencyId) throw new AppError('forbidden', 'Resolution belongs to an agency.');
  const started = Date.now();
  await db.transaction().execute((trx) => gatherRecords(trx, agencyId));
  const records = await loadRecords(db, agencyId);
  await settleKinds(db, records);
  const constraints = await constraintsOf(db, agencyId, records);
  const { pairs, model } = scoreRecords(records, constraints);
  const groupOf = groupRecords(records, pairs, constraints, MATCH_AT);
  const summary = await persist(db, agencyId, records, pairs, groupOf);
  await db
    .insertInto('resolution_models')
    .values({ agency_id: agencyId, model: JSON.stringify(model), records: records.length })
    .onConflict((oc) =>
      oc
        .column('agency_id')
        .doUpdateSet({ model: JSON.stringify(model), records: records.length, trained_at: new Date() }),
    )
    .execute();
  const result = { records: records.length, pairs: pairs.length, ...summary, ms: Date.now() - started };
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.resolution_run',
      resource: { type: 'agency', id: agencyId },
      outcome: 'success',
      requestId,
      detail: { ...result },
    }),
  );
  return result;
}

/** Records whose name reads as an organisation's resolve as organisations. */
async function settleKinds(db: Q, records: LoadedRecord[]) {
  const wrong = records.filter((r) => r.source !== 'entity' && recordKindOf(r.name) !== r.kind);
  for (const r of wrong) r.kind = recordKindOf(r.name);
  for (const kind of ['person', 'organisation'] as const) {
    const ids = wrong.filter((r) => r.kind === kind).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 2000)
      await db
        .updateTable('person_records')
        .set({ kind })
        .where('id', 'in', ids.slice(i, i + 2000))
        .execute();
  }
}

/**
 * Groups the agency's records again from the pairs already scored and the decisions now live, without scoring
 * anew: what an analyst's decision changes shows at once.
 */
export async function regroup(db: Q, agencyId: string) {
  const records = await loadRecords(db, agencyId);
  const index = new Map(records.map((r, i) => [r.id, i]));
  const stored = await db
    .selectFrom('resolution_pairs')
    .select(['record_a', 'record_b', 'probability', 'weight', 'explanation'])
    .where('agency_id', '=', agencyId)
    .execute();
  const pairs: ScoredPair[] = stored.flatMap((p) => {
    const a = index.get(p.record_a);
    const b = index.get(p.record_b);
    return a === undefined || b === undefined
      ? []
      : [
          {
            a,
            b,
            probability: Number(p.probability),
            weight: Number(p.weight),
            why: p.explanation as ScoredPair['why'],
          },
        ];
  });
  const constraints = await constraintsOf(db, agencyId, records);
  const groupOf = groupRecords(records, pairs, constraints, MATCH_AT);
  const summary = await persist(db, agencyId, records, pairs, groupOf);
  return { entities: summary.entities, created: summary.created };
}
