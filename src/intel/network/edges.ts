// The traces' links, aggregated per ordered pair of identifiers in `network_edges`: calls between numbers and
// transfers between accounts, with counts, totals, first and last seen and the time-of-day profile. Done in the
// import's own transaction, so an import and its edges are committed together or not at all.

import { indexStatements } from '../../db/load-indexes.ts';

/** The kinds of trace aggregated, with the table, the pair's columns, the total and the time column. */
const TRACES = {
  calls: {
    kind: 'call',
    table: 'call_records',
    a: 'caller',
    b: 'callee',
    total: 'duration_s',
    at: 'started_at',
  },
  transfers: {
    kind: 'transfer',
    table: 'transfers',
    a: 'from_account',
    b: 'to_account',
    total: 'amount',
    at: 'occurred_at',
  },
} as const;

/**
 * The hour of the region's clock (UTC+7) of a time, from its epoch seconds: arithmetic only, whatever the
 * session's time zone, and cheap (it is computed once a row: `date_part` is a float, where `extract` makes a numeric
 * and took a fifth of the aggregation's time). Bands: night 0–6, morning 6–12, afternoon 12–18,
 * evening 18–24.
 */
const HOUR = (at: string) => `((date_part('epoch', ${at})::bigint + 25200) % 86400) / 3600`;

/** A transaction's query function, as the bulk import holds it. */
export interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown[]>;
}

/** The time-of-day bands of a group of traces whose hour is `h`. */
const BANDS = `count(*) FILTER (WHERE h < 6), count(*) FILTER (WHERE h >= 6 AND h < 12),
       count(*) FILTER (WHERE h >= 12 AND h < 18), count(*) FILTER (WHERE h >= 18)`;

/** One import's pairs, aggregated from its rows in `from`. */
const pairsOf = (t: (typeof TRACES)[keyof typeof TRACES], from: string, extra = '') =>
  `SELECT agency_id, '${t.kind}', a, b, count(*), sum(total), min(at), max(at), ${BANDS}${extra}
     FROM (SELECT agency_id, ${t.a} AS a, ${t.b} AS b, ${t.total} AS total, ${t.at} AS at, ${HOUR(t.at)} AS h
           FROM ${from} WHERE import_id = $2 AND agency_id = $1 AND ${t.a} <> ${t.b}) AS x
     GROUP BY agency_id, a, b`;

const COLUMNS = 'agency_id, kind, a, b, count, total, first_at, last_at, night, morning, afternoon, evening';

/**
 * Adds one import's calls or transfers to the agency's aggregated edges (no-op for other kinds), read from `from`:
 * the kind's table, or the import's own partition while it loads (staged-load.ts).
 *
 * A small import's pairs are upserted into the main partition, sorted, so that its key is filled page by page
 * rather than at random. A large import's (`part`: its load partition's number) go into a partition of their own:
 * aggregated into a table with no index, indexed once, attached (20261206_1500). Millions of pairs upserted one
 * by one into indexes already holding millions took several times longer.
 */
export async function aggregateImportEdges(
  tx: Queryable,
  importKind: string,
  agencyId: string,
  importId: string,
  from?: string,
  part?: number,
  { attach = true }: { attach?: boolean } = {},
): Promise<void> {
  const t = TRACES[importKind as keyof typeof TRACES];
  if (!t) return;
  if (part !== undefined) {
    await loadEdges(tx, t, agencyId, importId, from ?? t.table, part);
    if (attach) await attachImportEdges(tx, part);
    return;
  }
  await tx.query(
    `INSERT INTO network_edge_parts_main AS e (${COLUMNS})
     ${pairsOf(t, from ?? t.table)} ORDER BY a COLLATE "C", b COLLATE "C"
     ON CONFLICT (agency_id, kind, a, b, part) DO UPDATE SET ${ADD_UP}`,
    [agencyId, importId],
  );
}

/** A pair's row plus the same pair's new traces (`excluded`). */
const ADD_UP = `count = e.count + excluded.count, total = e.total + excluded.total,
  first_at = least(e.first_at, excluded.first_at), last_at = greatest(e.last_at, excluded.last_at),
  night = e.night + excluded.night, morning = e.morning + excluded.morning,
  afternoon = e.afternoon + excluded.afternoon, evening = e.evening + excluded.evening`;

/**
 * Adds to a large import's pairs (not yet attached) those of its rows the duplicates' filter flagged and that
 * proved no duplicates (`import_candidates`, duplicates.ts): on a server, they join the import's partition after
 * its pairs were aggregated.
 */
export async function addFlaggedEdges(
  tx: Queryable,
  importKind: string,
  agencyId: string,
  importId: string,
  part: number,
): Promise<void> {
  const t = TRACES[importKind as keyof typeof TRACES];
  if (!t) return;
  if (!Number.isSafeInteger(part) || part <= 0) throw new Error('no load partition number');
  const fresh =
    '(SELECT $1::uuid AS agency_id, $2::uuid AS import_id, * FROM import_candidates WHERE NOT dup) AS f';
  await tx.query(
    `INSERT INTO network_edge_parts_load_${part} AS e (${COLUMNS}, part) ${pairsOf(t, fresh, `, ${part}`)}
     ON CONFLICT (a, b) DO UPDATE SET ${ADD_UP}`,
    [agencyId, importId],
  );
}

/** A large import's pairs as a table of their own, made, filled and indexed: its partition once attached. */
async function loadEdges(
  tx: Queryable,
  t: (typeof TRACES)[keyof typeof TRACES],
  agencyId: string,
  importId: string,
  from: string,
  part: number,
): Promise<void> {
  if (!Number.isSafeInteger(part) || part <= 0) throw new Error('no load partition number');
  const name = `network_edge_parts_load_${part}`;
  await tx.query(
    `CREATE TABLE ${name} (LIKE network_edge_parts INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
       CONSTRAINT ${name}_part CHECK (part = ${part}))`,
    [],
  );
  await tx.query(`INSERT INTO ${name} (${COLUMNS}, part) ${pairsOf(t, from, `, ${part}`)}`, [
    agencyId,
    importId,
  ]);
  // The partition's own indexes, built once over the pairs (src/db/load-indexes.ts).
  for (const statement of indexStatements('network_edge_parts', name, 'load')) await tx.query(statement, []);
  await tx.query(`ANALYZE ${name}`, []);
}

/**
 * Attaches a large import's pairs (made by aggregateImportEdges with `attach: false`, on a server: beside the
 * building of the import's own indexes, on another connection) in the import's last transaction.
 */
export async function attachImportEdges(tx: Queryable, part: number): Promise<void> {
  if (!Number.isSafeInteger(part) || part <= 0) throw new Error('no load partition number');
  const name = `network_edge_parts_load_${part}`;
  await tx.query(`ALTER TABLE network_edge_parts ATTACH PARTITION ${name} FOR VALUES IN (${part})`, []);
  await tx.query(`ALTER TABLE ${name} DROP CONSTRAINT ${name}_part`, []);
}
