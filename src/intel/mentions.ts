import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { visibleEntity, visibleReports } from './entities.ts';
import { candidateKeys, type KeyKind, outermost, type Span } from './mention-finder.ts';
import { ENTITY_TYPES, type EntityType } from './registry.ts';
import { itemContext, openTitle } from './reports.ts';

// Reports tied to the entities they name. A report's items are sealed at rest, so the entities they name are
// found where the text is in clear: when the report is written (the route, with the text it was given) and at
// start-up for reports read by an earlier version of the finder, or never (reMentionReports, like the
// re-indexing of report-terms.ts). Only the report's own agency's entities are looked for, and only ids are
// stored. Co-mentions become edges of the network through mentionEdges.

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The version of the mention finder (mention-finder.ts). Reports read by an earlier one are read again once, at
 * start-up. 1: names by their name key over runs of up to six words, numbers by plain and E.164 keys. 2: a site's
 * name several sites share names those of them in a town the text names (narrowByTown).
 */
export const MENTIONS_VERSION = 2;

const NUMBER_KINDS = ['account', 'plate', 'document', 'registration', 'phone'];

export interface FoundMention {
  n: number;
  entityId: string;
  kind: string;
}

type Hit = { span: Span; value: { entityId: string; kind: string } };

/**
 * A name several sites share (Lucky Sugarcane Plantation, a farm in five provinces) names those of them whose
 * town the text names too ("… guards Lucky Sugarcane Plantation in Siem Reap"), or all of them when it names none
 * of their towns. A site's town is the first part of its address ("Siem Reap, KH").
 */
async function narrowByTown(q: Q, text: string, hits: Hit[]): Promise<Hit[]> {
  const bySpan = new Map<string, Hit[]>();
  for (const h of hits) {
    if (h.value.kind !== 'name') continue;
    const k = `${h.span.start}:${h.span.end}`;
    bySpan.set(k, [...(bySpan.get(k) ?? []), h]);
  }
  const shared = [...bySpan.values()].filter((l) => l.length > 1).flat();
  if (shared.length === 0) return hits;
  const towns = new Map<string, string[]>();
  for (const f of await q
    .selectFrom('entity_facts')
    .innerJoin('entities', 'entities.id', 'entity_facts.entity_id')
    .select(['entity_facts.entity_id', 'entity_facts.value'])
    .where('entity_facts.entity_id', 'in', [...new Set(shared.map((h) => h.value.entityId))])
    .where('entity_facts.attribute', '=', 'address')
    .where('entities.type', '=', 'site')
    .execute()) {
    const town = (f.value.split(',')[0] ?? '').trim().toLocaleLowerCase();
    if (town.length >= 2) towns.set(f.entity_id, [...(towns.get(f.entity_id) ?? []), town]);
  }
  const written = text.toLocaleLowerCase();
  const there = (h: Hit) => (towns.get(h.value.entityId) ?? []).some((t) => written.includes(t));
  const dropped = new Set<Hit>();
  for (const list of bySpan.values()) {
    const sites = list.filter((h) => towns.has(h.value.entityId));
    if (sites.length < 2 || !sites.some(there)) continue;
    for (const h of sites) if (!there(h)) dropped.add(h);
  }
  return hits.filter((h) => !dropped.has(h));
}

/** The agency's entities named in each item of a text (the keys are looked up in search_keys). */
export async function findMentions(
  q: Q,
  agencyId: string,
  items: readonly { n: number; text: string }[],
): Promise<FoundMention[]> {
  const out: FoundMention[] = [];
  for (const item of items) {
    const cands = [...candidateKeys(item.text).values()];
    const keysOf = (kind: KeyKind) => [...new Set(cands.filter((c) => c.kind === kind).map((c) => c.key))];
    const names = keysOf('name');
    const phones = keysOf('phone');
    const numbers = keysOf('number');
    if (names.length + phones.length + numbers.length === 0) continue;
    const rows = await sql<{ entity_id: string; kind: string; key: string }>`
      SELECT DISTINCT entity_id, kind, key FROM search_keys
      WHERE agency_id = ${agencyId} AND (
        (kind = 'name' AND key = ANY(${names}::text[]))
        OR (kind = 'phone' AND key = ANY(${phones}::text[]))
        OR (kind = ANY(${NUMBER_KINDS}::text[]) AND key = ANY(${numbers}::text[])))`.execute(q);
    const byKey = new Map<string, { entityId: string; kind: string }[]>();
    for (const r of rows.rows) {
      // A phone is stored by its E.164 form, or its letters and digits when it read as none.
      const from: KeyKind[] =
        r.kind === 'name' ? ['name'] : r.kind === 'phone' ? ['phone', 'number'] : ['number'];
      for (const k of from) {
        const id = `${k}\u0000${r.key}`;
        byKey.set(id, [...(byKey.get(id) ?? []), { entityId: r.entity_id, kind: r.kind }]);
      }
    }
    const hits: { span: Span; value: { entityId: string; kind: string } }[] = [];
    for (const c of cands) {
      const matched = byKey.get(`${c.kind}\u0000${c.key}`);
      if (matched) for (const m of matched) for (const span of c.spans) hits.push({ span, value: m });
    }
    const seen = new Set<string>();
    for (const h of await narrowByTown(q, item.text, outermost(hits))) {
      if (seen.has(h.value.entityId)) continue;
      seen.add(h.value.entityId);
      out.push({ n: item.n, entityId: h.value.entityId, kind: h.value.kind });
    }
  }
  return out;
}

/** Finds and stores the mentions of one report (replacing earlier ones), and records the finder's version. */
export async function mentionReport(
  q: Q,
  reportId: string,
  agencyId: string,
  items: readonly { n: number; text: string }[],
): Promise<number> {
  const found = await findMentions(q, agencyId, items);
  await q.deleteFrom('report_mentions').where('report_id', '=', reportId).execute();
  if (found.length)
    await q
      .insertInto('report_mentions')
      .values(
        found.map((m) => ({
          report_id: reportId,
          n: m.n,
          entity_id: m.entityId,
          agency_id: agencyId,
          kind: m.kind,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  await sql`
    INSERT INTO report_mention_runs (report_id, version) VALUES (${reportId}, ${MENTIONS_VERSION})
    ON CONFLICT (report_id) DO UPDATE SET version = EXCLUDED.version, ran_at = now()`.execute(q);
  return found.length;
}

const BATCH = 100;

/**
 * Reads again, with the key, every report whose mentions were found by an earlier version of the finder or never
 * (written before mentions, or by a loader that does not find them), a batch per transaction. Items still waiting
 * to be sealed are left for the next start. `agencyId` with `all` reads every report of that agency again (after
 * a bulk load of entities). Returns the count of reports read.
 */
export async function reMentionReports(
  db: Kysely<Database>,
  ring: Keyring,
  again?: { agencyId: string },
): Promise<number> {
  if (again)
    await sql`DELETE FROM report_mention_runs m USING intel_reports r
              WHERE r.id = m.report_id AND r.agency_id = ${again.agencyId}`.execute(db);
  let done = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const reports = await sql<{ id: string; agency_id: string }>`
        SELECT r.id, r.agency_id FROM intel_reports r
        LEFT JOIN report_mention_runs m ON m.report_id = r.id
        WHERE (m.report_id IS NULL OR m.version < ${MENTIONS_VERSION})
          AND NOT EXISTS (SELECT 1 FROM intel_report_items i WHERE i.report_id = r.id AND i.needs_seal)
        ORDER BY r.id LIMIT ${BATCH} FOR UPDATE OF r SKIP LOCKED`.execute(trx);
      for (const r of reports.rows) {
        const items = await trx
          .selectFrom('intel_report_items')
          .select(['n', 'text'])
          .where('report_id', '=', r.id)
          .execute();
        await mentionReport(
          trx,
          r.id,
          r.agency_id,
          items.map((i) => ({ n: i.n, text: unseal(ring, i.text, itemContext(r.id, i.n)) })),
        );
      }
      return reports.rows.length;
    });
    done += n;
    if (n < BATCH) return done;
  }
}

/** The ids among `ids` of entities the actor may see: their agency's own, or shared with it. */
export async function visibleEntityIds(q: Q, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await q.selectFrom('entities').select(['id', 'agency_id']).where('id', 'in', ids).execute();
  const shared = actor.agencyId
    ? await q
        .selectFrom('shares')
        .select('resource_id')
        .where('resource_type', '=', 'entity')
        .where('agency_id', '=', actor.agencyId)
        .where('resource_id', 'in', ids)
        .execute()
    : [];
  const given = new Set(shared.map((s) => s.resource_id));
  return new Set(
    rows
      .filter((r) =>
        can(actor, 'intel.read', {
          type: 'entity',
          id: r.id,
          agencyId: r.agency_id,
          sharedWith: given.has(r.id) && actor.agencyId ? [actor.agencyId] : [],
        }),
      )
      .map((r) => r.id),
  );
}

/**
 * The entities a report names that the actor may see, each with the items naming it. The caller has checked
 * that the report is one the actor may read. Audited with the entities' ids (a look at an operation's target).
 */
export async function reportMentions(
  db: Kysely<Database>,
  actor: Actor,
  reportId: string,
  requestId: string,
) {
  if (!(await visibleReports(db, actor, [reportId])).has(reportId)) throw new AppError('not_found');
  const rows = await db
    .selectFrom('report_mentions as m')
    .innerJoin('entities as e', 'e.id', 'm.entity_id')
    .select(['e.id', 'e.type', 'e.label', 'm.n'])
    .where('m.report_id', '=', reportId)
    .orderBy('e.label')
    .execute();
  const ok = await visibleEntityIds(db, actor, [...new Set(rows.map((r) => r.id))]);
  const byId = new Map<
    string,
    { id: string; type: string; typeLabel: string; label: string; items: number[] }
  >();
  for (const r of rows) {
    if (!ok.has(r.id)) continue;
    const e = byId.get(r.id) ?? {
      id: r.id,
      type: r.type,
      typeLabel: ENTITY_TYPES[r.type as EntityType]?.label ?? r.type,
      label: r.label,
      items: [],
    };
    e.items.push(r.n);
    byId.set(r.id, e);
  }
  const entities = [...byId.values()].map((e) => ({ ...e, items: e.items.sort((a, b) => a - b) }));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.report_mentions_read',
      resource: { type: 'intel_report', id: reportId },
      outcome: 'success',
      requestId,
      detail: entities.length ? { entityIds: entities.map((e) => e.id) } : undefined,
    }),
  );
  return entities;
}

/** Every report naming an entity that the actor may see, newest first, each with the items naming it (audited). */
export async function entityReports(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  entityId: string,
  requestId: string,
) {
  await visibleEntity(db, actor, entityId);
  const rows = await db
    .selectFrom('report_mentions as m')
    .innerJoin('intel_reports as r', 'r.id', 'm.report_id')
    .select(['r.id', 'r.title', 'r.reported_on', 'm.n'])
    .where('m.entity_id', '=', entityId)
    .orderBy('r.reported_on', 'desc')
    .orderBy('r.id')
    .execute();
  const ok = await visibleReports(db, actor, [...new Set(rows.map((r) => r.id))]);
  const byId = new Map<string, { id: string; title: string; reportedOn: string; items: number[] }>();
  for (const r of rows) {
    if (!ok.has(r.id)) continue;
    const e = byId.get(r.id) ?? {
      id: r.id,
      title: openTitle(ring, r),
      reportedOn: new Date(r.reported_on).toISOString().slice(0, 10),
      items: [],
    };
    e.items.push(r.n);
    byId.set(r.id, e);
  }
  const reports = [...byId.values()];
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.entity_reports_read',
      resource: { type: 'entity', id: entityId },
      outcome: 'success',
      requestId,
      detail: { reports: reports.length },
    }),
  );
  return reports;
}

export interface MentionEdge {
  /** The two entities, a < b. */
  a: string;
  b: string;
  /** The reports, visible to the actor, that name both. */
  reportIds: string[];
}

/**
 * Pairs of entities named in the same report, for the network: each pair with at least one end among
 * `entityIds`, both ends and every report counted visible to the actor (the filter is applied here, before the
 * graph sees the pair). Pairs are returned once, their ends in id order.
 */
export async function mentionEdges(
  db: Q,
  actor: Actor,
  entityIds: readonly string[],
): Promise<MentionEdge[]> {
  if (entityIds.length === 0 || !actor.agencyId) return [];
  const rows = await sql<{ a: string; b: string; report_id: string }>`
    SELECT DISTINCT x.entity_id AS a, y.entity_id AS b, x.report_id
    FROM report_mentions x
    JOIN report_mentions y ON y.report_id = x.report_id AND y.entity_id <> x.entity_id
    WHERE x.entity_id = ANY(${[...entityIds]}::uuid[])
    LIMIT 50000`.execute(db);
  const reports = await visibleReports(db, actor, [...new Set(rows.rows.map((r) => r.report_id))]);
  const entities = await visibleEntityIds(db, actor, [...new Set(rows.rows.flatMap((r) => [r.a, r.b]))]);
  const pairs = new Map<string, MentionEdge>();
  for (const r of rows.rows) {
    if (!reports.has(r.report_id) || !entities.has(r.a) || !entities.has(r.b)) continue;
    const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const key = `${a}/${b}`;
    const edge = pairs.get(key) ?? { a, b, reportIds: [] };
    if (!edge.reportIds.includes(r.report_id)) edge.reportIds.push(r.report_id);
    pairs.set(key, edge);
  }
  return [...pairs.values()].map((e) => ({ ...e, reportIds: e.reportIds.sort() }));
}

/** Finds the mentions of a report just written by the actor, from the items' text as it was given. */
export async function mentionNewReport(
  db: Kysely<Database>,
  actor: Actor,
  reportId: string,
  items: readonly { text: string }[],
): Promise<string> {
  if (actor.agencyId)
    await db.transaction().execute((trx) =>
      mentionReport(
        trx,
        reportId,
        actor.agencyId ?? '',
        items.map((it, i) => ({ n: i + 1, text: it.text })),
      ),
    );
  return reportId;
}
