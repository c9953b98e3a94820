import { localIso } from '../clock.ts';
import { CSV_COLUMNS } from '../formats.ts';
import type { Crossing } from '../geo.ts';
import { recordedDate, recordedIdentity, recordedName } from '../names/index.ts';
import { nationalityOf, roleOf } from '../population.ts';
import type { Rng } from '../rng.ts';
import type { TruthSink } from '../truth.ts';
import { documentsOf, isoBirth, nameOf, offsetOfTown, type World } from '../world.ts';
import { csvRow, LineWriter } from '../writer.ts';

interface Passage {
  day: number;
  second: number;
  person: number;
  crossing: Crossing;
  direction: 'in' | 'out';
  plate: string;
  purpose: string | null;
}

const PLATE: Record<string, (r: Rng) => string> = {
  TH: (r) => `${r.int(1, 9)}${r.pick(['กข', 'ขค', 'ฒร', 'ษฐ', 'นห'])} ${r.int(1000, 9999)}`,
  KH: (r) =>
    `${r.pick(['PP', 'BB', 'SHV', 'BMC'])} ${r.int(1, 3)}${r.pick(['A', 'B', 'C'])}-${r.int(1000, 9999)}`,
  LA: (r) => `${r.pick(['ກກ', 'ຂຂ', 'ນວ'])} ${r.int(1000, 9999)}`,
  MM: (r) =>
    `${r.pick(['YGN', 'MDY', 'MON', 'KYN'])} ${r.int(1, 9)}${r.pick(['A', 'B', 'C', 'D'])}-${r.int(1000, 9999)}`,
  VN: (r) => `${r.int(11, 99)}${r.pick(['A', 'B', 'C', 'LD'])}-${r.int(100, 999)}.${r.int(10, 99)}`,
  CN: (r) => `${r.pick(['云', '桂', '粤'])}${r.pick(['A', 'K', 'N', 'P'])}·${r.int(10000, 99999)}`,
};
/** The plate of the vehicle a person drives: the same every time. */
export const plateOf = (w: World, person: number) => {
  const r = w.rng.fork(`plate/${person}`);
  const country = w.geo.towns[w.pop.town[person] ?? 0]?.country ?? 'TH';
  return (PLATE[country] ?? PLATE.TH)?.(r) ?? '';
};

/** Journeys of the criminal cast: victims carried along their route in groups with their transporter, transporters to and fro. */
function planCriminal(w: World, rng: Rng): Passage[] {
  const out: Passage[] = [];
  const byId = new Map(w.geo.crossings.map((c) => [c.id, c]));
  for (const v of w.victims.values()) {
    if (v.status !== 'trafficked') continue;
    const route = w.geo.routes.find((r) => r.id === v.routeId);
    for (const cid of route?.crossings ?? []) {
      const crossing = byId.get(cid);
      if (!crossing || crossing.informal) continue;
      // Victims recruited the same week cross together, with their transporter, in his vehicle.
      const day = v.recruitedOn + 1 + ((v.recruitedOn % 7) % 3);
      const second = 6 * 3600 + ((v.transporter * 7919 + day * 31) % (12 * 3600));
      const plate = plateOf(w, v.transporter);
      out.push({
        day,
        second,
        person: v.person,
        crossing,
        direction: 'out',
        plate,
        purpose: 'victim_transported',
      });
      out.push({
        day,
        second: second - 60,
        person: v.transporter,
        crossing,
        direction: 'out',
        plate,
        purpose: 'transporter_with_victims',
      });
    }
  }
  for (const g of w.groups) {
    const route = w.geo.routes.find((r) => r.id === g.routeId);
    const formal = (route?.crossings ?? [])
      .map((c) => byId.get(c))
      .filter((c): c is Crossing => c !== undefined && !c.informal);
    if (formal.length === 0) continue;
    for (const m of g.members) {
      if (roleOf(w.pop, m) !== 'transporter' && roleOf(w.pop, m) !== 'broker') continue;
      for (let d = w.startDay + rng.int(0, 13); d <= w.endDay; d += rng.int(7, 20)) {
        const crossing = rng.pick(formal);
        out.push({
          day: d,
          second: rng.int(6 * 3600, 20 * 3600),
          person: m,
          crossing,
          direction: rng.chance(0.5) ? 'in' : 'out',
          plate: plateOf(w, m),
          purpose: 'criminal_travel',
        });
      }
    }
  }
  // De-duplicate passages of one person at one crossing on one day (a transporter with several victims).
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.person}/${p.crossing.id}/${p.day}/${p.direction}`;
    if (seen.has(key) || p.day < w.startDay || p.day > w.endDay) return false;
    seen.add(key);
    return true;
  });
}

/** `crossings.csv`: migrants going home and back, traders, and the criminal journeys among them. */
export async function writeCrossings(
  w: World,
  path: string,
  truth: TruthSink,
): Promise<{ rows: number; criminal: number }> {
  const rng = w.rng.fork('crossings');
  const planned = planCriminal(w, rng.fork('plan')).sort((a, b) => a.day - b.day);
  const formal = w.geo.crossings.filter((c) => !c.informal);
  const formalOf = new Map<string, Crossing[]>();
  for (const c of formal)
    for (const country of c.countries) formalOf.set(country, [...(formalOf.get(country) ?? []), c]);
  const days = w.endDay - w.startDay + 1;
  const perDay = Math.max(0, w.preset.crossings - planned.length) / days;
  const bg0 = w.pop.castSize;
  const out = new LineWriter(path);
  out.line((CSV_COLUMNS['crossings.csv'] ?? []).join(','));
  let rows = 0;
  let criminal = 0;
  let p = 0;
  let carry = 0;
  for (let day = w.startDay; day <= w.endDay; day++) {
    const today: Passage[] = [];
    while (p < planned.length && (planned[p]?.day ?? Number.POSITIVE_INFINITY) === day)
      today.push(planned[p++] as Passage);
    carry += perDay;
    for (; carry >= 1; carry--) {
      // Someone living near a border, or a migrant going home and back, at a checkpoint of their country.
      let person = -1;
      let fits: Crossing[] = [];
      for (let tries = 0; tries < 8 && fits.length === 0; tries++) {
        person = bg0 + rng.int(0, w.pop.n - bg0 - 1);
        const here = w.geo.towns[w.pop.town[person] ?? 0]?.country ?? 'TH';
        const home = w.geo.towns[w.pop.homeTown[person] ?? 0]?.country ?? here;
        fits =
          home === here
            ? (formalOf.get(here) ?? [])
            : formal.filter((c) => c.countries.includes(here) && c.countries.includes(home));
      }
      if (fits.length === 0) continue;
      const crossing = rng.pick(fits);
      today.push({
        day,
        second: rng.int(6 * 3600, 21 * 3600),
        person,
        crossing,
        direction: rng.chance(0.5) ? 'in' : 'out',
        plate: rng.chance(0.25) ? plateOf(w, person) : '',
        purpose: null,
      });
    }
    today.sort((a, b) => a.second - b.second);
    for (const x of today) {
      const id = `X${++rows}`;
      const nat = nationalityOf(w.pop, x.person);
      const docs = documentsOf(w, x.person);
      const docType =
        x.purpose === 'victim_transported'
          ? rng.weighted(['border_pass', 'passport', 'none'] as const, [5, 3, 2])
          : rng.weighted(['passport', 'border_pass', 'national_id'] as const, [5, 4, 1]);
      const docNo =
        docType === 'none'
          ? ''
          : recordedIdentity(rng, docType === 'national_id' ? docs.nationalId : docs.passport, 0.05);
      const offset = offsetOfTown(w, w.pop.town[x.person] ?? 0);
      const utc = x.day * 86_400 + x.second - offset * 60;
      if (x.purpose) criminal++;
      const t = truth.record('crossings.csv', id, x.person, x.purpose ? { purpose: x.purpose } : {});
      if (t) await t;
      const pending = out.line(
        csvRow([
          id,
          localIso(utc, offset),
          x.crossing.id,
          x.crossing.name,
          x.direction,
          recordedName(rng, nameOf(w, x.person), 0.3),
          nat,
          recordedDate(rng, isoBirth(w, x.person), nat, 0.2),
          docType,
          docNo,
          x.plate,
        ]),
      );
      if (pending) await pending;
    }
  }
  await out.close();
  return { rows, criminal };
}
