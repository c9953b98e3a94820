import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import { RESOLUTION_TABLES, refreshStatistics } from '../../db/statistics.ts';
import type { Database } from '../../db/types.ts';
import { nameKey, namePartKeys } from '../name-key.ts';
import type { Decision } from '../resolution/index.ts';
import {
  assignEntities,
  indexNames,
  LOADED_COLUMNS,
  type LoadedRecord,
  linkHoldings,
  storePairs,
} from './persist.ts';
import { gatherRecords } from './records.ts';
import { resolveOffThread } from './resolve-thread.ts';
import { decisionsOf, resolvePeople, settleKinds, storedModel } from './run.ts';

type Q = Kysely<Database>;

/** A name part this common says too little to bring a person's records into the neighbourhood. */
const COMMON_PART = 200;
/** When new records are this share of all, resolving everything again costs little more: it is done instead. */
const FULL_RUN_SHARE = 0.25;

/**
 * The resolved entities new records could join: those sharing a phone, an account or a document with them, or
 * known by the same name key, or by one of their less common name parts.
 */
async function neighbourhood(db: Q, agencyId: string, fresh: LoadedRecord[]): Promise<string[]> {
  const values = (f: (r: LoadedRecord) => string | null) => [
    ...new Set(fresh.map(f).filter((v): v is string => !!v)),
  ];
  const phones = values((r) => r.phone);
  const accounts = values((r) => r.account);
  const documents = values((r) => r.document);
  const keys = values((r) => nameKey(r.name));
  const parts = [...new Set(fresh.flatMap((r) => namePartKeys(r.name)))];
  const none = [''];
  const rows = await sql<{ entity_id: string }>`
    SELECT entity_id FROM person_records
    WHERE agency_id = ${agencyId} AND entity_id IS NOT NULL
      AND (phone = ANY(${phones.length ? phones : none}::text[])
        OR account = ANY(${accounts.length ? accounts : none}::text[])
        OR document = ANY(${documents.length ? documents : none}::text[]))
    UNION
    SELECT entity_id FROM search_keys
    WHERE agency_id = ${agencyId} AND kind = 'name' AND key = ANY(${keys.length ? keys : none}::text[])
    UNION
    SELECT t.entity_id FROM name_tokens t JOIN name_vocab v ON v.token = t.token
    WHERE t.agency_id = ${agencyId} AND t.token = ANY(${parts.length ? parts : none}::text[])
      AND v.n <= ${COMMON_PART}`.execute(db);
  return rows.rows.map((r) => r.entity_id);
}

/**
 * Resolves the records new imports brought against the people already resolved, without resolving everything
 * again: only the new records and the entities they could join are scored (with the model of the last run), the
 * existing entities kept as they are unless a new record joins two of them. With no model yet, or when the new
 * records are a large share of all, it runs the whole resolution instead. Audited with its counts.
 */
export async function resolveNew(db: Q, actor: Actor, requestId: string) {
  const agencyId = actor.agencyId;
  if (!agencyId) return null;
  const started = Date.now();
  const total = await db.transaction().execute((trx) => gatherRecords(trx, agencyId));
  const fresh = (await db
    .selectFrom('person_records')
    .select(LOADED_COLUMNS)
    .where('agency_id', '=', agencyId)
    .where('entity_id', 'is', null)
    .orderBy('id')
    .execute()) as LoadedRecord[];
  if (fresh.length === 0)
    return { records: 0, full: false, entities: 0, created: 0, ms: Date.now() - started };
  const model = await storedModel(db, agencyId);
  if (!model || fresh.length > total * FULL_RUN_SHARE) {
    const full = await resolvePeople(db, actor, requestId);
    return {
      records: fresh.length,
      full: true,
      scored: full.records,
      joined: 0,
      entities: full.entities,
      created: full.created,
      ms: full.ms,
    };
  }
  await settleKinds(db, fresh);
  const near = await neighbourhood(db, agencyId, fresh);
  const existing: LoadedRecord[] = [];
  for (let i = 0; i < near.length; i += 2000)
    existing.push(
      ...((await db
        .selectFrom('person_records')
        .select(LOADED_COLUMNS)
        .where('agency_id', '=', agencyId)
        .where('entity_id', 'in', near.slice(i, i + 2000))
        .execute()) as LoadedRecord[]),
    );
  const scope = [...existing, ...fresh];
  const inScope = new Set(scope.map((r) => r.id));
  // The existing entities stay as they are: their records are held together as an analyst's "same" would.
  const held: Decision[] = [];
  const firstOf = new Map<string, string>();
  for (const r of existing) {
    const e = r.entity_id ?? '';
    const first = firstOf.get(e);
    if (first === undefined) firstOf.set(e, r.id);
    else held.push({ a: first, b: r.id, same: true });
  }
  const live = (await decisionsOf(db, agencyId)).filter((d) => inScope.has(d.a) && inScope.has(d.b));
  const grouping = await resolveOffThread(scope, [...live, ...held], model);
  const summary = await db.transaction().execute(async (trx) => {
    const { entityOf, created, touched } = await assignEntities(trx, agencyId, scope, grouping.groupOf, true);
    await storePairs(trx, agencyId, scope, grouping.pairs, true);
    await linkHoldings(trx, agencyId, scope, entityOf);
    await indexNames(trx, agencyId, scope, entityOf, touched);
    const joined = fresh.filter((_, k) => {
      const e = entityOf[existing.length + k];
      return existing.some((r) => r.entity_id === e);
    }).length;
    return { created, joined };
  });
  await refreshStatistics(db, RESOLUTION_TABLES);
  const result = {
    records: fresh.length,
    full: false,
    scored: scope.length,
    joined: summary.joined,
    entities: summary.created,
    created: summary.created,
    ms: Date.now() - started,
  };
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.resolution_new',
      resource: { type: 'agency', id: agencyId },
      outcome: 'success',
      requestId,
      detail: { ...result },
    }),
  );
  return result;
}
