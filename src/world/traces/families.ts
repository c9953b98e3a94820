import { localIso } from '../clock.ts';
import { UTC_OFFSET_MIN } from '../geo.ts';
import { mobileNumber } from '../names/phones.ts';
import { nationalityOf, phoneOn, roleOf } from '../population.ts';
import type { Rng } from '../rng.ts';
import type { TruthSink } from '../truth.ts';
import { mix, offsetOfTown, type World } from '../world.ts';
import { LineWriter } from '../writer.ts';
import { brokerOf } from './brokers.ts';

// Victims' families at home, and who calls them. Many families of the trafficked hear from the group: the money
// collector, the broker or the recruiter rings at night to demand the "debt" or to warn them off the police. They
// hear by day from everyone else: relatives and neighbours, the village volunteer who checks on all the families of
// the village's missing, the victim before the phone was taken. Some of the tips about a site (tips.jsonl) came from
// a family of one of its workers: the hotline recorded with the tip the number the family is reached on
// (`family-numbers.jsonl`). The calls to families are `family-calls.csv` (the layout of calls.csv).
// All of it comes from streams of its own ('families/…'): the other files stay as they were.

export const FAMILY_RELATIONS = ['parent', 'spouse', 'sibling', 'child', 'other_relative'] as const;

export interface Family {
  victim: number;
  numbers: string[];
  relation: (typeof FAMILY_RELATIONS)[number];
  /** Minutes from UTC where the family lives. */
  offset: number;
  /** The group's people who call it at night (none: a family left alone). */
  threateners: number[];
  /** The tip (of tips.jsonl) the family gave about the person's site, when it gave one. */
  tip: string | null;
}

/** The families of the world's trafficked people that it knows of, in the victims' order; `tips` as writeTips gives them. */
export function familiesOf(
  w: World,
  tips: readonly { id: string; site: number; isFalse: boolean }[],
): Family[] {
  const rng = w.rng.fork('families/who');
  const out: Family[] = [];
  const taken = new Set<string>();
  for (const v of w.victims.values()) {
    if (v.status !== 'trafficked' || !rng.chance(0.6)) continue;
    const nat = nationalityOf(w.pop, v.person);
    const numbers = [mobileNumber(rng, nat)];
    if (rng.chance(0.25)) numbers.push(mobileNumber(rng, nat));
    const relation = rng.weighted(FAMILY_RELATIONS, [6, 2, 3, 1, 1]);
    const g = w.groups[w.sites[v.site]?.group ?? -1];
    const collectors = (g?.members ?? []).filter((m) => roleOf(w.pop, m) === 'money_collector');
    const threateners: number[] = [];
    if (rng.chance(0.55)) {
      // Mostly the collector; else the broker who placed the person, the recruiter or the boss himself.
      const who = rng.weighted(['collector', 'broker', 'recruiter', 'boss'] as const, [6, 2, 2, 1]);
      const one =
        who === 'collector' && collectors.length > 0
          ? (collectors[mix(w.seed, v.person, 61) % collectors.length] as number)
          : who === 'broker'
            ? brokerOf(w, v)
            : who === 'boss'
              ? (g?.boss ?? -1)
              : v.recruiter;
      threateners.push(one >= 0 ? one : v.recruiter);
      if (rng.chance(0.2) && v.recruiter !== threateners[0]) threateners.push(v.recruiter);
    }
    // One family a tip: the first tip about the person's site that no other family gave.
    const tip = rng.chance(0.7)
      ? (tips.find((x) => x.site === v.site && !x.isFalse && !taken.has(x.id))?.id ?? null)
      : null;
    if (tip) taken.add(tip);
    out.push({ victim: v.person, numbers, relation, offset: UTC_OFFSET_MIN[nat], threateners, tip });
  }
  return out;
}

interface FamilyCall {
  day: number;
  second: number;
  /** A person of the population, or the number of someone outside it (a relative, a neighbour at home). */
  from: number | string;
  to: string;
  /** The town the caller is in. */
  town: number;
  night: boolean;
}

/** A local second of the day at night (22:00–05:59), or in the waking hours (07:00–21:59). */
const nightSecond = (rng: Rng) => ((22 + rng.int(0, 7)) % 24) * 3600 + rng.int(0, 3599);
const daySecond = (rng: Rng) => rng.int(7, 21) * 3600 + rng.int(0, 3599);

function planFamilyCalls(w: World, families: readonly Family[], rng: Rng): FamilyCall[] {
  const calls: FamilyCall[] = [];
  const { startDay, endDay } = w;
  const push = (
    from: number | string,
    town: number,
    to: string,
    day: number,
    night: boolean,
    second: number,
  ) => {
    if (day < startDay || day > endDay) return;
    if (typeof from === 'number' && (from < 0 || phoneOn(w.pop, from, day) < 0)) return;
    calls.push({ day, second, from, to, town, night });
  };
  // The volunteer of each home town checks on every family of the town's missing, mostly by day.
  const volunteers = new Map<number, string>();
  for (const f of families) {
    const v = w.victims.get(f.victim);
    if (!v) continue;
    const home = w.pop.homeTown[f.victim] ?? 0;
    const nat = nationalityOf(w.pop, f.victim);
    if (!volunteers.has(home)) volunteers.set(home, mobileNumber(rng, nat));
    // Relatives and neighbours at home: several, each calling now and then by day, once in a while late.
    const relatives = Array.from({ length: rng.int(3, 7) }, () => mobileNumber(rng, nat));
    for (const to of f.numbers) {
      // The group's night calls start once the person is at the site, for the weeks the debt is "owed".
      for (const t of f.threateners)
        for (let k = rng.int(2, 7); k > 0; k--) {
          const day = v.arrivedOn + rng.int(1, 60);
          const night = rng.chance(0.85);
          const second = night ? nightSecond(rng) : rng.int(18, 21) * 3600 + rng.int(0, 3599);
          push(t, w.pop.town[t] ?? 0, to, day, night, second);
        }
      for (const r of relatives)
        for (let k = rng.int(1, 8); k > 0; k--) {
          const night = rng.chance(0.04);
          const day = startDay + rng.int(0, endDay - startDay);
          push(r, home, to, day, night, night ? nightSecond(rng) : daySecond(rng));
        }
      // The volunteer, by day; late now and then, when a family asked to be called back after work.
      for (let k = rng.int(1, 4); k > 0; k--) {
        const late = rng.chance(0.05);
        const second = late ? nightSecond(rng) : daySecond(rng);
        push(volunteers.get(home) ?? '', home, to, v.arrivedOn + rng.int(0, 90), late, second);
      }
      // The person, before the phone was taken.
      for (let k = rng.int(2, 6); k > 0; k--)
        push(
          v.person,
          w.pop.town[v.person] ?? home,
          to,
          v.recruitedOn - rng.int(0, 30),
          false,
          daySecond(rng),
        );
    }
  }
  return calls;
}

/**
 * Writes `family-calls.csv` (calls to the families, in time order, the callers' cells as calls.csv names towns'
 * cells) and records which are the group's night calls in the truth. Returns the rows and the group's calls.
 */
export async function writeFamilyCalls(
  w: World,
  families: readonly Family[],
  path: string,
  truth: TruthSink,
): Promise<{ rows: number; criminal: number }> {
  const rng = w.rng.fork('families/calls');
  const calls = planFamilyCalls(w, families, rng);
  const offsetOfFamily = new Map<string, number>();
  const threat = new Set<string>();
  for (const f of families)
    for (const n of f.numbers) {
      offsetOfFamily.set(n, f.offset);
      for (const t of f.threateners) threat.add(`${t}>${n}`);
    }
  // The hours are the family's: the instant of each call is kept, written in the caller's own time.
  const utcOf = (c: FamilyCall) => c.day * 86_400 + c.second - (offsetOfFamily.get(c.to) ?? 420) * 60;
  calls.sort((a, b) => utcOf(a) - utcOf(b) || a.to.localeCompare(b.to));
  const out = new LineWriter(path);
  out.line('call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon');
  let criminal = 0;
  let id = 0;
  for (const c of calls) {
    const caller =
      typeof c.from === 'number' ? `+${w.pop.phones.number[phoneOn(w.pop, c.from, c.day)]}` : c.from;
    const town = c.town;
    const t = w.geo.towns[town];
    const cell = mix(w.seed, town, c.day) % 12;
    const sms = rng.chance(0.15);
    const duration = sms ? 0 : Math.min(3600, Math.round(Math.exp(rng.normal(4.3, 0.9))));
    const callId = `FC${++id}`;
    const line = [
      callId,
      caller,
      c.to,
      localIso(utcOf(c), offsetOfTown(w, town)),
      duration,
      sms ? 'sms' : 'voice',
      `${t?.country ?? 'TH'}-${String(town).padStart(3, '0')}-${String(cell).padStart(2, '0')}`,
      Math.round(((t?.lat ?? 0) + ((cell % 4) - 1.5) * 0.02) * 1e5) / 1e5,
      Math.round(((t?.lon ?? 0) + (Math.floor(cell / 4) - 1) * 0.02) * 1e5) / 1e5,
    ].join(',');
    if (typeof c.from === 'number' && threat.has(`${c.from}>${c.to}`) && c.night) {
      criminal++;
      await truth.record('family-calls.csv', callId, c.from, { night_call_to_family: true });
    }
    await out.line(line);
  }
  await out.close();
  return { rows: id, criminal };
}

/** Writes `family-numbers.jsonl`: for each tip a family gave, the number it is reached on and how it is related. */
export async function writeFamilyNumbers(families: readonly Family[], path: string): Promise<number> {
  const out = new LineWriter(path);
  let count = 0;
  for (const f of families) {
    if (!f.tip) continue;
    await out.line(JSON.stringify({ tip_id: f.tip, phone: f.numbers[0] as string, relation: f.relation }));
    count++;
  }
  await out.close();
  return count;
}
