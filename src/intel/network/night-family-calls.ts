import type { Kysely } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { FamilyNumber } from '../../monitoring/family-numbers.ts';

// Night calls to victims' families: the debt collector who rings a mother at two in the morning to say what her
// daughter "owes", the broker who calls the families of the people he placed to keep them quiet. Found from the
// agency's call records to the numbers its hotline learnt families are reached on (src/monitoring/family-numbers.ts):
// for each number calling families, how many families it called at night where the family lives, how many night
// calls, and what share of its calls to families were at night. Neighbours and relatives call families too, by day
// and now and then late: a number is flagged only when it called at least `minFamilies` families at night and made
// at least `minNightCalls` night calls to them, a quarter or more of its calls to families (the village volunteer
// who calls every family of the village's missing, now and then late, is not the collector).

type Q = Kysely<Database>;

export interface NightOptions {
  /** The night, in the family's local time: from this hour (inclusive) to `toHour` (exclusive), across midnight. */
  fromHour?: number;
  toHour?: number;
  minFamilies?: number;
  minNightCalls?: number;
  /** The least share of its calls to families a caller made at night (0–1). */
  minNightShare?: number;
  limit?: number;
}

export interface NightCaller {
  /** The number that made the most night calls to families, and all the caller's numbers that called them. */
  caller: string;
  numbers: string[];
  /** The person entity the numbers were counted together under (null: a number nobody is tied to). */
  holder: string | null;
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
  /** The caller's numbers, with their night calls. */
  numbers: Map<string, number>;
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

/**
 * Ranks the numbers calling families at night from calls to their numbers (the database's or a file's); numbers
 * `holderOf` gives one holder are one caller.
 */
export function rankNightCallers(
  rows: Iterable<FamilyCallRow>,
  families: readonly FamilyNumber[],
  opts: NightOptions = {},
  holderOf: ReadonlyMap<string, string> = new Map(),
): NightCaller[] {
  const from = opts.fromHour ?? 22;
  const to = opts.toHour ?? 6;
  const minFamilies = opts.minFamilies ?? 2;
  const minNight = opts.minNightCalls ?? 2;
  const minShare = opts.minNightShare ?? 0.25;
  // One family may be reached on several numbers: a family is its tip.
  const familyOf = new Map<string, string>();
  for (const f of families) familyOf.set(f.number, f.tipId);
  const tally = new Map<string, Tally>();
  for (const r of rows) {
    const family = familyOf.get(r.callee);
    // A family calling another family is not who this looks for.
    if (family === undefined || familyOf.has(r.caller)) continue;
    const at = new Date(r.started_at);
    const key = holderOf.get(r.caller) ?? `tel:${r.caller}`;
    const t = tally.get(key) ?? {
      numbers: new Map<string, number>(),
      families: new Set<string>(),
      nightFamilies: new Set<string>(),
      calls: 0,
      nightCalls: 0,
      first: Number.POSITIVE_INFINITY,
      last: Number.NEGATIVE_INFINITY,
    };
    t.calls++;
    t.families.add(family);
    t.numbers.set(r.caller, t.numbers.get(r.caller) ?? 0);
    if (atNight(at, offsetOfNumber(r.callee), from, to)) {
      t.nightCalls++;
      t.numbers.set(r.caller, (t.numbers.get(r.caller) ?? 0) + 1);
      t.nightFamilies.add(family);
      t.first = Math.min(t.first, at.getTime());
      t.last = Math.max(t.last, at.getTime());
    }
    tally.set(key, t);
  }
  const out: NightCaller[] = [];
  for (const [key, t] of tally) {
    if (t.nightFamilies.size < minFamilies || t.nightCalls < minNight || t.nightCalls < minShare * t.calls)
      continue;
    const numbers = [...t.numbers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
    out.push({
      caller: numbers[0] as string,
      numbers,
      holder: key.startsWith('tel:') ? null : key,
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
  const holders = await usersOfNumbers(db, agencyId, [...new Set(rows.map((r) => r.caller))]);
  return rankNightCallers(rows, families, opts, holders);
}

/** The people resolution (or an analyst) tied to each number: the agency's person entities using its phone. */
export async function usersOfNumbers(db: Q, agencyId: string, numbers: readonly string[]) {
  const out = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 1000) {
    const rows = await db
      .selectFrom('entity_links as l')
      .innerJoin('entities as e', 'e.id', 'l.to_id')
      .select(['e.label as number', 'l.from_id as person'])
      .where('l.agency_id', '=', agencyId)
      .where('l.type', '=', 'uses_phone')
      .where('e.type', '=', 'phone')
      .where('e.label', 'in', numbers.slice(i, i + 1000))
      .orderBy('l.from_id')
      .execute();
    for (const r of rows) if (!out.has(r.number)) out.set(r.number, r.person);
  }
  return out;
}
