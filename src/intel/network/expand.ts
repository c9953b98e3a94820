import type { Kysely } from 'kysely';
import { type Actor, can } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { visibleReports } from '../entities.ts';
import { LINK_TYPES } from '../registry.ts';
import { keyFor } from '../search.ts';

// One step of the graph: from a set of nodes to their neighbours and the edges that reach them. Nodes are
// entities (by id) and, for numbers and accounts met only in traces, the identifier itself (`tel:+66…`,
// `acct:…`). The permission filter is applied here, inside the step: an entity the actor may not see is never
// returned, so a traversal never passes through it; a declared link counts only when its report is visible.

type Q = Kysely<Database>;

export interface GraphNode {
  id: string;
  /** Entity type, or 'phone' / 'account' for an identifier with no entity. */
  type: string;
  label: string;
  entity: boolean;
}

export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  /** A declared link type (owns, uses_phone…), or 'call' / 'transfer' for traces aggregated. */
  type: string;
  label: string;
  /** Tie strength: 1 for a declared link, the number of calls or transfers for traces. */
  weight: number;
  /** Why the link is there: the report or import that asserted it with its grades, or the traces counted. */
  provenance:
    | {
        kind: 'declared';
        linkId: string;
        reportId: string | null;
        importId: string | null;
        sourceGrade: string;
        infoGrade: string;
        assertedAt: string;
        origin: string | null;
      }
    | {
        kind: 'traces';
        count: number;
        total: number;
        firstAt: string;
        lastAt: string;
        /** Counts by time of day on the region's clock: 0–6, 6–12, 12–18, 18–24. */
        bands: [number, number, number, number];
      };
}

export interface GraphFilters {
  /** Traces last seen before `from` or first seen after `to` are left out; links asserted after `to` too. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only these edge types (declared link types, 'call', 'transfer'). */
  types?: readonly string[] | undefined;
  /** Edges weaker than this are left out. */
  minWeight?: number | undefined;
  /** Declared links graded worse than these (source 1–3, information A–E; 1 and A best) are left out. */
  worstSource?: string | undefined;
  worstInfo?: string | undefined;
}

const TRACE_PREFIX = { call: 'tel:', transfer: 'acct:' } as const;
const HOLDER_TYPE = { call: 'phone', transfer: 'account' } as const;
const KEY_KIND = { call: 'phone', transfer: 'account' } as const;

const wanted = (f: GraphFilters, type: string) => !f.types || f.types.length === 0 || f.types.includes(type);

/** The neighbours of `frontier` one step away, with the edges that reach them (both directions). */
export async function expand(
  db: Q,
  actor: Actor,
  frontier: readonly string[],
  filters: GraphFilters,
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  const entityIds = frontier.filter((id) => !id.includes(':'));
  const edges: GraphEdge[] = [];
  const otherIds = new Set<string>();
  if (entityIds.length > 0) {
    for (const e of await declaredEdges(db, actor, entityIds, filters)) {
      edges.push(e);
      otherIds.add(e.from);
      otherIds.add(e.to);
    }
  }
  for (const kind of ['call', 'transfer'] as const) {
    if (!wanted(filters, kind)) continue;
    for (const e of await traceEdges(db, actor, frontier, kind, filters)) edges.push(e);
  }
  const nodes = await describe(db, actor, [...new Set(edges.flatMap((e) => [e.from, e.to]))]);
  const shown = new Set(nodes.map((n) => n.id));
  return { nodes, edges: edges.filter((e) => shown.has(e.from) && shown.has(e.to)) };
}

async function declaredEdges(db: Q, actor: Actor, ids: string[], f: GraphFilters): Promise<GraphEdge[]> {
  if (!actor.agencyId) return [];
  let q = db
    .selectFrom('entity_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_id', 'in', ids), eb('to_id', 'in', ids)]));
  if (f.types && f.types.length > 0) q = q.where('type', 'in', f.types);
  if (f.to) q = q.where('asserted_at', '<=', f.to);
  const rows = await q.limit(20_000).execute();
  const reports = await visibleReports(db, actor, [
    ...new Set(rows.map((r) => r.report_id).filter((r): r is string => r !== null)),
  ]);
  return rows
    .filter((r) => r.report_id === null || reports.has(r.report_id))
    .filter((r) => !f.worstSource || (r.source_grade ?? '9') <= f.worstSource)
    .filter((r) => !f.worstInfo || (r.info_grade ?? 'Z') <= f.worstInfo)
    .filter(() => !f.minWeight || f.minWeight <= 1)
    .map((r) => ({
      id: r.id,
      from: r.from_id,
      to: r.to_id,
      type: r.type,
      label: LINK_TYPES[r.type as keyof typeof LINK_TYPES]?.label ?? r.type.replaceAll('_', ' '),
      weight: 1,
      provenance: {
        kind: 'declared' as const,
        linkId: r.id,
        reportId: r.report_id,
        importId: r.import_id,
        sourceGrade: r.source_grade ?? '',
        infoGrade: r.info_grade ?? '',
        assertedAt: new Date(r.asserted_at).toISOString(),
        origin: r.origin,
      },
    }));
}

/**
 * Calls or transfers of the frontier's numbers or accounts (its phone and account entities' identifiers and its
 * bare identifiers), each end named by the entity that holds the identifier when the actor sees one.
 */
async function traceEdges(
  db: Q,
  actor: Actor,
  frontier: readonly string[],
  kind: 'call' | 'transfer',
  f: GraphFilters,
): Promise<GraphEdge[]> {
  const agencyId = actor.agencyId;
  if (!agencyId) return [];
  const prefix = TRACE_PREFIX[kind];
  const owner = new Map<string, string>();
  for (const id of frontier) if (id.startsWith(prefix)) owner.set(id.slice(prefix.length), id);
  const entityIds = frontier.filter((id) => !id.includes(':'));
  if (entityIds.length > 0) {
    const keys = await db
      .selectFrom('search_keys')
      .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
      .select(['search_keys.entity_id', 'search_keys.key', 'search_keys.value'])
      .where('search_keys.agency_id', '=', agencyId)
      .where('search_keys.kind', '=', KEY_KIND[kind])
      .where('entities.type', '=', HOLDER_TYPE[kind])
      .where('search_keys.entity_id', 'in', entityIds)
      .execute();
    for (const k of keys) {
      owner.set(k.key, k.entity_id);
      owner.set(k.value, k.entity_id);
    }
  }
  const ids = [...owner.keys()];
  if (ids.length === 0) return [];
  let q = db
    .selectFrom('network_edges')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('kind', '=', kind)
    .where((eb) => eb.or([eb('a', 'in', ids), eb('b', 'in', ids)]));
  if (f.from) q = q.where('last_at', '>=', f.from);
  if (f.to) q = q.where('first_at', '<=', f.to);
  if (f.minWeight) q = q.where('count', '>=', f.minWeight);
  const rows = await q.orderBy('count', 'desc').limit(5_000).execute();
  const others = [...new Set(rows.flatMap((r) => [r.a, r.b]).filter((x) => !owner.has(x)))];
  const holders = await holdersOf(db, agencyId, kind, others);
  const node = (x: string) => owner.get(x) ?? holders.get(x) ?? `${prefix}${x}`;
  return rows.map((r) => ({
    id: `${kind}:${r.a}>${r.b}`,
    from: node(r.a),
    to: node(r.b),
    type: kind,
    label: kind === 'call' ? 'called' : 'paid',
    weight: r.count,
    provenance: {
      kind: 'traces' as const,
      count: r.count,
      total: Number(r.total),
      firstAt: new Date(r.first_at).toISOString(),
      lastAt: new Date(r.last_at).toISOString(),
      bands: [r.night, r.morning, r.afternoon, r.evening] as [number, number, number, number],
    },
  }));
}

/**
 * The phone or account entity (of the agency) that each identifier is known by, where there is one: looked up by
 * the identifier's search key (traces keep numbers as imported, entities are found by their normalised key).
 */
async function holdersOf(db: Q, agencyId: string, kind: 'call' | 'transfer', ids: string[]) {
  const byKey = new Map<string, string[]>();
  for (const x of ids) {
    const k = keyFor(HOLDER_TYPE[kind], 'number', x)?.key ?? x;
    byKey.set(k, [...(byKey.get(k) ?? []), x]);
  }
  const keys = [...byKey.keys()];
  const out = new Map<string, string>();
  for (let i = 0; i < keys.length; i += 2000) {
    const rows = await db
      .selectFrom('search_keys')
      .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
      .select(['search_keys.key', 'search_keys.entity_id'])
      .where('search_keys.agency_id', '=', agencyId)
      .where('search_keys.kind', '=', KEY_KIND[kind])
      .where('entities.type', '=', HOLDER_TYPE[kind])
      .where('search_keys.key', 'in', keys.slice(i, i + 2000))
      .execute();
    for (const r of rows) for (const x of byKey.get(r.key) ?? []) if (!out.has(x)) out.set(x, r.entity_id);
  }
  return out;
}

/** Nodes as the actor may see them: entities they may read (others dropped), and bare identifiers. */
export async function describe(db: Q, actor: Actor, ids: readonly string[]): Promise<GraphNode[]> {
  const out: GraphNode[] = [];
  const entityIds = ids.filter((id) => !id.includes(':'));
  for (let i = 0; i < entityIds.length; i += 2000) {
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'type', 'label', 'agency_id'])
      .where('id', 'in', entityIds.slice(i, i + 2000))
      .execute();
    const shared = await sharedWith(
      db,
      actor,
      rows.filter((r) => r.agency_id !== actor.agencyId).map((r) => r.id),
    );
    for (const r of rows)
      if (
        can(actor, 'intel.read', {
          type: 'entity',
          id: r.id,
          agencyId: r.agency_id,
          sharedWith: shared.get(r.id),
        })
      )
        out.push({ id: r.id, type: r.type, label: r.label, entity: true });
  }
  for (const id of ids)
    if (id.startsWith('tel:')) out.push({ id, type: 'phone', label: id.slice(4), entity: false });
    else if (id.startsWith('acct:')) out.push({ id, type: 'account', label: id.slice(5), entity: false });
  return out;
}

async function sharedWith(db: Q, actor: Actor, ids: string[]) {
  const out = new Map<string, string[]>();
  if (ids.length === 0 || !actor.agencyId) return out;
  const rows = await db
    .selectFrom('shares')
    .select(['resource_id', 'agency_id'])
    .where('resource_type', '=', 'entity')
    .where('agency_id', '=', actor.agencyId)
    .where('resource_id', 'in', ids)
    .execute();
  for (const r of rows) out.set(r.resource_id, [...(out.get(r.resource_id) ?? []), r.agency_id]);
  return out;
}
