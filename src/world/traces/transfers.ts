import { localIso } from '../clock.ts';
import { CSV_COLUMNS } from '../formats.ts';
import { generateName, recordedName } from '../names/index.ts';
import { nationalityOf, roleOf } from '../population.ts';
import { personId, type TruthSink } from '../truth.ts';
import { accountOf, mix, nameOf, offsetOfTown, type World } from '../world.ts';
import { csvRow, LineWriter } from '../writer.ts';
import { brokerOf } from './brokers.ts';

const CURRENCY: Record<string, string> = { TH: 'THB', KH: 'USD', LA: 'LAK', MM: 'MMK', VN: 'VND', CN: 'CNY' };
/** Rough value of one Thai baht in each currency, to keep amounts plausible wherever they are paid. */
const PER_THB: Record<string, number> = { THB: 1, USD: 0.028, LAK: 600, MMK: 60, VND: 700, CNY: 0.2 };
/** Cash deposits at or above this many baht are reported to the financial intelligence unit. */
const REPORTING_THRESHOLD_THB = 50_000;

interface Transfer {
  day: number;
  from: number;
  to: number;
  amountThb: number;
  channel: 'bank' | 'mobile_money' | 'remittance_agent' | 'cash_deposit';
  reference: string;
  purpose: string | null;
  /** When the receiver is not in the population (a family at home), their name and account. */
  external?: { account: string; name: string };
}

/** Money of the criminal cast: recruitment fees, debt collection, withheld wages, officials paid, structured deposits. */
function planCriminal(w: World, rng: ReturnType<World['rng']['fork']>): Transfer[] {
  const out: Transfer[] = [];
  const { startDay, endDay } = w;
  const inWindow = (d: number) => d >= startDay && d <= endDay;
  for (const v of w.victims.values()) {
    if (v.status !== 'trafficked') continue;
    const d = v.recruitedOn - rng.int(1, 14);
    if (inWindow(d) && rng.chance(0.6))
      out.push({
        day: d,
        from: v.person,
        to: v.recruiter,
        amountThb: rng.int(3, 25) * 1000,
        channel: 'mobile_money',
        reference: rng.pick(['job fee', 'travel', 'passport', 'ค่าเดินทาง', '']),
        purpose: 'recruitment_fee',
      });
    if (v.indicators.some((i) => i.endsWith('debt_bondage'))) {
      const g = w.groups[w.sites[v.site]?.group ?? -1];
      const collectors = g?.members.filter((m) => roleOf(w.pop, m) === 'money_collector') ?? [];
      const collector = collectors.length > 0 ? rng.pick(collectors) : (g?.boss ?? v.recruiter);
      for (let d2 = v.arrivedOn + 7; d2 <= endDay; d2 += 7 + rng.int(0, 3)) {
        if (rng.chance(0.8))
          out.push({
            day: d2,
            from: v.person,
            to: collector,
            amountThb: rng.int(5, 30) * 100,
            channel: 'mobile_money',
            reference: rng.pick(['debt', 'loan', 'หนี้', 'nợ', '']),
            purpose: 'debt_collection',
          });
      }
    }
  }
  // Each site's owner pays the broker who placed a worker there a fee per worker (a stream of its own).
  const fees = rng.fork('broker-fees');
  for (const v of w.victims.values()) {
    const broker = v.status === 'trafficked' ? brokerOf(w, v) : -1;
    const owner = w.sites[v.site]?.owner ?? -1;
    if (broker < 0 || owner < 0) continue;
    out.push({
      day: v.arrivedOn + fees.int(0, 7),
      from: owner,
      to: broker,
      amountThb: fees.int(5, 30) * 1000,
      channel: fees.chance(0.7) ? 'bank' : 'mobile_money',
      reference: fees.pick(['placement', 'service fee', 'staff', '']),
      purpose: 'broker_fee',
    });
  }
  for (const g of w.groups) {
    const officials = g.members.filter((m) => roleOf(w.pop, m) === 'official');
    const collectors = g.members.filter((m) => roleOf(w.pop, m) === 'money_collector');
    const supervisors = g.members.filter((m) => roleOf(w.pop, m) === 'supervisor');
    const brokers = g.members.filter((m) => roleOf(w.pop, m) === 'broker');
    for (let d = startDay + rng.int(0, 29); d <= endDay; d += 28 + rng.int(0, 6)) {
      for (const o of officials)
        out.push({
          day: d,
          from: g.boss,
          to: o,
          amountThb: rng.pick([20_000, 30_000, 50_000, 100_000]),
          channel: 'bank',
          reference: rng.pick(['consulting', 'tea money', 'gift', '']),
          purpose: 'payment_to_official',
        });
      for (const s of supervisors)
        out.push({
          day: d + 1,
          from: g.boss,
          to: s,
          amountThb: rng.int(40, 150) * 1000,
          channel: 'bank',
          reference: 'salary',
          purpose: 'wages_withheld',
        });
      for (const b of brokers)
        out.push({
          day: d + rng.int(0, 10),
          from: g.boss,
          to: b,
          amountThb: rng.int(10, 80) * 1000,
          channel: 'bank',
          reference: rng.pick(['commission', 'service', '']),
          purpose: 'broker_commission',
        });
    }
    for (const c of collectors) {
      for (let d = startDay + rng.int(0, 6); d <= endDay; d += rng.int(2, 6)) {
        // Just under the reporting threshold, again and again: structuring.
        out.push({
          day: d,
          from: c,
          to: g.boss,
          amountThb: REPORTING_THRESHOLD_THB - rng.int(2, 40) * 100,
          channel: 'cash_deposit',
          reference: '',
          purpose: 'structuring',
        });
      }
    }
  }
  return out.filter((t) => inWindow(t.day) && t.from !== t.to);
}

function familyAccount(w: World, i: number): { account: string; name: string } {
  const r = w.rng.fork(`family/${i}`);
  const own = nameOf(w, i);
  const relative = generateName(r, nationalityOf(w.pop, i), r.chance(0.5) ? 'F' : 'M');
  const name =
    own.family && relative.family ? relative.latin.replace(relative.family, own.family) : relative.latin;
  return {
    account: `EXT-${nationalityOf(w.pop, i)}-${1_000_000_000 + (mix(w.seed, i, 91) % 999_999_999)}`,
    name,
  };
}

function ordinaryTransfer(w: World, rng: ReturnType<World['rng']['fork']>, day: number): Transfer {
  const n = w.pop.n;
  const bg0 = w.pop.castSize;
  const from = bg0 + rng.int(0, n - bg0 - 1);
  if (rng.next() < 0.45 && roleOf(w.pop, from) === 'migrant') {
    return {
      day,
      from,
      to: -1,
      amountThb: rng.int(15, 90) * 100,
      channel: rng.chance(0.5) ? 'remittance_agent' : 'mobile_money',
      reference: rng.pick(['home', 'family', 'ส่งเงินกลับบ้าน', 'gửi mẹ', '']),
      purpose: null,
      external: familyAccount(w, from),
    };
  }
  const town = w.pop.town[from] ?? 0;
  const lo = w.pop.blockStart[town] ?? bg0;
  const hi = w.pop.blockEnd[town] ?? n;
  let to = hi - lo > 1 ? lo + rng.int(0, hi - lo - 1) : bg0 + rng.int(0, n - bg0 - 1);
  if (to === from) to = to + 1 < n ? to + 1 : bg0;
  return {
    day,
    from,
    to,
    amountThb: Math.round(Math.exp(rng.normal(6.5, 1.1))),
    channel: rng.chance(0.6) ? 'mobile_money' : 'bank',
    reference: rng.pick(['', 'rent', 'food', 'loan', 'ค่าเช่า', 'tiền nhà']),
    purpose: null,
  };
}

/**
 * `transfers.csv`: remittances home and everyday payments, with the criminal flows among them, written day by
 * day so memory holds one day at a time.
 */
export async function writeTransfers(
  w: World,
  path: string,
  truth: TruthSink,
  /** Marked 1 for every person whose account a written transfer names (their bank's records are asked for). */
  holders?: Uint8Array,
): Promise<{ rows: number; criminal: number }> {
  const rng = w.rng.fork('transfers');
  const planned = planCriminal(w, rng.fork('plan')).sort((a, b) => a.day - b.day);
  const days = w.endDay - w.startDay + 1;
  const perDay = Math.max(0, w.preset.transfers - planned.length) / days;
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['transfers.csv'] ?? []).join(','));
  let rows = 0;
  let criminal = 0;
  let p = 0;
  let carry = 0;
  for (let day = w.startDay; day <= w.endDay; day++) {
    const today: Transfer[] = [];
    while (p < planned.length && (planned[p]?.day ?? Number.POSITIVE_INFINITY) === day)
      today.push(planned[p++] as Transfer);
    carry += perDay;
    for (; carry >= 1; carry--) today.push(ordinaryTransfer(w, rng, day));
    const times = today.map(() => rng.int(6 * 3600, 22 * 3600));
    const order = today.map((_, k) => k).sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0));
    for (const k of order) {
      const t = today[k] as Transfer;
      const fromAccount = accountOf(w, t.from);
      const toAccount = t.external?.account ?? accountOf(w, t.to);
      if (!fromAccount || !toAccount) continue;
      if (holders) {
        holders[t.from] = 1;
        if (!t.external) holders[t.to] = 1;
      }
      const town = w.pop.town[t.from] ?? 0;
      const country = w.geo.towns[town]?.country ?? 'TH';
      const currency = t.channel === 'remittance_agent' || t.external ? 'THB' : (CURRENCY[country] ?? 'THB');
      const amount = Math.max(1, Math.round(t.amountThb * (PER_THB[currency] ?? 1) * 100) / 100);
      const offset = offsetOfTown(w, town);
      const utc = day * 86_400 + (times[k] ?? 0) - offset * 60;
      const id = `T${++rows}`;
      const fromName = t.channel === 'cash_deposit' ? '' : recordedName(rng, nameOf(w, t.from), 0.15);
      const toName = t.external ? t.external.name : recordedName(rng, nameOf(w, t.to), 0.15);
      if (t.purpose) {
        criminal++;
        await truth.record('transfers.csv', id, t.from, {
          to: t.to >= 0 ? personId(t.to) : null,
          purpose: t.purpose,
        });
      }
      const pending = out.line(
        csvRow([
          id,
          localIso(utc, offset),
          t.channel,
          fromAccount,
          fromName,
          toAccount,
          toName,
          amount,
          currency,
          t.reference,
        ]),
      );
      if (pending) await pending;
    }
  }
  await out.close();
  return { rows, criminal };
}
