import { type Kysely, sql } from 'kysely';

// The traces' links, aggregated: one row per agency, kind and ordered pair of identifiers — calls between two
// numbers (caller → callee), transfers between two accounts (payer → payee) — with how many, how much (seconds
// of calls, amount of money), when first and last, and the time-of-day profile in four bands of the region's
// clock (UTC+7): night 0–6, morning 6–12, afternoon 12–18, evening 18–24. Kept up to date by each import
// (src/intel/network/edges.ts); filled here from the traces already imported. The network graph reads it, never
// the ten million raw rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE network_edges (
      agency_id uuid NOT NULL,
      kind text NOT NULL,
      a text NOT NULL,
      b text NOT NULL,
      count integer NOT NULL,
      total double precision NOT NULL,
      first_at timestamptz NOT NULL,
      last_at timestamptz NOT NULL,
      night integer NOT NULL,
      morning integer NOT NULL,
      afternoon integer NOT NULL,
      evening integer NOT NULL,
      PRIMARY KEY (agency_id, kind, a, b)
    )`.execute(db);
  await sql`CREATE INDEX network_edges_b ON network_edges (agency_id, kind, b)`.execute(db);
  await sql`
    INSERT INTO network_edges
    SELECT agency_id, 'call', caller, callee, count(*), sum(duration_s), min(started_at), max(started_at),
      ${bands(sql.ref('started_at'))}
    FROM call_records WHERE caller <> callee GROUP BY agency_id, caller, callee`.execute(db);
  await sql`
    INSERT INTO network_edges
    SELECT agency_id, 'transfer', from_account, to_account, count(*), sum(amount), min(occurred_at), max(occurred_at),
      ${bands(sql.ref('occurred_at'))}
    FROM transfers WHERE from_account <> to_account GROUP BY agency_id, from_account, to_account`.execute(db);
}

/** The four time-of-day counts of a group of traces, on the region's clock (UTC+7). */
function bands(at: ReturnType<typeof sql.ref>) {
  const hour = sql`extract(hour FROM ${at} AT TIME ZONE 'UTC' + interval '7 hours')`;
  return sql`count(*) FILTER (WHERE ${hour} < 6), count(*) FILTER (WHERE ${hour} BETWEEN 6 AND 11),
    count(*) FILTER (WHERE ${hour} BETWEEN 12 AND 17), count(*) FILTER (WHERE ${hour} >= 18)`;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE network_edges`.execute(db);
}
