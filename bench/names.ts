import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyId } from '../src/access/crypto.ts';
import type { Actor } from '../src/access/policy.ts';
import { permissionsOfRoles } from '../src/access/roles.ts';
import { insertAgency } from '../src/access/users-store.ts';
import { openPGlite, wrapPGlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { nameKey } from '../src/intel/name-key.ts';
import { looksVietnamese } from '../src/intel/names/vietnamese.ts';
import * as zawgyi from '../src/intel/names/zawgyi.ts';
import { indexValue, search } from '../src/intel/search.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import { report } from './results.ts';

/** Scripts a query is written in; Vietnamese is Latin with the letters or tone marks only Vietnamese uses. */
type QueryScript = 'thai' | 'lao' | 'khmer' | 'burmese' | 'zawgyi' | 'vietnamese' | 'chinese' | 'latin';

function scriptOfName(name: string): QueryScript {
  if (/[\u0E00-\u0E7F]/.test(name)) return 'thai';
  if (/[\u0E80-\u0EFF]/.test(name)) return 'lao';
  if (/[\u1780-\u17FF]/.test(name)) return 'khmer';
  if (/[\u1000-\u109F]/.test(name)) return 'burmese';
  if (/[\u3400-\u9FFF]/.test(name)) return 'chinese';
  if (looksVietnamese(name)) return 'vietnamese';
  return 'latin';
}

interface NameRecord {
  /** Which file and row it came from, and whose name it is in the world's truth. */
  source: string;
  person: string;
  name: string;
  script: QueryScript;
  entityId: string;
}

async function lines(path: string): Promise<string[]> {
  return (await readFile(path, 'utf8')).split('\n').filter((l) => l.length > 0);
}

/** Rows of a CSV file as objects keyed by its header. */
async function csvRows(path: string): Promise<Record<string, string>[]> {
  const [head, ...rest] = await lines(path);
  const cols = parseCsvLine(head ?? '');
  return rest.map((l) => {
    const v = parseCsvLine(l);
    return Object.fromEntries(cols.map((c, i) => [c, v[i] ?? '']));
  });
}

/** The records of a generated world that name a person, each with the person it names. */
async function namedRecords(dir: string): Promise<Omit<NameRecord, 'entityId' | 'script'>[]> {
  const truth = new Map<string, Record<string, unknown>>();
  for (const l of await lines(join(dir, 'truth', 'records.jsonl'))) {
    const r = JSON.parse(l) as Record<string, unknown>;
    truth.set(`${r.file}:${r.id}`, r);
  }
  const out: Omit<NameRecord, 'entityId' | 'script'>[] = [];
  const add = (file: string, id: string, field: string, name: string, person: unknown) => {
    if (name.trim() && typeof person === 'string')
      out.push({ source: `${file}:${id}:${field}`, person, name });
  };
  for (const r of await csvRows(join(dir, 'subscribers.csv'))) {
    const id = r.subscriber_id ?? '';
    add(
      'subscribers',
      id,
      'registered_name',
      r.registered_name ?? '',
      truth.get(`subscribers.csv:${id}`)?.person,
    );
  }
  for (const r of await csvRows(join(dir, 'transfers.csv'))) {
    const id = r.transfer_id ?? '';
    const t = truth.get(`transfers.csv:${id}`);
    if (!t) continue; // only the world's own transfers say who sent and received them
    add('transfers', id, 'from_name', r.from_name ?? '', t.person);
    add('transfers', id, 'to_name', r.to_name ?? '', t.to);
  }
  for (const r of await csvRows(join(dir, 'crossings.csv'))) {
    const id = r.crossing_id ?? '';
    add('crossings', id, 'traveller_name', r.traveller_name ?? '', truth.get(`crossings.csv:${id}`)?.person);
  }
  for (const r of await csvRows(join(dir, 'businesses.csv'))) {
    const id = r.registration_no ?? '';
    add('businesses', id, 'owner_name', r.owner_name ?? '', truth.get(`businesses.csv:${id}`)?.person);
  }
  return out;
}

interface Tally {
  queries: number;
  recall: number;
  p1: number;
}
const tally = (): Tally => ({ queries: 0, recall: 0, p1: 0 });
const round = (x: number) => Math.round(x * 1000) / 1000;
const figures = (t: Tally) => ({
  queries: t.queries,
  recallAt10: t.queries ? round(t.recall / t.queries) : null,
  precisionAt1: t.queries ? round(t.p1 / t.queries) : null,
});

/**
 * Cross-script name search on a synthetic world: every record that names a person (subscribers, transfers,
 * crossings, business owners) becomes a person entity indexed as the app indexes names; each record's name is
 * then searched with the app's search(). recall@10 is the share of the same person's other names found in the
 * first ten results (out of at most ten), precision@1 whether the first result is the same person; both per
 * script of the query and per pair of scripts (query → record). A record's own entity is left out of its
 * results. Names written the same way for the same person are loaded once: repeating them tests nothing.
 */
export async function namesBenchmark(opts: Record<string, string>): Promise<void> {
  const preset = opts.preset ?? 'demo';
  if (!isPresetName(preset)) throw new Error(`--preset: no preset named "${preset}"`);
  const seed = Number(opts.seed ?? 1);
  const maxQueries = Number(opts.queries ?? 400);
  const worlds = Number(opts.worlds ?? (preset === 'demo' ? 5 : 1));
  const dir = await mkdtemp(join(tmpdir(), 'lantern-names-bench-'));
  const database = wrapPGlite(await openPGlite(undefined));
  try {
    const t0 = performance.now();
    // Several worlds of the same preset (seeds seed, seed+1, …) make one larger population with more names
    // written in each script; their people are kept apart.
    const raw: Omit<NameRecord, 'entityId' | 'script'>[] = [];
    for (let w = 0; w < worlds; w++) {
      const out = join(dir, String(w));
      await generateWorld({ preset, seed: seed + w, out });
      for (const r of await namedRecords(out)) raw.push({ ...r, person: `${w}:${r.person}` });
    }
    await migrateToLatest(database.db);
    const agencyId = await insertAgency(database.db, 'Names bench', 'police');
    const seen = new Set<string>();
    const records: NameRecord[] = [];
    for (const r of raw) {
      const k = `${r.person}\u0000${r.name}`;
      if (seen.has(k)) continue;
      seen.add(k);
      records.push({ ...r, script: scriptOfName(r.name), entityId: '' });
    }
    // As the app records a person: the entity, and its label indexed in the same transaction.
    for (let i = 0; i < records.length; i += 500) {
      await database.db.transaction().execute(async (trx) => {
        for (const r of records.slice(i, i + 500)) {
          const e = await trx
            .insertInto('entities')
            .values({ agency_id: agencyId, type: 'person', label: r.name })
            .returning('id')
            .executeTakeFirstOrThrow();
          r.entityId = e.id;
          await indexValue(trx, agencyId, e.id, 'person', 'label', r.name);
        }
      });
    }
    const loadSeconds = round((performance.now() - t0) / 1000);
    const byEntity = new Map(records.map((r) => [r.entityId, r]));
    const byPerson = new Map<string, NameRecord[]>();
    for (const r of records) byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), r]);

    const toZawgyi = (zawgyi as Record<string, unknown>).unicodeToZawgyi as
      | ((s: string) => string)
      | undefined;
    const queries: { text: string; script: QueryScript; of: NameRecord }[] = [];
    for (const r of records) {
      if ((byPerson.get(r.person)?.length ?? 0) < 2) continue;
      queries.push({ text: r.name, script: r.script, of: r });
      if (r.script === 'burmese' && toZawgyi)
        queries.push({ text: toZawgyi(r.name), script: 'zawgyi', of: r });
    }
    // At most --queries per script, evenly spread, so that the scripts written rarely are measured as well.
    const picked: typeof queries = [];
    for (const script of new Set(queries.map((q) => q.script))) {
      const of = queries.filter((q) => q.script === script);
      const step = Math.max(1, of.length / maxQueries);
      for (let i = 0; i < of.length; i += step) {
        const q = of[Math.floor(i)];
        if (q) picked.push(q);
      }
    }

    const actor: Actor = {
      kind: 'system',
      userId: null,
      agencyId,
      roles: ['analyst'],
      permissions: permissionsOfRoles(['analyst']),
      label: 'bench',
    };
    const key = randomBytes(32);
    const ring = [{ id: keyId(key), key }];
    const overall = tally();
    const across = tally();
    const perScript = new Map<string, { all: Tally; across: Tally }>();
    const perPair = new Map<string, Tally>();
    const times: number[] = [];
    // --misses FILE: one JSON line per query that missed some of its person's names, to see why.
    const misses: string[] = [];
    for (const q of picked) {
      const a = performance.now();
      const res = await search(database.db, actor, ring, q.text, 11);
      times.push(performance.now() - a);
      const top = res.entities
        .filter((e) => e.id !== q.of.entityId)
        .slice(0, 10)
        .map((e) => byEntity.get(e.id));
      const others = (byPerson.get(q.of.person) ?? []).filter((r) => r !== q.of);
      const found = new Set(top.filter((r) => r?.person === q.of.person));
      const recallOf = (targets: NameRecord[]) =>
        targets.filter((t) => found.has(t)).length / Math.min(10, targets.length);
      const p1 = top[0]?.person === q.of.person ? 1 : 0;
      const lost = others.filter((r) => !found.has(r));
      if (opts.misses && (p1 === 0 || (lost.length && found.size < 10)))
        misses.push(
          JSON.stringify({
            script: q.script,
            query: q.text,
            key: nameKey(q.text),
            lost: lost.map((r) => `${r.name} = ${nameKey(r.name)}`),
            found: found.size,
            top: top
              .slice(0, 3)
              .map((r) => `${r?.person === q.of.person ? '+' : '-'} ${r?.name} = ${nameKey(r?.name ?? '')}`),
          }),
        );
      const s = perScript.get(q.script) ?? { all: tally(), across: tally() };
      perScript.set(q.script, s);
      for (const t of [overall, s.all]) {
        t.queries++;
        t.recall += recallOf(others);
        t.p1 += p1;
      }
      const foreign = others.filter((r) => r.script !== q.script);
      if (foreign.length) {
        for (const t of [across, s.across]) {
          t.queries++;
          t.recall += recallOf(foreign);
          t.p1 += p1;
        }
      }
      for (const script of new Set(others.map((r) => r.script))) {
        const pair = `${q.script}→${script}`;
        const t = perPair.get(pair) ?? tally();
        perPair.set(pair, t);
        t.queries++;
        t.recall += recallOf(others.filter((r) => r.script === script));
        t.p1 += p1;
      }
    }
    times.sort((x, y) => x - y);
    if (opts.misses) await writeFile(opts.misses, misses.map((m) => `${m}\n`).join(''));
    const notes = toZawgyi ? [] : ['no unicodeToZawgyi in zawgyi.ts: Zawgyi queries not measured'];
    report('names', [
      {
        preset,
        seed,
        worlds,
        records: raw.length,
        distinctNames: records.length,
        people: byPerson.size,
        loadSeconds,
        searchP95Ms: round(times[Math.floor(times.length * 0.95)] ?? 0),
        all: figures(overall),
        acrossScripts: figures(across),
        notes,
      },
      ...[...perScript.entries()]
        .sort()
        .map(([script, t]) => ({ script, all: figures(t.all), acrossScripts: figures(t.across) })),
      ...[...perPair.entries()].sort().map(([pair, t]) => ({ pair, ...figures(t) })),
    ]);
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
