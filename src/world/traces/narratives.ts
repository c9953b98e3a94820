import { isoDay, localIso } from '../clock.ts';
import type { Site } from '../model.ts';
import { recordedName, recordedPhone } from '../names/index.ts';
import { roleOf } from '../population.ts';
import type { Rng } from '../rng.ts';
import type { TruthSink } from '../truth.ts';
import { nameOf, offsetOfTown, type World } from '../world.ts';
import { LineWriter } from '../writer.ts';
import { plateOf } from './crossings.ts';
import { type Lang, tipText } from './phrases.ts';

const signKey = (indicatorId: string) => indicatorId.slice(indicatorId.indexOf('.') + 1);

/** Signs a witness could see at a site: its hallmarks and what its people suffer. */
function signsAt(w: World, s: Site, rng: Rng): string[] {
  const keys = new Set<string>(s.hallmarks.map(signKey));
  for (const p of s.workers.slice(0, 5))
    for (const i of w.victims.get(p)?.indicators ?? []) keys.add(signKey(i));
  const list = rng.sample([...keys], rng.int(1, 3));
  if (s.children && rng.chance(0.6)) list.push('children');
  return list;
}

/** How a witness names someone: a nickname or one part of the name, as heard. */
function heardName(w: World, person: number, rng: Rng): string {
  const n = nameOf(w, person);
  if (n.nickname && rng.chance(0.6)) return n.nickname;
  return rng.chance(0.5) ? (n.given.split(' ')[0] ?? n.given) : recordedName(rng, n, 0.5);
}

/**
 * `tips.jsonl`: what hotlines and NGOs hear. Most tips about criminal sites are true, several people report the
 * same place, and some tips are false (about lawful places). `sites`, when given, gets each tip's id and site.
 */
export async function writeTips(
  w: World,
  path: string,
  truth: TruthSink,
  sites?: { id: string; site: number; isFalse: boolean }[],
): Promise<number> {
  const rng = w.rng.fork('tips');
  const out = new LineWriter(path);
  const criminal = w.sites.filter((s) => s.group >= 0);
  const lawful = w.sites.filter((s) => s.group < 0);
  let count = 0;
  const firstTipOfSite = new Map<number, string>();
  for (let k = 0; k < w.preset.tips; k++) {
    const isFalse = lawful.length > 0 && (criminal.length === 0 || rng.chance(0.22));
    const site = isFalse ? rng.pick(lawful) : rng.pick(criminal);
    const town = w.geo.towns[site.townIdx];
    const lang: Lang = rng.weighted<Lang>(
      ['en', 'th', 'vi'],
      [3, 5, town?.country === 'VN' || town?.country === 'KH' ? 4 : 1],
    );
    const staff = w.groups[site.group]?.members.filter(
      (m) => w.pop.site[m] === site.idx || m === site.owner,
    ) ?? [site.owner];
    const who = staff.length > 0 && rng.chance(0.6) ? heardName(w, rng.pick(staff), rng) : null;
    const count_ = Math.max(2, Math.round(site.workers.length * (0.5 + rng.next())) || rng.int(3, 20));
    const victim = site.workers.find((p) => w.victims.has(p));
    const nat =
      victim !== undefined
        ? (w.geo.towns[w.pop.homeTown[victim] ?? 0]?.country ?? 'MM')
        : rng.pick(['MM', 'KH', 'LA']);
    const signs = isFalse
      ? rng.sample(
          ['low_or_no_salary', 'excessive_working_days_or_hours', 'isolation_confinement_or_surveillance'],
          rng.int(1, 2),
        )
      : signsAt(w, site, rng);
    const place = rng.chance(0.7)
      ? (town?.name ?? '')
      : `${town?.name ?? ''} ${rng.pick(['market', 'pier', 'bridge', 'temple', 'highway'])}`;
    const day = w.startDay + rng.int(0, w.endDay - w.startDay);
    const utc = day * 86_400 + rng.int(0, 86_399) - offsetOfTown(w, site.townIdx) * 60;
    const id = `TIP${k + 1}`;
    const exact = rng.chance(0.3);
    const row = {
      tip_id: id,
      received_at: localIso(utc, offsetOfTown(w, site.townIdx)),
      channel: rng.weighted(
        ['hotline', 'ngo', 'walk_in', 'online', 'social_media'] as const,
        [5, 3, 1, 2, 1],
      ),
      language: lang,
      text: tipText(lang, { count: count_, nationality: nat, site: site.kind, place, signs, who }),
      place_hint: place,
      lat: exact ? Math.round((site.lat + rng.normal(0, 0.01)) * 1e4) / 1e4 : null,
      lon: exact ? Math.round((site.lon + rng.normal(0, 0.01)) * 1e4) / 1e4 : null,
    };
    const duplicateOf = firstTipOfSite.get(site.idx) ?? null;
    if (!duplicateOf) firstTipOfSite.set(site.idx, id);
    sites?.push({ id, site: site.idx, isFalse });
    await truth.record('tips.jsonl', id, site.owner, {
      site: site.id,
      false: isFalse,
      duplicate_of: duplicateOf,
    });
    await out.line(JSON.stringify(row));
    count++;
  }
  await out.close();
  return count;
}

const VIOLATION_OF: Record<string, string> = {
  low_or_no_salary: 'wage_below_minimum',
  excessive_working_days_or_hours: 'excessive_hours',
  withholding_of_wages: 'wages_unpaid',
  hazardous_work: 'unsafe_workplace',
  no_respect_of_labour_laws_or_contract_signed: 'no_contract',
  very_bad_working_conditions: 'unsafe_workplace',
  bad_living_conditions: 'poor_accommodation',
};

/** `inspections.jsonl`: routine labour inspections, mostly of lawful workplaces; inspectors see part of what is there. */
export async function writeInspections(w: World, path: string, truth: TruthSink): Promise<number> {
  const rng = w.rng.fork('inspections');
  const out = new LineWriter(path);
  const registered = w.sites.filter((s) => s.registrationNo !== null);
  let count = 0;
  for (let k = 0; k < w.preset.inspections && registered.length > 0; k++) {
    const site = rng.chance(0.3)
      ? rng.pick(registered.filter((s) => s.severity !== 'lawful').concat(registered.slice(0, 1)))
      : rng.pick(registered);
    const town = w.geo.towns[site.townIdx];
    const seen = new Set<string>();
    for (const p of site.workers)
      for (const i of w.victims.get(p)?.indicators ?? []) if (rng.chance(0.15)) seen.add(i);
    // Confinement hides people from inspectors: severe sites show the least.
    const hidden = site.severity === 'severe' && rng.chance(0.6);
    const findings = hidden ? [] : [...seen].sort();
    const violations = [
      ...new Set(findings.map((f) => VIOLATION_OF[signKey(f)]).filter((v): v is string => Boolean(v))),
    ];
    if (site.children && !hidden && rng.chance(0.5)) violations.push('underage_worker');
    const workers = site.workers.length + rng.int(2, 30);
    const id = `INS${k + 1}`;
    const row = {
      inspection_id: id,
      inspected_on: isoDay(w.startDay + rng.int(0, w.endDay - w.startDay)),
      agency: `${town?.country ?? 'TH'} labour inspectorate, ${town?.name ?? ''}`,
      registration_no: site.registrationNo,
      site_name: site.name,
      town: town?.name ?? '',
      lat: site.lat,
      lon: site.lon,
      workers_present: hidden ? Math.max(1, Math.round(workers * 0.3)) : workers,
      workers_interviewed: Math.min(workers, rng.int(2, 10)),
      findings,
      violations,
      notes: hidden
        ? 'Part of the premises was locked; the manager said it was storage.'
        : violations.length > 0
          ? 'Violations explained to the employer; follow-up visit due.'
          : 'No violations found.',
    };
    await truth.record('inspections.jsonl', id, site.owner, { site: site.id, severity: site.severity });
    await out.line(JSON.stringify(row));
    count++;
  }
  await out.close();
  return count;
}

/**
 * `reports.jsonl`: police intelligence reports graded 3x5x2. Good sources mostly tell the truth; poor ones
 * often do not. Each report names people, numbers, plates and places as the source gave them.
 */
export async function writeReports(w: World, path: string, truth: TruthSink): Promise<number> {
  const rng = w.rng.fork('reports');
  const out = new LineWriter(path);
  let count = 0;
  for (let k = 0; k < w.preset.reports && w.groups.length > 0; k++) {
    const g = rng.pick(w.groups);
    const sourceGrade = rng.weighted(['1', '2', '3'] as const, [3, 5, 3]);
    const isTrue = rng.chance(sourceGrade === '1' ? 0.92 : sourceGrade === '2' ? 0.75 : 0.45);
    const subject = isTrue ? rng.pick(g.members) : w.pop.castSize + rng.int(0, w.pop.n - w.pop.castSize - 1);
    const site = w.sites[rng.pick(g.sites.length > 0 ? g.sites : [0])];
    const phones = w.pop.phones;
    const phone = recordedPhone(rng, `+${phones.number[subject]}`, 0.6);
    const transporter = g.members.find((m) => roleOf(w.pop, m) === 'transporter');
    const name = heardName(w, subject, rng);
    const role = roleOf(w.pop, subject);
    const text = `Source reports that ${name} (tel ${phone}) ${isTrue ? { site_owner: 'runs', broker: 'supplies workers to', recruiter: 'recruits for', transporter: 'drives workers to', money_collector: 'collects debts for', supervisor: 'supervises workers at', guard: 'guards', official: 'is paid to protect', employer: 'manages', recruitment_agent: 'recruits for', migrant: 'works at', local_worker: 'works at', victim: 'is held at' }[role] : 'is involved with'} ${site?.name ?? 'a site'} in ${w.geo.towns[site?.townIdx ?? 0]?.name ?? ''}.`;
    const handling = rng.chance(0.2) ? 'C' : 'P';
    const id = `R${k + 1}`;
    const row = {
      report_id: id,
      reported_on: isoDay(w.startDay + rng.int(0, w.endDay - w.startDay)),
      source_type: rng.weighted(
        ['police_officer', 'informant', 'ngo', 'hotline', 'inspector', 'open_source'] as const,
        [3, 4, 2, 1, 1, 1],
      ),
      source_code: `SRC-${String(rng.int(1, 400)).padStart(4, '0')}`,
      source_grade: sourceGrade,
      information_grade: rng.weighted(
        ['A', 'B', 'C', 'D', 'E'] as const,
        isTrue ? [3, 5, 3, 1, 1] : [1, 2, 4, 3, 3],
      ),
      handling,
      handling_conditions:
        handling === 'C' ? 'Do not disseminate outside the unit without the originator.' : '',
      text,
      mentions: {
        names: [name],
        phones: [phone],
        plates: transporter !== undefined && rng.chance(0.3) ? [plateOf(w, transporter)] : [],
        sites: [site?.name ?? ''],
      },
    };
    await truth.record('reports.jsonl', id, subject, { group: g.id, true: isTrue, site: site?.id ?? null });
    await out.line(JSON.stringify(row));
    count++;
  }
  await out.close();
  return count;
}
