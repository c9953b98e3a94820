import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyId } from '../src/access/crypto.ts';
import type { Actor } from '../src/access/policy.ts';
import { permissionsOfRoles } from '../src/access/roles.ts';
import { insertAgency } from '../src/access/users-store.ts';
import { openPGlite, wrapPGlite } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { nameKey } from '../src/intel/name-key.ts';
import { fuzzyNameMatches } from '../src/intel/name-search.ts';
import * as zawgyi from '../src/intel/names/zawgyi.ts';
import { indexValue, search } from '../src/intel/search.ts';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import {
  csvRows,
  type NameRecord,
  namedRecords,
  type QueryScript,
  scriptOfName,
  truthOf,
} from './names-load.ts';
import { gatherWorld, type PersonRecord, resolveAndIndex, targetEntities } from './names-people.ts';
import { report } from './results.ts';

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
 * The queries: every name a person is written under, once per person, when that person has another record;
 * Burmese names also as Zawgyi. At most `max` per script, evenly spread, so that the scripts written rarely are
 * measured as well.
 */
function pickQueries<R extends { name: string }>(
  candidates: R[],
  max: number,
): { text: string; script: QueryScript; of: R }[] {
  const toZawgyi = (zawgyi as Record<string, unknown>).unicodeToZawgyi as ((s: string) => string) | undefined;
  const queries: { text: string; script: QueryScript; of: R }[] = [];
  for (const r of candidates) {
    const script = scriptOfName(r.name);
    queries.push({ text: r.name, script, of: r });
    if (script === 'burmese' && toZawgyi) queries.push({ text: toZawgyi(r.name), script: 'zawgyi', of: r });
  }
  const picked: typeof queries = [];
  for (const script of new Set(queries.map((q) => q.script))) {
    const of = queries.filter((q) => q.script === script);
    const step = Math.max(1, of.length / max);
    for (let i = 0; i < of.length; i += step) {
      const q = of[Math.floor(i)];
      if (q) picked.push(q);
    }
  }
  return picked;
}

const actorOf = (agencyId: string): Actor => ({
  kind: 'system',
  userId: null,
  agencyId,
  roles: ['analyst'],
  permissions: permissionsOfRoles(['analyst']),
  label: 'bench',
});

/**
 * Cross-script name search on a synthetic world, measured two ways.
 *
 * Records: every record that names a person (subscribers, transfers, crossings, business owners) becomes a
 * person entity indexed as the app indexes names; each record's name is then searched with the app's search().
 * recall@10 is the share of the same person's other names found in the first ten results (out of at most ten),
 * precision@1 whether the first result is the same person; both per script of the query and per pair of scripts
 * (query → record). A record's own entity is left out of its results. Names written the same way for the same
 * person are loaded once: repeating them tests nothing.
 *
 * People: the records gathered as the app gathers them (one per subscriber phone and name, per account and
 * name, per traveller name, birth date, document and nationality, per business owner) are resolved into people
 * as the app resolves them, each entity indexed under all its records' names (names-people.ts). For each query
 * record, recall@10 says whether its person's entity (the one holding most of that person's other records) is
 * among the first ten results, precision@1 whether it is the first; an entity holding the query record alone is
 * left out of the results.
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
    const gathered: PersonRecord[] = [];
    for (let w = 0; w < worlds; w++) {
      const out = join(dir, String(w));
      await generateWorld({ preset, seed: seed + w, out });
      const truth = await truthOf(out);
      for (const r of await namedRecords(out, truth)) raw.push({ ...r, person: `${w}:${r.person}` });
      gathered.push(...(await gatherWorld(out, w, csvRows, (file, id) => truth.get(`${file}:${id}`))));
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

    // The same worlds' records resolved into people, in an agency of their own.
    const t1 = performance.now();
    const peopleAgency = await insertAgency(database.db, 'Names bench people', 'police');
    const { entityOf, entities } = await resolveAndIndex(database.db, peopleAgency, gathered);
    const resolveSeconds = round((performance.now() - t1) / 1000);
    const entitySize = new Map<string, number>();
    for (const e of entityOf) entitySize.set(e, (entitySize.get(e) ?? 0) + 1);
    const gatheredOf = new Map<string, number[]>();
    gathered.forEach((r, i) => {
      if (r.person) gatheredOf.set(r.person, [...(gatheredOf.get(r.person) ?? []), i]);
    });
    const whole = [...gatheredOf.values()].filter(
      (is) => new Set(is.map((i) => entityOf[i])).size === 1,
    ).length;
    const peopleCandidates: { name: string; index: number }[] = [];
    for (const is of gatheredOf.values()) {
      if (is.length < 2) continue;
      const names = new Set<string>();
      for (const i of is) {
        const name = gathered[i]?.name ?? '';
        if (!names.has(name)) peopleCandidates.push({ name, index: i });
        names.add(name);
      }
    }

    const key = randomBytes(32);
    const ring = [{ id: keyId(key), key }];
    const overall = tally();
    const across = tally();
    const people = tally();
    const perScript = new Map<string, { all: Tally; across: Tally; people: Tally }>();
    const scriptTally = (script: string) => {
      const s = perScript.get(script) ?? { all: tally(), across: tally(), people: tally() };
      perScript.set(script, s);
      return s;
    };
    const perPair = new Map<string, Tally>();
    const times: number[] = [];
    // --misses FILE: one JSON line per query that missed some of its person's names, to see why.
    const misses: string[] = [];
    const actor = actorOf(agencyId);
    for (const q of pickQueries(
      records.filter((r) => (byPerson.get(r.person)?.length ?? 0) >= 2),
      maxQueries,
    )) {
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
            level: 'records',
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
      const s = scriptTally(q.script);
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
    // --show NAME: the name matches of one query with their keys and scores, to see why a name ranks where it does.
    if (opts.show) {
      const shown = await fuzzyNameMatches(database.db, agencyId, nameKey(opts.show), 30);
      for (const m of shown)
        console.log(m.score, m.key, byEntity.get(m.entityId)?.name, byEntity.get(m.entityId)?.person);
    }
    const peopleActor = actorOf(peopleAgency);
    for (const q of pickQueries(peopleCandidates, maxQueries)) {
      const own = entityOf[q.of.index] ?? '';
      const want = targetEntities(gathered, entityOf, q.of.index);
      if (want.size === 0) continue;
      const res = await search(database.db, peopleActor, ring, q.text, 11);
      const top = res.entities
        .filter((e) => !(e.id === own && entitySize.get(own) === 1))
        .slice(0, 10)
        .map((e) => e.id);
      const hit = top.some((e) => want.has(e)) ? 1 : 0;
      const p1 = want.has(top[0] ?? '') ? 1 : 0;
      if (opts.misses && p1 === 0) {
        const person = gathered[q.of.index]?.person;
        misses.push(
          JSON.stringify({
            level: 'people',
            script: q.script,
            query: q.text,
            key: nameKey(q.text),
            found: hit === 1,
            // The person's entity's names, and whether the query record was joined to it.
            joined: want.has(own),
            want: [
              ...new Set(
                gathered.flatMap((r, i) =>
                  want.has(entityOf[i] ?? '') && r.person === person ? [r.name] : [],
                ),
              ),
            ].map((n) => `${n} = ${nameKey(n)}`),
            top: res.entities.slice(0, 3).map((e) => `${want.has(e.id) ? '+' : '-'} ${e.label}`),
          }),
        );
      }
      for (const t of [people, scriptTally(q.script).people]) {
        t.queries++;
        t.recall += hit;
        t.p1 += p1;
      }
    }
    times.sort((x, y) => x - y);
    if (opts.misses) await writeFile(opts.misses, misses.map((m) => `${m}\n`).join(''));
    const notes = (zawgyi as Record<string, unknown>).unicodeToZawgyi
      ? []
      : ['no unicodeToZawgyi in zawgyi.ts: Zawgyi queries not measured'];
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
        resolved: {
          records: gathered.length,
          entities,
          people: gatheredOf.size,
          peopleInOneEntity: whole,
          resolveSeconds,
          ...figures(people),
        },
        notes,
      },
      ...[...perScript.entries()].sort().map(([script, t]) => ({
        script,
        all: figures(t.all),
        acrossScripts: figures(t.across),
        people: figures(t.people),
      })),
      ...[...perPair.entries()].sort().map(([pair, t]) => ({ pair, ...figures(t) })),
    ]);
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
}
