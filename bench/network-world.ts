import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { ProjectionInput } from '../src/intel/network/projection.ts';
import { resolveRecords } from '../src/intel/people/engine-adapter.ts';
import { phoneKeys } from '../src/intel/search.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';
import { worldRecords } from './people-records.ts';

// A generated world as the app's network sees it, without the database: the records the app gathers, resolved
// exactly as the app resolves them (`resolveRecords`), each distinct phone and account an entity held by whoever
// its records name, each registered business a site owned by its registry owner's entity, calls and transfers
// aggregated per pair as the imports aggregate them. With the truth to judge the analysis by.

export interface WorldNetwork {
  input: ProjectionInput;
  /** Entity → the person most of its records name. */
  personOf: Map<string, string>;
  /** Entity → the people who really use the phones it holds (a nominee's SIM is its user's). */
  usersOf: Map<string, Set<string>>;
  /** True person → role, and group (for criminal groups' members). */
  roleOf: Map<string, string>;
  groupOf: Map<string, string>;
  /** Group → its sites' entity ids (registered sites only: unregistered ones are in no file). */
  groupSites: Map<string, string[]>;
  /** Sites of concern: the registered sites the truth says are exploitative or severe. */
  concern: Set<string>;
}

async function* rows(path: string): AsyncGenerator<Record<string, string>> {
  let header: string[] | null = null;
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line === '') continue;
    const cells = parseCsvLine(line);
    if (!header) header = cells;
    else yield Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  }
}

async function pairs(path: string, a: string, b: string, kind: 'call' | 'transfer') {
  const counts = new Map<string, number>();
  for await (const r of rows(path)) {
    const x = r[a] ?? '';
    const y = r[b] ?? '';
    if (x === y) continue;
    const k = `${x}\t${y}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, count]) => {
    const [x = '', y = ''] = k.split('\t');
    return { kind, a: x, b: y, count };
  });
}

export async function worldNetwork(dir: string): Promise<WorldNetwork> {
  const w = await worldRecords(dir);
  const g = resolveRecords(w.records, []);
  const entities = new Map<string, string>();
  const links: { from: string; to: string; type: string }[] = [];
  const identifiers = new Map<string, string>();
  const votes = new Map<string, Map<string, number>>();
  w.records.forEach((r, i) => {
    const e = `E${g.groupOf[i]}`;
    entities.set(e, r.kind);
    const v = votes.get(e) ?? new Map<string, number>();
    v.set(r.person, (v.get(r.person) ?? 0) + 1);
    votes.set(e, v);
    for (const [field, kind, type, link] of [
      ['phone', 'call', 'phone', 'uses_phone'],
      ['account', 'transfer', 'account', 'holds_account'],
    ] as const) {
      const value = r[field];
      if (!value) continue;
      const id = `${type}:${value}`;
      entities.set(id, type);
      identifiers.set(`${kind}:${value}`, id);
      links.push({ from: e, to: id, type: link });
    }
    if (r.site_id) {
      entities.set(`site:${r.site_id}`, 'site');
      links.push({ from: e, to: `site:${r.site_id}`, type: 'owns' });
    }
  });
  // Who really uses each number: the truth of each subscriber registration names its user.
  const userOfSub = new Map<string, string>();
  for await (const line of createInterface({
    input: createReadStream(join(dir, 'truth', 'records.jsonl')),
  })) {
    if (!line.includes('subscribers.csv')) continue;
    const t = JSON.parse(line) as { file: string; id: string; user?: string };
    if (t.file === 'subscribers.csv' && t.user) userOfSub.set(t.id, t.user);
  }
  const userOfPhone = new Map<string, string>();
  for await (const r of rows(join(dir, 'subscribers.csv'))) {
    const u = userOfSub.get(r.subscriber_id ?? '');
    if (u) userOfPhone.set(r.phone ?? '', u);
  }
  const usersOf = new Map<string, Set<string>>();
  w.records.forEach((r, i) => {
    const u = r.phone ? userOfPhone.get(r.phone) : undefined;
    if (!u) return;
    const e = `E${g.groupOf[i]}`;
    usersOf.set(e, (usersOf.get(e) ?? new Set()).add(u));
  });
  // Intelligence reports name a person (with a phone) and a site together: each co-mention a link between the
  // phone and the site, as the app's mention finder makes them (phones read in every region's plan; a name several
  // sites share taken for those in the town the report names, or for all of them: mentions.ts, narrowByTown).
  const sitesByName = new Map<string, { id: string; town: string }[]>();
  for await (const r of rows(join(dir, 'businesses.csv'))) {
    const list = sitesByName.get(r.name ?? '') ?? [];
    list.push({ id: `site:${r.registration_no}`, town: (r.town ?? '').toLocaleLowerCase() });
    sitesByName.set(r.name ?? '', list);
  }
  for await (const line of createInterface({ input: createReadStream(join(dir, 'reports.jsonl')) })) {
    if (!line) continue;
    const report = JSON.parse(line) as { text: string; mentions: { phones?: string[]; sites?: string[] } };
    const m = report.mentions;
    const written = report.text.toLocaleLowerCase();
    for (const site of m.sites ?? []) {
      const all = sitesByName.get(site) ?? [];
      const there = all.filter((x) => x.town && written.includes(x.town));
      for (const { id: s } of there.length > 0 ? there : all)
        for (const phone of m.phones ?? [])
          for (const k of phoneKeys(phone)) {
            const e = identifiers.get(`call:${k}`);
            if (e) links.push({ from: e, to: s, type: 'mentioned_with' });
          }
    }
  }
  const personOf = new Map<string, string>();
  for (const [e, v] of votes) personOf.set(e, [...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '');
  const traces = [
    ...(await pairs(join(dir, 'calls.csv'), 'caller', 'callee', 'call')),
    ...(await pairs(join(dir, 'transfers.csv'), 'from_account', 'to_account', 'transfer')),
  ];

  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
    groups: { id: string; members: { id: string; role: string }[] }[];
    sites: { id: string; group: string | null; registration_no: string | null; severity: string }[];
  };
  const roleOf = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'truth', 'persons.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const p = JSON.parse(line) as { id: string; role: string };
    roleOf.set(p.id, p.role);
  }
  const groupOf = new Map<string, string>();
  for (const grp of truth.groups) for (const m of grp.members) groupOf.set(m.id, grp.id);
  const groupSites = new Map<string, string[]>();
  const concern = new Set<string>();
  for (const s of truth.sites) {
    if (!s.registration_no || !entities.has(`site:${s.registration_no}`)) continue;
    const id = `site:${s.registration_no}`;
    if (s.severity === 'exploitative' || s.severity === 'severe') concern.add(id);
    if (s.group) groupSites.set(s.group, [...(groupSites.get(s.group) ?? []), id]);
  }
  return {
    input: { entities, links, traces, identifiers },
    personOf,
    usersOf,
    roleOf,
    groupOf,
    groupSites,
    concern,
  };
}
