import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';

// A SIM swap: one number falls silent and, soon after, a new one starts calling the same people. Found from the
// aggregated calls: for each number that stopped, the numbers that started within `maxGapDays` of its last call
// and share most of its contacts.

type Q = Kysely<Database>;
const DAY = 86_400_000;

export interface SimSwap {
  old: string;
  new: string;
  /** Contacts the two numbers share, and the share of the old number's contacts that is. */
  shared: number;
  overlap: number;
  oldLast: string;
  newFirst: string;
}

interface NumberSeen {
  contacts: Set<string>;
  first: number;
  last: number;
}

export async function simSwaps(
  db: Q,
  agencyId: string,
  opts: { minShared?: number; minOverlap?: number; maxGapDays?: number; limit?: number } = {},
): Promise<SimSwap[]> {
  const minShared = opts.minShared ?? 3;
  const minOverlap = opts.minOverlap ?? 0.5;
  const maxGap = (opts.maxGapDays ?? 14) * DAY;
  const rows = await db
    .selectFrom('network_edges')
    .select(['a', 'b', 'first_at', 'last_at'])
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'call')
    .execute();
  const seen = new Map<string, NumberSeen>();
  let latest = 0;
  const note = (n: string, other: string, first: number, last: number) => {
    const s = seen.get(n) ?? { contacts: new Set<string>(), first, last };
    s.contacts.add(other);
    s.first = Math.min(s.first, first);
    s.last = Math.max(s.last, last);
    seen.set(n, s);
  };
  for (const r of rows) {
    const first = new Date(r.first_at).getTime();
    const last = new Date(r.last_at).getTime();
    latest = Math.max(latest, last);
    note(r.a, r.b, first, last);
    note(r.b, r.a, first, last);
  }
  // Who calls whom: contact → the numbers in touch with it.
  const byContact = new Map<string, string[]>();
  for (const [n, s] of seen) for (const c of s.contacts) byContact.set(c, [...(byContact.get(c) ?? []), n]);
  const out: SimSwap[] = [];
  for (const [old, o] of seen) {
    // A number still in use at the end of the records has not been swapped.
    if (o.contacts.size < minShared || latest - o.last < maxGap / 2) continue;
    const shared = new Map<string, number>();
    for (const c of o.contacts)
      for (const n of byContact.get(c) ?? []) {
        if (n === old) continue;
        const s = seen.get(n) as NumberSeen;
        if (s.first < o.last - DAY || s.first > o.last + maxGap) continue;
        shared.set(n, (shared.get(n) ?? 0) + 1);
      }
    for (const [n, k] of shared) {
      const overlap = k / o.contacts.size;
      if (k < minShared || overlap < minOverlap) continue;
      out.push({
        old,
        new: n,
        shared: k,
        overlap: Math.round(overlap * 100) / 100,
        oldLast: new Date(o.last).toISOString(),
        newFirst: new Date((seen.get(n) as NumberSeen).first).toISOString(),
      });
    }
  }
  out.sort((a, b) => b.overlap - a.overlap || b.shared - a.shared || a.old.localeCompare(b.old));
  return out.slice(0, opts.limit ?? 100);
}
