import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { FamilyNumber } from '../../monitoring/family-numbers.ts';

// Night calls to victims' families: the debt collector who rings a mother at two in the morning to say what her
// daughter "owes", the broker who calls the families of the people he placed to keep them quiet. Found from the
// agency's call records to the numbers its hotline learnt families are reached on (src/monitoring/family-numbers.ts):
// for each number calling families, how many families it called at night where the family lives, how many night
// calls, and what share of its calls to families were at night. Neighbours and relatives call families too, by day
// and now and then late: a number is flagged only when it called at least `minFamilies` families at night and made
// at least `minNightCalls` night calls to them.

type Q = Kysely<Database>;

export interface NightOptions {
  /** The night, in the family's local time: from this hour (inclusive) to `toHour` (exclusive), across midnight. */
  fromHour?: number;
  toHour?: number;
  minFamilies?: number;
  minNightCalls?: number;
  limit?: number;
}

export interface NightCaller {
  caller: string;
  /** Families called at night, and at all. */
  nightFamilies: number;
  families: number;
  nightCalls: number;
  calls: number;
  /** Share of the calls to families made at night (0–1, two decimals). */
  nightShare: number;
  firstNight: string;
  lastNight: string;
  /** The tips the families called at night came with (their ids only). */
  tips: string[];
}

/** The UTC offset, in minutes, where a number's family lives: by its country calling code (Indochina time else). */
export function offsetOfNumber(number: string): number {
  if (number.startsWith('+95')) return 390;
  if (number.startsWith('+86') || number.startsWith('+60')) return 480;
  return 420;
}

/** Whether `at` falls in the night between `from` and `to` o'clock, at `offset` minutes from UTC. */
export function atNight(at: Date, offset: number, from: number, to: number): boolean {
  const minutes = (((at.getTime() / 60_000 + offset) % 1440) + 1440) % 1440;
  const hour = Math.floor(minutes / 60);
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

interface Tally {
  families: Set<string>;
  nightFamilies: Set<string>;
  calls: number;
  nightCalls: number;
  first: number;
  last: number;
}

/** A call to a family's number, as the call records hold it. */
export interface FamilyCallRow {
  caller: string;
  callee: string;
  started_at: Date | string;
}

/** Ranks the numbers calling families at night from calls to their numbers (the database's or a file's). */
export function rankNightCallers(
  rows: Iterable<FamilyCallRow>,
  families: readonly FamilyNumber[],
  opts: NightOptions = {},
): NightCaller[] {
  const from = opts.fromHour ?? 22;
  const to = opts.toHour ?? 6;
  const minFamilies = opts.minFamilies ?? 2;
  const minNight = opts.minNightCalls ?? 2;
  // One family may be reached on several numbers: a family is its tip.
  const familyOf = new Map<string, string>();
  for (const f of families) familyOf.set(f.number, f.tipId);
  const tally = new Map<string, Tally>();
  for (const r of rows) {
    const family = familyOf.get(r.callee);
    // A family calling another family is not who this looks for.
    if (family === undefined || familyOf.has(r.caller)) continue;
    const at = new Date(r.started_at);
    const t = tally.get(r.caller) ?? {
      families: new Set<string>(),
      nightFamilies: new Set<string>(),
      calls: 0,
      nightCalls: 0,
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
    };
    t.calls++;
    t.families.add(family);
    if (atNight(at, offsetOfNumber(r.callee), from, to)) {
      t.nightCalls++;
      t.nightFamilies.add(family);
      t.first = Math.min(t.first, at.getTime());
      t.last = Math.max(t.last, at.getTime());
    }
    tally.set(r.caller, t);
  }
  const out: NightCaller[] = [];
  for (const [caller, t] of tally) {
    if (t.nightFamilies.size < minFamilies || t.nightCalls < minNight) continue;
    out.push({
      caller,
      nightFamilies: t.nightFamilies.size,
      families: t.families.size,
      nightCalls: t.nightCalls,
      calls: t.calls,
      nightShare: Math.round((t.nightCalls / t.calls) * 100) / 100,
      firstNight: new Date(t.first).toISOString(),
      lastNight: new Date(t.last).toISOString(),
      tips: [...t.nightFamilies].sort(),
    });
  }
  out.sort(
    (a, b) =>
      b.nightFamilies - a.nightFamilies ||
      b.nightCalls - a.nightCalls ||
      b.nightShare - a.nightShare ||
      a.caller.localeCompare(b.caller),
  );
  return out.slice(0, opts.limit ?? 100);
}

/** The numbers calling the families at night in the agency's call records. */
export async function nightFamilyCallers(
  db: Q,
  agencyId: string,
  families: readonly FamilyNumber[],
  opts: NightOptions = {},
): Promise<NightCaller[]> {
  const numbers = [...new Set(families.map((f) => f.number))];
  const rows: FamilyCallRow[] = [];
  for (let i = 0; i < numbers.length; i += 1000) {
    const chunk = await db
      .selectFrom('call_records')
      .select(['caller', 'callee', 'started_at'])
      .where('agency_id', '=', agencyId)
      .where('callee', 'in', numbers.slice(i, i + 1000))
      .execute();
    for (const r of chunk) rows.push(r);
  }
  return rankNightCallers(rows, families, opts);
}

/** The people resolution (or an analyst) tied to each number: the agency's person entities using its phone. */
export async function usersOfNumbers(db: Q, agencyId: string, numbers: readonly string[]) {
  const out = new Map<string, string>();
  if (numbers.length === 0) return out;
  const rows = await db
    .selectFrom('entity_links as l')
    .innerJoin('entities as e', 'e.id', 'l.to_id')
    .select(['e.label as number', 'l.from_id as person'])
    .where('l.agency_id', '=', agencyId)
    .where('l.type', '=', 'uses_phone')
    .where('e.type', '=', 'phone')
    .where('e.label', 'in', [...numbers])
    .orderBy('l.from_id')
    .execute();
  for (const r of rows) if (!out.has(r.number)) out.set(r.number, r.person);
  return out;
}
