import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import { coTravel } from './co-travel.ts';
import { type Projection, ProjectionBuilder, type ProjectionInput } from './projection.ts';

// The projection's inputs from an agency's own picture: its entities and declared links, the entities its reports
// name together, the people who crossed borders together, its aggregated calls and transfers, and which phone or account entity each number is.

type Q = Kysely<Database>;

/** A report naming more entities than this (a registry extract, a list) ties none of them to each other. */
export const MAX_NAMED_TOGETHER = 20;
const PAGE = 50_000;
/** The most pairs of fellow travellers the analysis takes (most occasions first). */
const MAX_CO_TRAVEL = 100_000;

/** How long each part of loading took, in milliseconds. */
export interface LoadTimings {
  /** Entities, links, reports' mentions, co-travel and the numbers' entities. */
  picture: number;
  /** The aggregated calls and transfers, read and folded into the projection. */
  traces: number;
  /** The typed arrays built. */
  build: number;
}

/** The agency's projection, its traces streamed in pages straight into it. */
export async function loadProjection(
  db: Q,
  agencyId: string,
  page = PAGE,
): Promise<{ projection: Projection; ms: LoadTimings }> {
  let t = performance.now();
  const input = await loadPicture(db, agencyId);
  const picture = performance.now() - t;
  t = performance.now();
  const builder = new ProjectionBuilder(input);
  await eachTrace(db, agencyId, page, (trace) => builder.addTrace(trace));
  const traced = performance.now() - t;
  t = performance.now();
  const projection = builder.build();
  const round = Math.round;
  return {
    projection,
    ms: { picture: round(picture), traces: round(traced), build: round(performance.now() - t) },
  };
}

/** The projection's inputs but for the traces. */
async function loadPicture(db: Q, agencyId: string): Promise<Omit<ProjectionInput, 'traces'>> {
  const entities = new Map<string, string>();
  for (const e of await db
    .selectFrom('entities')
    .select(['id', 'type'])
    .where('agency_id', '=', agencyId)
    .execute())
    entities.set(e.id, e.type);
  const links = (
    await db
      .selectFrom('entity_links')
      .select(['from_id', 'to_id', 'type'])
      .where('agency_id', '=', agencyId)
      .execute()
  ).map((l) => ({ from: l.from_id, to: l.to_id, type: l.type }));
  links.push(...(await namedTogether(db, agencyId)));
  // People who crossed borders together, more than once.
  for (const p of await coTravel(db, agencyId, { limit: MAX_CO_TRAVEL }))
    links.push({ from: p.a, to: p.b, type: 'travelled_with' });
  const identifiers = new Map<string, string>();
  const keys = await db
    .selectFrom('search_keys')
    .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
    .select([
      'search_keys.kind',
      'search_keys.key',
      'search_keys.value',
      'search_keys.entity_id',
      'entities.type',
    ])
    .where('search_keys.agency_id', '=', agencyId)
    .where('search_keys.kind', 'in', ['phone', 'account'])
    .where('entities.type', 'in', ['phone', 'account'])
    .execute();
  for (const k of keys) {
    if (k.kind !== k.type) continue;
    const trace = k.kind === 'phone' ? 'call' : 'transfer';
    for (const v of [k.key, k.value])
      if (!identifiers.has(`${trace}:${v}`)) identifiers.set(`${trace}:${v}`, k.entity_id);
  }
  return { entities, links, identifiers };
}

/** Pairs of entities one report names together (as `mentioned_with` links), reports naming few enough. */
async function namedTogether(db: Q, agencyId: string) {
  const rows = await db
    .selectFrom('report_mentions')
    .select(['report_id', 'entity_id'])
    .where('agency_id', '=', agencyId)
    .orderBy('report_id')
    .execute();
  const byReport = new Map<string, Set<string>>();
  for (const r of rows) byReport.set(r.report_id, (byReport.get(r.report_id) ?? new Set()).add(r.entity_id));
  const out: { from: string; to: string; type: string }[] = [];
  for (const ids of byReport.values()) {
    if (ids.size > MAX_NAMED_TOGETHER) continue;
    const list = [...ids];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        out.push({ from: list[i] as string, to: list[j] as string, type: 'mentioned_with' });
  }
  return out;
}

/** The aggregated traces, read in pages so that millions of pairs never sit in one result or one array. */
async function eachTrace(
  db: Q,
  agencyId: string,
  pageSize: number,
  each: (t: ProjectionInput['traces'][number]) => void,
) {
  for (const kind of ['call', 'transfer'] as const) {
    let after: { a: string; b: string } | null = null;
    for (;;) {
      let q = db
        .selectFrom('network_edges')
        .select(['a', 'b', 'count'])
        .where('agency_id', '=', agencyId)
        .where('kind', '=', kind);
      if (after) {
        const { a, b } = after;
        // A row comparison, which the pairs' indexes answer: written as a > x OR (a = x AND b > y) it is only a
        // filter, and each page read the agency's pairs again from the first (100 s for the large world's 7 M).
        q = q.where((eb) => eb(eb.refTuple('a', 'b'), '>', eb.tuple(a, b)));
      }
      const page = await q.orderBy('a').orderBy('b').limit(pageSize).execute();
      for (const r of page) each({ kind, a: r.a, b: r.b, count: r.count });
      if (page.length < pageSize) break;
      const last = page[page.length - 1] as { a: string; b: string };
      after = { a: last.a, b: last.b };
    }
  }
}
