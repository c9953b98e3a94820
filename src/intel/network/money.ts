import { DirectedGraph } from 'graphology';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';

// Money patterns of an agency's transfers: accounts that many pay into or that pay many (fan-in, fan-out), money
// that comes back to where it started (cycles), and deposits kept just under a reporting threshold, again and
// again (structuring). Read from the aggregated transfer edges and, for structuring, the transfers themselves.

type Q = Kysely<Database>;

/**
 * Reporting thresholds per currency (amounts at or above are reported by the bank); structuring is a run of
 * transfers just under one. Set per deployment; these are the defaults the synthetic world is built with.
 */
export const REPORTING_THRESHOLDS: Readonly<Record<string, number>> = {
  THB: 50_000,
  KHR: 40_000_000,
  LAK: 200_000_000,
  MMK: 20_000_000,
  VND: 300_000_000,
  CNY: 50_000,
  USD: 10_000,
};

/** "Just under": within this share of the threshold below it. */
export const UNDER_SHARE = 0.1;

export interface Fan {
  account: string;
  /** Distinct accounts paying in (fan-in) or paid (fan-out). */
  counterparts: number;
  transfers: number;
  total: number;
}

/** The accounts with the most distinct payers (fan-in) or payees (fan-out), at least `min` of them. */
export async function fans(
  db: Q,
  agencyId: string,
  direction: 'in' | 'out',
  min: number,
  limit: number,
): Promise<Fan[]> {
  const side = direction === 'in' ? 'b' : 'a';
  const rows = await db
    .selectFrom('network_edges')
    .select([
      sql<string>`${sql.ref(side)}`.as('account'),
      sql<number>`count(*)::int`.as('counterparts'),
      sql<number>`sum(count)::int`.as('transfers'),
      sql<number>`sum(total)::float8`.as('total'),
    ])
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'transfer')
    .groupBy(sql.ref(side))
    .having(sql<number>`count(*)`, '>=', min)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql.ref(side))
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    counterparts: Number(r.counterparts),
    transfers: Number(r.transfers),
    total: Number(r.total),
  }));
}

/** Money that returns to where it started through two to `maxLength` accounts; each cycle once, shortest first. */
export async function cycles(db: Q, agencyId: string, maxLength: number, limit: number): Promise<string[][]> {
  const g = new DirectedGraph();
  const rows = await db
    .selectFrom('network_edges')
    .select(['a', 'b'])
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'transfer')
    .execute();
  for (const r of rows) {
    g.mergeNode(r.a);
    g.mergeNode(r.b);
    g.mergeEdge(r.a, r.b);
  }
  const out: string[][] = [];
  const seen = new Set<string>();
  // Each cycle is found from its smallest account, so it is reported once.
  const nodes = g.nodes().sort();
  for (let len = 2; len <= maxLength && out.length < limit; len++) {
    for (const start of nodes) {
      const walk = (path: string[]) => {
        if (out.length >= limit) return;
        const last = path[path.length - 1] as string;
        for (const next of g.outNeighbors(last)) {
          if (next === start && path.length === len) {
            const key = path.join('>');
            if (!seen.has(key)) {
              seen.add(key);
              out.push([...path]);
            }
          } else if (path.length < len && next > start && !path.includes(next)) walk([...path, next]);
        }
      };
      walk([start]);
    }
  }
  return out;
}

export interface Structuring {
  account: string;
  currency: string;
  threshold: number;
  /** Transfers from the account just under the threshold. */
  transfers: number;
  total: number;
  first: string;
  last: string;
}

/** Accounts that sent `min` or more transfers just under their currency's reporting threshold. */
export async function structuring(
  db: Q,
  agencyId: string,
  min: number,
  limit: number,
): Promise<Structuring[]> {
  const out: Structuring[] = [];
  for (const [currency, threshold] of Object.entries(REPORTING_THRESHOLDS)) {
    const rows = await db
      .selectFrom('transfers')
      .select([
        'from_account as account',
        sql<number>`count(*)::int`.as('transfers'),
        sql<number>`sum(amount)::float8`.as('total'),
        sql<string>`min(occurred_at)`.as('first'),
        sql<string>`max(occurred_at)`.as('last'),
      ])
      .where('agency_id', '=', agencyId)
      .where('currency', '=', currency)
      .where('amount', '>=', String(threshold * (1 - UNDER_SHARE)))
      .where('amount', '<', String(threshold))
      .groupBy('from_account')
      .having(sql<number>`count(*)`, '>=', min)
      .orderBy(sql`count(*)`, 'desc')
      .limit(limit)
      .execute();
    for (const r of rows)
      out.push({
        account: r.account,
        currency,
        threshold,
        transfers: Number(r.transfers),
        total: Number(r.total),
        first: new Date(r.first).toISOString(),
        last: new Date(r.last).toISOString(),
      });
  }
  return out.sort((a, b) => b.transfers - a.transfers).slice(0, limit);
}
