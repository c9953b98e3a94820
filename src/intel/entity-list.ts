import { type Kysely, type RawBuilder, sql } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { ENTITY_TYPES, type EntityType } from './registry.ts';
import { foldText } from './text-terms.ts';
import type { ENTITY_SORTS } from './wire.ts';

// The entities an analyst may browse: their agency's own and those shared with it (the row filter of
// access/policy.ts visibleRows, written here in SQL), filtered by type, name and agency, sorted by label, type
// or last activity, a page at a time by keyset (the cursor holds the last row's sort values and id, so a page is
// the same however deep). Last activity is the latest of the entity's creation, its facts, its links and, for
// the phones and accounts it is known by, the calls and transfers aggregated in network_edges.

export type Sort = (typeof ENTITY_SORTS)[number];

export interface ListQuery {
  type?: string | undefined;
  q?: string | undefined;
  /** 'own', 'shared', or an agency's id. */
  agency?: string | undefined;
  sort: Sort;
  order: 'asc' | 'desc';
  limit: number;
  cursor?: string | undefined;
}

export interface EntityRow {
  id: string;
  type: string;
  typeLabel: string;
  label: string;
  agencyId: string;
  agencyName: string;
  own: boolean;
  lastActivity: string;
  links: number;
  reports: number;
}

type Cursor = [string, string, string];

const encode = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decode(cursor: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string')) return c as Cursor;
  } catch {
    // fall through: a cursor not of this listing
  }
  throw new AppError('validation_failed', 'cursor: not a cursor of this listing; start from the first page');
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A page of the entities the actor may see, with the cursor of the next page (null on the last). The listing is
 * audited with the ids returned, never the words filtered by.
 */
export async function listEntities(db: Kysely<Database>, actor: Actor, f: ListQuery, requestId: string) {
  if (!actor.agencyId || !actor.permissions.has('intel.read')) throw new AppError('forbidden');
  const me = actor.agencyId;
  const visible = sql`(e.agency_id = ${me} OR EXISTS (SELECT 1 FROM shares s WHERE s.resource_type = 'entity'
    AND s.resource_id = e.id::text AND s.agency_id = ${me}))`;
  const where: RawBuilder<unknown>[] = [visible];
  if (f.type) where.push(sql`e.type = ${f.type}`);
  if (f.agency === 'own') where.push(sql`e.agency_id = ${me}`);
  else if (f.agency === 'shared') where.push(sql`e.agency_id <> ${me}`);
  else if (f.agency) where.push(sql`e.agency_id = ${f.agency}::uuid`);
  const q = f.q?.trim();
  if (q)
    for (const part of foldText(q).split(/\s+/).filter(Boolean))
      where.push(sql`lantern_fold(e.label) ILIKE ${`%${escapeLike(part)}%`}`);
  // The sort key as text that sorts as the values do: labels as they are, types then labels, and last activity in
  // microseconds since 1970, zero-padded (a timestamp rounded to JavaScript's milliseconds would skip rows).
  const key = {
    label: sql`e.label`,
    type: sql`e.type || '/' || e.label`,
    last_activity: sql`lpad((extract(epoch FROM a.last_activity) * 1000000)::bigint::text, 20, '0')`,
  }[f.sort];
  const dir = f.order === 'desc' ? sql`DESC` : sql`ASC`;
  const after = f.cursor ? decode(f.cursor) : null;
  if (after) {
    if (after[0] !== f.sort) throw new AppError('validation_failed', 'cursor: made for another sort order');
    where.push(
      f.order === 'desc'
        ? sql`(${key}, e.id) < (${after[1]}, ${after[2]}::uuid)`
        : sql`(${key}, e.id) > (${after[1]}, ${after[2]}::uuid)`,
    );
  }
  const rows = await sql<{
    id: string;
    type: string;
    label: string;
    agency_id: string;
    agency_name: string;
    last_activity: Date | string;
    sort_key: string;
    links: string;
    reports: string;
  }>`
    SELECT e.id, e.type, e.label, e.agency_id, g.name AS agency_name, a.last_activity, ${key} AS sort_key,
      (SELECT count(*) FROM entity_links l WHERE (l.from_id = e.id OR l.to_id = e.id)
         AND (l.report_id IS NULL OR l.agency_id = ${me} OR EXISTS (SELECT 1 FROM shares s
           WHERE s.resource_type = 'intel_report' AND s.resource_id = l.report_id::text AND s.agency_id = ${me})))
        AS links,
      (SELECT count(DISTINCT m.report_id) FROM report_mentions m JOIN intel_reports r ON r.id = m.report_id
        WHERE m.entity_id = e.id AND (r.agency_id = ${me} OR EXISTS (SELECT 1 FROM shares s
          WHERE s.resource_type = 'intel_report' AND s.resource_id = r.id::text AND s.agency_id = ${me})))
        AS reports
    FROM entities e
    JOIN agencies g ON g.id = e.agency_id
    CROSS JOIN LATERAL (SELECT GREATEST(e.created_at,
      (SELECT max(f.asserted_at) FROM entity_facts f WHERE f.entity_id = e.id),
      (SELECT max(l.asserted_at) FROM entity_links l WHERE l.from_id = e.id),
      (SELECT max(l.asserted_at) FROM entity_links l WHERE l.to_id = e.id),
      (SELECT max(n.last_at) FROM search_keys k JOIN network_edge_parts n ON n.agency_id = k.agency_id
         AND n.kind = CASE k.kind WHEN 'phone' THEN 'call' ELSE 'transfer' END AND n.a = k.key
        WHERE k.entity_id = e.id AND k.kind IN ('phone', 'account')),
      (SELECT max(n.last_at) FROM search_keys k JOIN network_edge_parts n ON n.agency_id = k.agency_id
         AND n.kind = CASE k.kind WHEN 'phone' THEN 'call' ELSE 'transfer' END AND n.b = k.key
        WHERE k.entity_id = e.id AND k.kind IN ('phone', 'account'))) AS last_activity) a
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${key} ${dir}, e.id ${dir}
    LIMIT ${f.limit + 1}`.execute(db);
  const page = rows.rows.slice(0, f.limit);
  const last = page.at(-1);
  const entities: EntityRow[] = page.map((r) => ({
    id: r.id,
    type: r.type,
    typeLabel: ENTITY_TYPES[r.type as EntityType]?.label ?? r.type,
    label: r.label,
    agencyId: r.agency_id,
    agencyName: r.agency_name,
    own: r.agency_id === me,
    lastActivity: new Date(r.last_activity).toISOString(),
    links: Number(r.links),
    reports: Number(r.reports),
  }));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.entities_list',
      resource: { type: 'entity' },
      outcome: 'success',
      requestId,
      detail: { returned: entities.length, entityIds: entities.map((e) => e.id) },
    }),
  );
  return {
    entities,
    next: rows.rows.length > f.limit && last ? encode([f.sort, last.sort_key, last.id]) : null,
  };
}
