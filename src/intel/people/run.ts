import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import { RESOLUTION_TABLES, refreshStatistics } from '../../db/statistics.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { type Decision, type Model, modelFromJson, ResolutionInputError } from '../resolution/index.ts';
import type { Grouping } from './engine-adapter.ts';
import {
  assignEntities,
  indexNames,
  LOADED_COLUMNS,
  type LoadedRecord,
  linkHoldings,
  storePairs,
} from './persist.ts';
import { gatherRecords, recordKindOf } from './records.ts';
import { resolveOffThread } from './resolve-thread.ts';

type Q = Kysely<Database>;

async function loadRecords(db: Q, agencyId: string): Promise<LoadedRecord[]> {
  const rows = await db
    .selectFrom('person_records')
    .select(LOADED_COLUMNS)
    .where('agency_id', '=', agencyId)
    .orderBy('id')
    .execute();
  return rows;
}

/** The agency's live decisions: each binds every run until undone. */
export async function decisionsOf(db: Q, agencyId: string): Promise<Decision[]> {
  const rows = await db
    .selectFrom('resolution_decisions')
    .select(['record_a', 'record_b', 'decision'])
    .where('agency_id', '=', agencyId)
    .where('undone_at', 'is', null)
    .execute();
  return rows.map((r) => ({ a: r.record_a, b: r.record_b, same: r.decision === 'same' }));
}

/** Writes one grouping: entities, pairs, holdings and names, in one transaction. */
async function persist(db: Q, agencyId: string, records: LoadedRecord[], grouping: Grouping) {
  return db.transaction().execute(async (trx) => {
    const { entityOf, created, touched } = await assignEntities(trx, agencyId, records, grouping.groupOf);
    const stored = await storePairs(trx, agencyId, records, grouping.pairs);
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
  const grouping = await resolveOffThread(records, await decisionsOf(db, agencyId));
  const { model, pairs } = grouping;
  const summary = await persist(db, agencyId, records, grouping);
  await refreshStatistics(db, RESOLUTION_TABLES);
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
export async function settleKinds(db: Q, records: LoadedRecord[]) {
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
 * Groups the agency's records again under the decisions now live, with the model of the last run (nothing is
 * trained): what an analyst's decision changes shows at once.
 */
export async function regroup(db: Q, agencyId: string) {
  const records = await loadRecords(db, agencyId);
  const grouping = await resolveOffThread(
    records,
    await decisionsOf(db, agencyId),
    await storedModel(db, agencyId),
  );
  const summary = await persist(db, agencyId, records, grouping);
  return { entities: summary.entities, created: summary.created };
}

/**
 * The model the agency's last run estimated, or undefined when there is none or it was made by an earlier
 * version of the comparisons (its levels no longer fit): the next grouping then estimates a model anew.
 */
export async function storedModel(db: Q, agencyId: string): Promise<Model | undefined> {
  const row = await db
    .selectFrom('resolution_models')
    .select('model')
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!row) return undefined;
  try {
    return modelFromJson(JSON.stringify(row.model));
  } catch (e) {
    if (e instanceof ResolutionInputError) return undefined;
    throw e;
  }
}
