import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';
import { travellerRef } from '../people/records.ts';

// Co-travel: two people who cross the same checkpoint, the same way, within minutes of each other, on more than
// one occasion — a transporter and the people he moves, two members of a group who travel together. Travellers
// are the people resolution made of the checkpoint records (each distinct name, birth date, document and
// nationality is one record, `gatherRecords`), so one person's crossings under several spellings count as theirs.

type Q = Kysely<Database>;

export interface CoTravelOptions {
  /** How close in time two crossings must be (minutes). */
  windowMinutes?: number;
  /** How many distinct occasions (checkpoint and hour) make a pair. */
  minOccasions?: number;
  limit?: number;
}

export interface CoTravel {
  a: string;
  b: string;
  /** Distinct occasions (a checkpoint on a given hour) the two crossed together. */
  occasions: number;
  /** Of those, the crossings in the same vehicle (the same plate written for both). */
  sameVehicle: number;
  checkpoints: string[];
  first: string;
  last: string;
}

/**
 * The pairs of people who crossed together at least `minOccasions` times, most occasions first. Crossings are
 * cut into buckets of the window's length, and each is joined to those of its own and the two next buckets
 * only (a crossing within the window of another is in one of them): a checkpoint's crossings are not each
 * compared with all of its others (600,000 crossings at a few checkpoints ran for minutes and more).
 */
export async function coTravel(db: Q, agencyId: string, opts: CoTravelOptions = {}): Promise<CoTravel[]> {
  const minutes = Math.max(1, Math.round(opts.windowMinutes ?? 10));
  const window = `${minutes} minutes`;
  const min = opts.minOccasions ?? 2;
  const rows = await sql<{
    a: string;
    b: string;
    occasions: string;
    same_vehicle: string;
    checkpoints: string[];
    first: Date | string;
    last: Date | string;
  }>`
    WITH x AS (
      SELECT c.crossed_at, c.checkpoint, c.direction, nullif(c.vehicle_plate, '') AS plate, r.entity_id AS person,
        floor(extract(epoch FROM c.crossed_at) / ${minutes * 60})::bigint AS bucket
      FROM crossings c
      JOIN person_records r ON r.agency_id = c.agency_id AND r.source = 'traveller'
        AND r.source_ref = ${travellerRef('c')}
      WHERE c.agency_id = ${agencyId} AND r.entity_id IS NOT NULL
    ), near AS MATERIALIZED (
      SELECT x.*, x.bucket + d AS near FROM x CROSS JOIN (VALUES (-1), (0), (1)) AS d (d)
    )
    SELECT p.person AS a, q.person AS b,
      count(DISTINCT (p.checkpoint, date_trunc('hour', p.crossed_at))) AS occasions,
      count(DISTINCT (p.checkpoint, date_trunc('hour', p.crossed_at))) FILTER (WHERE p.plate = q.plate) AS same_vehicle,
      array_agg(DISTINCT p.checkpoint) AS checkpoints,
      min(p.crossed_at) AS first, max(p.crossed_at) AS last
    FROM near p
    JOIN x q ON q.checkpoint = p.checkpoint AND q.direction = p.direction AND q.bucket = p.near
      AND q.person > p.person AND q.crossed_at BETWEEN p.crossed_at - ${window}::interval AND p.crossed_at + ${window}::interval
    GROUP BY p.person, q.person
    HAVING count(DISTINCT (p.checkpoint, date_trunc('hour', p.crossed_at))) >= ${min}
    ORDER BY occasions DESC, same_vehicle DESC, a, b
    LIMIT ${opts.limit ?? 100}`.execute(db);
  const iso = (v: Date | string) => new Date(v).toISOString();
  return rows.rows.map((r) => ({
    a: r.a,
    b: r.b,
    occasions: Number(r.occasions),
    sameVehicle: Number(r.same_vehicle),
    checkpoints: r.checkpoints,
    first: iso(r.first),
    last: iso(r.last),
  }));
}
