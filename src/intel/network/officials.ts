import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';

// Payments to officials: money into the accounts of people the picture knows hold a public office (an analyst
// records the post as the person's `public_office` fact: "immigration officer, Mae Sot checkpoint"), with who
// paid, how often and how much. Accounts are matched by the account entities' numbers as the transfers hold them.

type Q = Kysely<Database>;

export interface OfficialPayment {
  official: string;
  office: string;
  account: string;
  payerAccount: string;
  /** The entity holding the paying account, when the picture knows one. */
  payer: string | null;
  transfers: number;
  total: number;
  first: string;
  last: string;
}

export async function paymentsToOfficials(db: Q, agencyId: string, limit = 100): Promise<OfficialPayment[]> {
  const rows = await sql<{
    official: string;
    office: string;
    account: string;
    payer_account: string;
    payer: string | null;
    transfers: string;
    total: string;
    first: Date | string;
    last: Date | string;
  }>`
    WITH officials AS (
      SELECT DISTINCT ON (f.entity_id) f.entity_id AS official, f.value AS office
      FROM entity_facts f JOIN entities e ON e.id = f.entity_id AND e.type = 'person'
      WHERE f.agency_id = ${agencyId} AND f.attribute = 'public_office' AND f.value <> ''
      ORDER BY f.entity_id, f.asserted_at DESC
    ),
    held AS (
      SELECT DISTINCT o.official, o.office, acc.label AS account
      FROM officials o
      JOIN entity_links l ON l.agency_id = ${agencyId} AND l.from_id = o.official AND l.type = 'holds_account'
      JOIN entities acc ON acc.id = l.to_id AND acc.type = 'account'
    )
    SELECT h.official, h.office, h.account, x.a AS payer_account,
      (SELECT l.from_id FROM entities pe
       JOIN entity_links l ON l.to_id = pe.id AND l.type = 'holds_account' AND l.agency_id = ${agencyId}
       WHERE pe.agency_id = ${agencyId} AND pe.type = 'account' AND pe.label = x.a COLLATE "default"
       ORDER BY l.asserted_at LIMIT 1) AS payer,
      x.count AS transfers, x.total, x.first_at AS first, x.last_at AS last
    FROM held h
    CROSS JOIN LATERAL (
      -- Each payer's transfers into the account, added up over the loads that hold them (network_edges' sums,
      -- reached through the account's index rather than over every pair of the agency).
      SELECT p.a, sum(p.count) AS count, sum(p.total) AS total, min(p.first_at) AS first_at, max(p.last_at) AS last_at
      FROM network_edge_parts p
      WHERE p.agency_id = ${agencyId} AND p.kind = 'transfer' AND p.b = h.account
      GROUP BY p.a
    ) x
    ORDER BY x.total DESC, x.count DESC, h.official, x.a
    LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    official: r.official,
    office: r.office,
    account: r.account,
    payerAccount: r.payer_account,
    payer: r.payer,
    transfers: Number(r.transfers),
    total: Number(r.total),
    first: new Date(r.first).toISOString(),
    last: new Date(r.last).toISOString(),
  }));
}
