import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isoDay } from './clock.ts';
import { nationalityOf, roleOf, sexOf } from './population.ts';
import { accountOf, documentsOf, isoBirth, nameOf, type World } from './world.ts';
import { LineWriter } from './writer.ts';

export const personId = (i: number) => `P${String(i + 1).padStart(7, '0')}`;

/**
 * Where the truth goes: which person stands behind each record that names someone, streamed to
 * `truth/records.jsonl` as the traces are written.
 */
export class TruthSink {
  readonly #records: LineWriter;
  constructor(dir: string) {
    this.#records = new LineWriter(join(dir, 'records.jsonl'));
  }
  record(
    file: string,
    id: string,
    person: number,
    extra: Record<string, unknown> = {},
  ): Promise<void> | undefined {
    const fields: Record<string, unknown> = { file, id, person: personId(person) };
    for (const [k, v] of Object.entries(extra))
      fields[k] = typeof v === 'number' && /^(user|realOwner)$/.test(k) ? personId(v) : v;
    return this.#records.line(JSON.stringify(fields));
  }
  get count() {
    return this.#records.lines;
  }
  close() {
    return this.#records.close();
  }
}

/** `truth/persons.jsonl`: every person with their role, true name, documents, SIMs, account and, for victims, what happened. */
export async function writePersons(w: World, dir: string): Promise<number> {
  const out = new LineWriter(join(dir, 'persons.jsonl'));
  const b = w.pop.phones;
  for (let i = 0; i < w.pop.n; i++) {
    const name = nameOf(w, i);
    const docs = documentsOf(w, i);
    const phones = [
      { number: `+${b.number[i]}`, from: isoDay(b.from[i] ?? 0), to: isoDay((b.to[i] ?? 1) - 1) },
    ];
    const second = b.second[i] ?? -1;
    if (second >= 0)
      phones.push({
        number: `+${b.number[second]}`,
        from: isoDay(b.from[second] ?? 0),
        to: isoDay((b.to[second] ?? 1) - 1),
      });
    const v = w.victims.get(i);
    const site = w.pop.site[i] ?? -1;
    const group = w.pop.group[i] ?? -1;
    const row = {
      id: personId(i),
      role: roleOf(w.pop, i),
      nationality: nationalityOf(w.pop, i),
      sex: sexOf(w.pop, i),
      birth_date: isoBirth(w, i),
      name: {
        native: name.native,
        latin: name.latin,
        given: name.given,
        family: name.family,
        nickname: name.nickname,
      },
      home_town: w.geo.towns[w.pop.homeTown[i] ?? 0]?.id,
      town: w.geo.towns[w.pop.town[i] ?? 0]?.id,
      site: site >= 0 ? w.sites[site]?.id : null,
      group: group >= 0 ? w.groups[group]?.id : null,
      phones,
      account: accountOf(w, i),
      passport: docs.passport,
      national_id: docs.nationalId,
      victim: v
        ? {
            status: v.status,
            exploitation: v.exploitation,
            child: v.child,
            site: w.sites[v.site]?.id,
            recruiter: v.recruiter >= 0 ? personId(v.recruiter) : null,
            transporter: v.transporter >= 0 ? personId(v.transporter) : null,
            route: v.routeId || null,
            recruited_on: isoDay(v.recruitedOn),
            arrived_on: isoDay(v.arrivedOn),
            indicators: v.indicators,
          }
        : null,
    };
    const p = out.line(JSON.stringify(row));
    if (p) await p;
  }
  await out.close();
  return w.pop.n;
}

/** `truth.json`: the world's parameters, its criminal groups and key figures, its sites and how they exploit. */
export async function writeTruthSummary(
  w: World,
  path: string,
  counts: Record<string, number>,
): Promise<void> {
  const summary = {
    seed: w.seed,
    preset: w.preset.name,
    period: { from: isoDay(w.startDay), to: isoDay(w.endDay) },
    counts,
    groups: w.groups.map((g) => ({
      id: g.id,
      name: g.name,
      route: g.routeId,
      boss: personId(g.boss),
      key_figures: g.keyFigures.map(personId),
      members: g.members.map((m) => ({ id: personId(m), role: roleOf(w.pop, m) })),
      sites: g.sites.map((s) => w.sites[s]?.id),
    })),
    sites: w.sites.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      town: w.geo.towns[s.townIdx]?.id,
      lat: s.lat,
      lon: s.lon,
      severity: s.severity,
      exploitation: s.exploitation,
      group: s.group >= 0 ? w.groups[s.group]?.id : null,
      owner: personId(s.owner),
      registration_no: s.registrationNo,
      children: s.children,
      hallmarks: s.hallmarks,
      workers: s.workers.length,
    })),
  };
  await writeFile(path, `${JSON.stringify(summary, null, 1)}\n`);
}
