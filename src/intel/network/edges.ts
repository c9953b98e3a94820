// The traces' links, aggregated per ordered pair of identifiers in `network_edges`: calls between numbers and
// transfers between accounts, with counts, totals, first and last seen and the time-of-day profile. Done in the
// import's own transaction, so an import and its edges are committed together or not at all.

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
 * session's time zone, and cheap (it is computed once a row). Bands: night 0–6, morning 6–12, afternoon 12–18,
 * evening 18–24.
 */
const HOUR = (at: string) => `((extract(epoch FROM ${at})::bigint + 25200) % 86400) / 3600`;

/** A transaction's query function, as the bulk import holds it. */
export interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown[]>;
}

/**
 * Adds one import's calls or transfers to the agency's aggregated edges (no-op for other kinds), read from `from`:
 * the kind's table, or the import's own partition while it loads (staged-load.ts). The pairs go in sorted, so that
 * the edges' primary key is filled page by page rather than at random.
 */
export async function aggregateImportEdges(
  tx: Queryable,
  importKind: string,
  agencyId: string,
  importId: string,
  from?: string,
): Promise<void> {
  const t = TRACES[importKind as keyof typeof TRACES];
  if (!t) return;
  await tx.query(
    `INSERT INTO network_edges AS e (agency_id, kind, a, b, count, total, first_at, last_at, night, morning, afternoon, evening)
     SELECT agency_id, '${t.kind}', a, b, count(*), sum(total), min(at), max(at),
       count(*) FILTER (WHERE h < 6), count(*) FILTER (WHERE h >= 6 AND h < 12),
       count(*) FILTER (WHERE h >= 12 AND h < 18), count(*) FILTER (WHERE h >= 18)
     FROM (SELECT agency_id, ${t.a} AS a, ${t.b} AS b, ${t.total} AS total, ${t.at} AS at, ${HOUR(t.at)} AS h
           FROM ${from ?? t.table} WHERE import_id = $2 AND agency_id = $1 AND ${t.a} <> ${t.b}) AS x
     GROUP BY agency_id, a, b ORDER BY a, b
     ON CONFLICT (agency_id, kind, a, b) DO UPDATE SET
       count = e.count + excluded.count, total = e.total + excluded.total,
       first_at = least(e.first_at, excluded.first_at), last_at = greatest(e.last_at, excluded.last_at),
       night = e.night + excluded.night, morning = e.morning + excluded.morning,
       afternoon = e.afternoon + excluded.afternoon, evening = e.evening + excluded.evening`,
    [agencyId, importId],
  );
}
