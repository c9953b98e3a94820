import { localIso } from '../clock.ts';
import { CSV_COLUMNS } from '../formats.ts';
import { phoneOn, roleOf } from '../population.ts';
import type { Rng } from '../rng.ts';
import { mix, offsetOfTown, type World } from '../world.ts';
import { LineWriter } from '../writer.ts';
import { brokerOf, runnersOf } from './brokers.ts';

const CELLS_PER_TOWN = 12;

interface PlannedCall {
  day: number;
  a: number;
  b: number;
}

/**
 * The calls of the criminal cast, planned ahead: bosses and their staff daily, recruiters with the people they
 * recruit in the weeks before, transporters around each journey, collectors with the boss, officials now and then.
 */
function planCriminalCalls(w: World, rng: Rng): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const { startDay, endDay } = w;
  const span = endDay - startDay + 1;
  // Only calls both parties could make that day: a victim's phone is taken on arrival.
  const push = (a: number, b: number, day: number) => {
    if (day < startDay || day > endDay || a === b) return;
    const pa = phoneOn(w.pop, a, day);
    const pb = phoneOn(w.pop, b, day);
    if (pa >= 0 && pb >= 0 && pa !== pb) calls.push({ day, a, b });
  };
  for (const g of w.groups) {
    for (const m of g.members) {
      const role = roleOf(w.pop, m);
      const perWeek =
        role === 'official'
          ? 0.5
          : role === 'supervisor' || role === 'guard'
            ? 5
            : role === 'money_collector'
              ? 3
              : 2;
      const n = Math.round((perWeek * span) / 7);
      for (let k = 0; k < n; k++) {
        const day = startDay + rng.int(0, span - 1);
        if (rng.chance(0.5)) push(m, g.boss, day);
        else push(g.boss, m, day);
      }
    }
    const recruiters = g.members.filter((m) => roleOf(w.pop, m) === 'recruiter');
    const brokers = g.members.filter((m) => roleOf(w.pop, m) === 'broker');
    for (const r of recruiters)
      for (const b of brokers)
        for (let k = Math.round(span / 10); k > 0; k--) push(r, b, startDay + rng.int(0, span - 1));
  }
  for (const v of w.victims.values()) {
    if (v.status !== 'trafficked') continue;
    for (let k = rng.int(3, 9); k > 0; k--)
      push(
        rng.chance(0.7) ? v.recruiter : v.person,
        rng.chance(0.7) ? v.person : v.recruiter,
        v.recruitedOn - rng.int(0, 21),
      );
    for (let k = rng.int(1, 3); k > 0; k--) push(v.transporter, v.recruiter, v.recruitedOn + rng.int(0, 3));
  }
  // The broker who placed each person deals with the recruiter before and the site's runners around the arrival
  // (a stream of its own: the calls planned above stay as they were).
  const br = rng.fork('brokers');
  for (const v of w.victims.values()) {
    const broker = v.status === 'trafficked' ? brokerOf(w, v) : -1;
    if (broker < 0) continue;
    push(broker, v.recruiter, v.recruitedOn - br.int(0, 10));
    for (const r of runnersOf(w, v.site))
      for (let k = br.int(1, 3); k > 0; k--)
        push(br.chance(0.5) ? broker : r, br.chance(0.5) ? r : broker, v.arrivedOn + br.int(-5, 2));
  }
  calls.sort((x, y) => x.day - y.day);
  return calls;
}

/** Alias table for drawing callers in proportion to how much they call (heavy-tailed, as real phones are). */
function activityTable(w: World, rng: Rng): { prob: Float64Array; alias: Int32Array } {
  const n = w.pop.n;
  const weight = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const x = Math.exp(rng.normal(0, 1.1));
    weight[i] = x;
    sum += x;
  }
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  // Vose's alias method, with typed stacks so a million entries cost a few megabytes.
  const small = new Int32Array(n);
  const large = new Int32Array(n);
  let ns = 0;
  let nl = 0;
  for (let i = 0; i < n; i++) {
    weight[i] = ((weight[i] ?? 0) * n) / sum;
    if ((weight[i] ?? 0) < 1) small[ns++] = i;
    else large[nl++] = i;
  }
  while (ns > 0 && nl > 0) {
    const s = small[--ns] ?? 0;
    const l = large[--nl] ?? 0;
    prob[s] = weight[s] ?? 0;
    alias[s] = l;
    weight[l] = (weight[l] ?? 0) + (weight[s] ?? 0) - 1;
    if ((weight[l] ?? 0) < 1) small[ns++] = l;
    else large[nl++] = l;
  }
  while (ns > 0) prob[small[--ns] ?? 0] = 1;
  while (nl > 0) prob[large[--nl] ?? 0] = 1;
  return { prob, alias };
}

/**
 * Writes `calls.csv`: ordinary calls among neighbours and friends, a few to anyone, and the criminal calls
 * embedded among them, day by day in time order.
 */
export async function writeCalls(w: World, path: string): Promise<{ rows: number; criminal: number }> {
  const rng = w.rng.fork('calls');
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['calls.csv'] ?? []).join(','));
  const planned = planCriminalCalls(w, rng.fork('plan'));
  const { prob, alias } = activityTable(w, rng.fork('activity'));
  const pop = w.pop;
  const phones = pop.phones;
  const n = pop.n;
  const days = w.endDay - w.startDay + 1;
  const target = Math.max(w.preset.calls, planned.length);
  const perDay = (target - planned.length) / days;
  const cellLat = new Float64Array(w.geo.towns.length * CELLS_PER_TOWN);
  const cellLon = new Float64Array(w.geo.towns.length * CELLS_PER_TOWN);
  const cellText: string[] = [];
  const cellRng = rng.fork('cells');
  w.geo.towns.forEach((t, ti) => {
    for (let c = 0; c < CELLS_PER_TOWN; c++) {
      const k = ti * CELLS_PER_TOWN + c;
      cellLat[k] = Math.round((t.lat + cellRng.normal(0, 0.04)) * 1e5) / 1e5;
      cellLon[k] = Math.round((t.lon + cellRng.normal(0, 0.04)) * 1e5) / 1e5;
      cellText[k] =
        `${t.country}-${String(ti).padStart(3, '0')}-${String(c).padStart(2, '0')},${cellLat[k]},${cellLon[k]}`;
    }
  });
  const offsets = new Int32Array(w.geo.towns.length);
  for (let t = 0; t < offsets.length; t++) offsets[t] = offsetOfTown(w, t);

  let id = 0;
  let criminal = 0;
  let p = 0;
  let carry = 0;
  let keys = new Float64Array(1024);
  const ordinaryTotal = target - planned.length;
  let ordinarySoFar = 0;
  for (let d = 0; d < days; d++) {
    const day = w.startDay + d;
    const weekday = ((day % 7) + 7 + 4) % 7; // 0 = Sunday
    carry += perDay * (weekday === 0 ? 0.85 : weekday === 6 ? 0.95 : 1.04);
    // The last day takes what rounding left over, so the file holds exactly the preset's count.
    const ordinary = d === days - 1 ? Math.max(0, ordinaryTotal - ordinarySoFar) : Math.floor(carry);
    carry -= ordinary;
    ordinarySoFar += ordinary;
    const crimeStart = p;
    while (p < planned.length && (planned[p]?.day ?? Number.POSITIVE_INFINITY) === day) p++;
    const total = ordinary + (p - crimeStart);
    if (keys.length < total) keys = new Float64Array(total * 2);
    // Each call's second of the day and its slot, packed in one number so a plain numeric sort orders them.
    for (let k = 0; k < total; k++) {
      // Calls cluster in the waking hours: a sum of two uniforms peaks mid-day.
      keys[k] = Math.floor(((rng.next() + rng.next()) / 2) * 86_399) * 2_097_152 + k;
    }
    const order = keys.subarray(0, total).sort();
    for (const key of order) {
      const second = Math.floor(key / 2_097_152);
      const k = key - second * 2_097_152;
      let a: number;
      let b: number;
      const planIdx = k < ordinary ? -1 : crimeStart + (k - ordinary);
      if (planIdx >= 0) {
        const c = planned[planIdx] as PlannedCall;
        a = c.a;
        b = c.b;
      } else {
        // An ordinary call; drawn again when a party has no phone that day (a victim's was taken).
        let tries = 0;
        do {
          const r = Math.floor(rng.next() * n);
          a = rng.next() < (prob[r] ?? 1) ? r : (alias[r] ?? r);
          const town = pop.town[a] ?? 0;
          const lo = pop.blockStart[town] ?? 0;
          const hi = pop.blockEnd[town] ?? n;
          const h = mix(w.seed, a, (rng.uint32() & 15) + 1);
          // Most calls go to one of a few dozen people nearby in the same town; some to anyone.
          if (hi - lo > 2 && rng.next() < 0.85) b = lo + ((a - lo + 1 + (h % 40)) % (hi - lo));
          else b = h % n;
        } while (
          ++tries < 1000 &&
          (a === b ||
            phoneOn(pop, a, day) < 0 ||
            phoneOn(pop, b, day) < 0 ||
            phoneOn(pop, a, day) === phoneOn(pop, b, day))
        );
      }
      const pa = phoneOn(pop, a, day);
      const pb = phoneOn(pop, b, day);
      if (pa < 0 || pb < 0 || pa === pb) continue;
      if (planIdx >= 0) criminal++;
      const sms = rng.next() < 0.22;
      const duration = sms ? 0 : Math.min(7200, Math.round(Math.exp(rng.normal(4.1, 1.0))));
      const town = pop.town[a] ?? 0;
      const utc = day * 86_400 + second - (offsets[town] ?? 420) * 60;
      const cell = town * CELLS_PER_TOWN + (mix(w.seed, a, day) % CELLS_PER_TOWN);
      id++;
      const pending = out.line(
        `C${id},+${phones.number[pa]},+${phones.number[pb]},${localIso(utc, offsets[town] ?? 420)},${duration},${sms ? 'sms' : 'voice'},${cellText[cell]}`,
      );
      if (pending) await pending;
    }
  }
  await out.close();
  return { rows: id, criminal };
}
