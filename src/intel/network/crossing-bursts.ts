import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import { travellerRef } from '../people/records.ts';

// Bursts before crossings: a person whose phones call far more than usual in the hours before they cross a
// border — the transporter arranging a pick-up with the recruiter, the broker with the site. Travellers are the
// people resolution made of the checkpoint records; their phones are the numbers resolution (or an analyst) tied
// to them. A person's usual rate is their numbers' calls over the time those numbers were seen calling.

type Q = Kysely<Database>;

export interface BurstOptions {
  /** How many hours before the crossing are looked at. */
  hours?: number;
  /** The fewest calls in those hours that can be a burst. */
  minCalls?: number;
  /** How many times the usual rate the calls must be. */
  ratio?: number;
  limit?: number;
}

export interface CrossingBurst {
  person: string;
  crossedAt: string;
  checkpoint: string;
  direction: string;
  /** Calls of the person's numbers in the hours before the crossing. */
  calls: number;
  /** Calls expected in as many hours at the person's usual rate. */
  expected: number;
  /** The numbers called or calling in those hours, most calls first (at most ten). */
  counterparts: string[];
}

export async function crossingBursts(
  db: Q,
  agencyId: string,
  opts: BurstOptions = {},
): Promise<CrossingBurst[]> {
  const hours = Math.round(opts.hours ?? 48);
  const window = `${hours} hours`;
  const minCalls = opts.minCalls ?? 3;
  const ratio = opts.ratio ?? 3;
  const rows = await sql<{
    person: string;
    crossed_at: Date | string;
    checkpoint: string;
    direction: string;
    calls: string;
    expected: number;
    counterparts: string[];
  }>`
    WITH trav AS (
      SELECT DISTINCT r.entity_id AS person, c.crossed_at, c.checkpoint, c.direction
      FROM crossings c
      JOIN person_records r ON r.agency_id = c.agency_id AND r.source = 'traveller'
        AND r.source_ref = ${travellerRef('c')}
      WHERE c.agency_id = ${agencyId} AND r.entity_id IS NOT NULL
    ),
    nums AS (
      SELECT DISTINCT l.from_id AS person, e.label AS number
      FROM entity_links l JOIN entities e ON e.id = l.to_id AND e.type = 'phone'
      WHERE l.agency_id = ${agencyId} AND l.type = 'uses_phone' AND l.from_id IN (SELECT person FROM trav)
    ),
    usual AS (
      SELECT n.person, sum(x.count)::float8 AS calls,
        greatest(extract(epoch FROM max(x.last_at) - min(x.first_at)) / 3600, 24) AS hours
      FROM nums n
      JOIN network_edge_parts x ON x.agency_id = ${agencyId} AND x.kind = 'call' AND (x.a = n.number OR x.b = n.number)
      GROUP BY n.person
    ),
    near AS (
      SELECT t.person, t.crossed_at, t.checkpoint, t.direction,
        CASE WHEN k.caller = n.number THEN k.callee ELSE k.caller END AS other
      FROM trav t
      JOIN nums n ON n.person = t.person
      JOIN call_records k ON k.agency_id = ${agencyId} AND (k.caller = n.number OR k.callee = n.number)
        AND k.started_at >= t.crossed_at - ${window}::interval AND k.started_at < t.crossed_at
    ),
    bursts AS (
      SELECT near.person, crossed_at, checkpoint, direction, count(*) AS calls,
        u.calls / u.hours * ${hours} AS expected
      FROM near JOIN usual u ON u.person = near.person
      GROUP BY near.person, crossed_at, checkpoint, direction, u.calls, u.hours
      HAVING count(*) >= ${minCalls} AND count(*) >= ${ratio} * (u.calls / u.hours * ${hours})
    )
    SELECT b.*, ARRAY(
      SELECT other FROM near
      WHERE near.person = b.person AND near.crossed_at = b.crossed_at AND near.checkpoint = b.checkpoint
      GROUP BY other ORDER BY count(*) DESC, other LIMIT 10
    ) AS counterparts
    FROM bursts b
    ORDER BY b.calls / greatest(b.expected, 0.01) DESC, b.calls DESC, b.person, b.crossed_at
    LIMIT ${opts.limit ?? 100}`.execute(db);
  return rows.rows.map((r) => ({
    person: r.person,
    crossedAt: new Date(r.crossed_at).toISOString(),
    checkpoint: r.checkpoint,
    direction: r.direction,
    calls: Number(r.calls),
    expected: Math.round(Number(r.expected) * 100) / 100,
    counterparts: r.counterparts,
  }));
}
