import { type Selectable, sql, type Transaction } from 'kysely';
import type { Database, PersonRecordTable } from '../../db/types.ts';
import { plainKey } from '../name-key.ts';
import { keyFor } from '../search.ts';
import type { StoredPair } from './engine-adapter.ts';

type T = Transaction<Database>;

/** Removes entities' search keys and their name parts (counting them out of the vocabulary). */
async function dropNameKeys(trx: T, ids: string[]) {
  await sql`WITH gone AS (DELETE FROM name_tokens WHERE entity_id = ANY(${ids}::uuid[]) RETURNING token)
    UPDATE name_vocab v SET n = greatest(v.n - g.c, 0)
    FROM (SELECT token, count(*)::int AS c FROM gone GROUP BY token) g WHERE v.token = g.token`.execute(trx);
  await trx.deleteFrom('search_keys').where('entity_id', 'in', ids).execute();
}

/** What resolution reads of each record. */
export const LOADED_COLUMNS = [
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
] as const;

/** A record as the run loaded it. */
export type LoadedRecord = Pick<Selectable<PersonRecordTable>, (typeof LOADED_COLUMNS)[number]>;

const CHUNK = 2000;
const chunks = <X>(xs: X[]): X[][] => {
  const out: X[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
};

/** The name an entity is shown under: the one its records give most often, a Latin spelling before a script. */
export function labelOf(names: string[]): string {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const latin = (s: string) => (/^[\p{Script=Latin}\s.'-]+$/u.test(s) ? 1 : 0);
  return (
    [...count.entries()].sort(
      (a, b) => latin(b[0]) - latin(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0]?.[0] ?? ''
  );
}

/**
 * Gives each group of records its entity: an analyst's own entity when the group holds one, else the entity most
 * of its records had before (so pages, links and bookmarks stay where they were), else a new one. Records keep
 * their content; only `entity_id` changes. Returns the entity of each record and the entities made.
 */
export async function assignEntities(
  trx: T,
  agencyId: string,
  records: LoadedRecord[],
  groupOf: Int32Array,
  partial = false,
): Promise<{ entityOf: string[]; created: number; touched: Set<string> }> {
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const g = groupOf[i] ?? i;
    const list = groups.get(g);
    if (list) list.push(i);
    else groups.set(g, [i]);
  });
  const entityOf: string[] = new Array(records.length).fill('');
  const taken = new Set<string>();
  const fresh: { members: number[]; type: string; label: string }[] = [];
  // Larger groups choose first, so a split leaves the old entity with the larger part.
  for (const members of [...groups.values()].sort((a, b) => b.length - a.length)) {
    const own = members.map((i) => records[i] as LoadedRecord).find((r) => r.source === 'entity')?.entity_id;
    let chosen = own ?? null;
    if (!chosen) {
      const votes = new Map<string, number>();
      for (const i of members) {
        const e = records[i]?.entity_id;
        if (e && !taken.has(e)) votes.set(e, (votes.get(e) ?? 0) + 1);
      }
      chosen = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }
    if (chosen) {
      taken.add(chosen);
      for (const i of members) entityOf[i] = chosen;
    } else {
      const first = records[members[0] ?? 0] as LoadedRecord;
      fresh.push({ members, type: first.kind, label: labelOf(members.map((i) => records[i]?.name ?? '')) });
    }
  }
  for (const part of chunks(fresh)) {
    const made = await trx
      .insertInto('entities')
      .values(part.map((f) => ({ agency_id: agencyId, type: f.type, label: f.label, origin: 'resolution' })))
      .returning('id')
      .execute();
    part.forEach((f, k) => {
      for (const i of f.members) entityOf[i] = made[k]?.id ?? '';
    });
  }
  const touched = new Set<string>();
  const changes = records.flatMap((r, i) => (r.entity_id === entityOf[i] ? [] : [[r.id, entityOf[i] ?? '']]));
  for (const r of records) if (r.entity_id) touched.add(r.entity_id);
  for (const e of entityOf) touched.add(e);
  for (const part of chunks(changes))
    await sql`UPDATE person_records p SET entity_id = v.e::uuid
      FROM (VALUES ${sql.join(part.map(([id, e]) => sql`(${id}::uuid, ${e})`))}) AS v(id, e)
      WHERE p.id = v.id`.execute(trx);
  // The links resolution made last time go (from the entities these records belong or belonged to, when only
  // some of the agency's records are regrouped); linkHoldings makes them again from this grouping.
  const ids = [...touched].filter(Boolean);
  if (partial)
    for (const part of chunks(ids))
      await trx
        .deleteFrom('entity_links')
        .where('origin', '=', 'resolution')
        .where('from_id', 'in', part)
        .execute();
  else
    await trx
      .deleteFrom('entity_links')
      .where('agency_id', '=', agencyId)
      .where('origin', '=', 'resolution')
      .execute();
  // A full run has just written and deleted rows by the million in this transaction: without statistics that
  // say so, the planner takes these tables for the few rows they held before and scans them once per entity.
  if (!partial)
    for (const table of ['entities', 'person_records', 'entity_links'])
      await sql`ANALYZE ${sql.table(table)}`.execute(trx);
  // Resolution's own entities left with no record (their records went elsewhere) and nothing asserted about
  // them, no decision or operation aimed at them, go with their search keys; anything else keeps them. Links are
  // looked for from each end apart, each through its own index: as one test (`from_id = e.id OR to_id = e.id`)
  // the planner can only scan the table for every entity, and here the links just deleted are still in it (a
  // first run over 3.5 million records stood in that scan for many minutes).
  const orphans = (
    await sql<{ id: string }>`SELECT e.id FROM entities e WHERE e.agency_id = ${agencyId}
      AND e.origin = 'resolution' AND e.type IN ('person', 'organisation')
      ${partial ? sql`AND e.id = ANY(${ids}::uuid[])` : sql``}
      AND NOT EXISTS (SELECT 1 FROM person_records p WHERE p.entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM entity_facts f WHERE f.entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM entity_links l WHERE l.from_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM entity_links l WHERE l.to_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM intervention_decisions d WHERE d.target_entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM operations o WHERE o.target_entity_id = e.id)
      AND NOT EXISTS (SELECT 1 FROM ftm_ids x WHERE x.entity_id = e.id)`.execute(trx)
  ).rows.map((r) => r.id);
  for (const part of chunks(orphans)) {
    await dropNameKeys(trx, part);
    await trx.deleteFrom('entities').where('id', 'in', part).execute();
  }
  return { entityOf, created: fresh.length, touched };
}

/**
 * Replaces the agency's stored pairs with this run's (matches and those waiting for review); when only some
 * records were scored again, the pairs of those records.
 */
export async function storePairs(
  trx: T,
  agencyId: string,
  records: LoadedRecord[],
  pairs: StoredPair[],
  partial = false,
): Promise<{ match: number; review: number }> {
  if (partial)
    for (const part of chunks(records.map((r) => r.id)))
      await trx
        .deleteFrom('resolution_pairs')
        .where((eb) => eb.or([eb('record_a', 'in', part), eb('record_b', 'in', part)]))
        .execute();
  else await trx.deleteFrom('resolution_pairs').where('agency_id', '=', agencyId).execute();
  const rows = pairs.flatMap((p) => {
    const [a = '', b = ''] = [records[p.a]?.id ?? '', records[p.b]?.id ?? ''].sort();
    return a === b ? [] : [{ a, b, p }];
  });
  for (const part of chunks(rows))
    await trx
      .insertInto('resolution_pairs')
      .values(
        part.map(({ a, b, p }) => ({
          agency_id: agencyId,
          record_a: a,
          record_b: b,
          probability: p.probability,
          weight: p.weight,
          band: p.band,
          explanation: JSON.stringify(p.why),
          impact: p.impact,
        })),
      )
      .onConflict((oc) => oc.columns(['record_a', 'record_b']).doNothing())
      .execute();
  return {
    match: rows.filter((r) => r.p.band === 'match').length,
    review: rows.filter((r) => r.p.band === 'review').length,
  };
}

/** The things records name beside the person: their phones, accounts, documents, vehicles and sites. */
const HELD = [
  { field: 'phone', type: 'phone', attribute: 'number', link: 'uses_phone' },
  { field: 'account', type: 'account', attribute: 'number', link: 'holds_account' },
  { field: 'document', type: 'identity_document', attribute: 'number', link: 'holds_document' },
  { field: 'plate', type: 'vehicle', attribute: 'plate', link: 'uses_vehicle' },
] as const;

/**
 * Links each resolved entity to what its records name: one phone, account, document or vehicle entity per
 * distinct number (an existing one with the same key when there is one, else made), and to the site a registry
 * names it the owner of. The links resolution made last time were removed by assignEntities; analysts' stay.
 */
export async function linkHoldings(trx: T, agencyId: string, records: LoadedRecord[], entityOf: string[]) {
  const links = new Map<string, { type: string; from: string; to: string }>();
  for (const h of HELD) {
    const values = new Map<string, string>();
    records.forEach((r) => {
      const v = r[h.field];
      if (v) values.set(keyFor(h.type, h.attribute, v)?.key ?? plainKey(v), v);
    });
    if (values.size === 0) continue;
    const kind = keyFor(h.type, h.attribute, [...values.values()][0] ?? '')?.kind ?? h.field;
    const found = new Map<string, string>();
    for (const part of chunks([...values.keys()])) {
      const rows = await trx
        .selectFrom('search_keys')
        .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
        .select(['search_keys.key', 'search_keys.entity_id'])
        .where('search_keys.agency_id', '=', agencyId)
        .where('search_keys.kind', '=', kind)
        .where('entities.type', '=', h.type)
        .where('search_keys.key', 'in', part)
        .execute();
      for (const r of rows) if (!found.has(r.key)) found.set(r.key, r.entity_id);
    }
    const missing = [...values.entries()].filter(([k]) => !found.has(k));
    for (const part of chunks(missing)) {
      const made = await trx
        .insertInto('entities')
        .values(part.map(([, v]) => ({ agency_id: agencyId, type: h.type, label: v, origin: 'resolution' })))
        .returning('id')
        .execute();
      const keys = part.flatMap(([k, v], i) => {
        const id = made[i]?.id;
        return id ? [{ agency_id: agencyId, entity_id: id, kind, value: v, key: k }] : [];
      });
      if (keys.length) await trx.insertInto('search_keys').values(keys).execute();
      part.forEach(([k], i) => {
        const id = made[i]?.id;
        if (id) found.set(k, id);
      });
    }
    records.forEach((r, i) => {
      const v = r[h.field];
      const to = v ? found.get(keyFor(h.type, h.attribute, v)?.key ?? plainKey(v)) : undefined;
      const from = entityOf[i];
      if (to && from) links.set(`${h.link}|${from}|${to}`, { type: h.link, from, to });
    });
  }
  records.forEach((r, i) => {
    const from = entityOf[i];
    if (r.site_id && from) links.set(`owns|${from}|${r.site_id}`, { type: 'owns', from, to: r.site_id });
  });
  for (const part of chunks([...links.values()]))
    await trx
      .insertInto('entity_links')
      .values(
        part.map((l) => ({
          agency_id: agencyId,
          type: l.type,
          from_id: l.from,
          to_id: l.to,
          report_id: null,
          import_id: null,
          source_grade: null,
          info_grade: null,
          asserted_by: null,
          origin: 'resolution',
        })),
      )
      .execute();
  return links.size;
}

/**
 * Keeps every resolved entity findable by each name its records give: resolution's own entities are re-keyed
 * whole; an analyst's entity gains the names of the records joined to it.
 */
export async function indexNames(
  trx: T,
  agencyId: string,
  records: LoadedRecord[],
  entityOf: string[],
  touched: Set<string>,
) {
  const ids = [...touched].filter(Boolean);
  const own = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await trx
      .selectFrom('entities')
      .select('id')
      .where('id', 'in', part)
      .where('origin', '=', 'resolution')
      .execute();
    for (const r of rows) own.add(r.id);
  }
  for (const part of chunks([...own])) await dropNameKeys(trx, part);
  const want = new Map<
    string,
    { agency_id: string; entity_id: string; kind: string; value: string; key: string }
  >();
  records.forEach((r, i) => {
    const e = entityOf[i];
    if (!e) return;
    const k = keyFor(r.kind, 'name', r.name);
    if (k?.key)
      want.set(`${e}|${k.key}|${r.name}`, {
        agency_id: agencyId,
        entity_id: e,
        kind: k.kind,
        value: r.name,
        key: k.key,
      });
  });
  // Analysts' entities: only names they are not findable by yet.
  const theirs = [...new Set([...want.values()].map((w) => w.entity_id).filter((e) => !own.has(e)))];
  for (const part of chunks(theirs)) {
    const have = await trx
      .selectFrom('search_keys')
      .select(['entity_id', 'key', 'value'])
      .where('entity_id', 'in', part)
      .where('kind', '=', 'name')
      .execute();
    for (const h of have) want.delete(`${h.entity_id}|${h.key}|${h.value}`);
  }
  for (const part of chunks([...want.values()])) await trx.insertInto('search_keys').values(part).execute();
  return want.size;
}
