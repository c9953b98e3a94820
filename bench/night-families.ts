import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type FamilyCallRow, rankNightCallers } from '../src/intel/network/night-family-calls.ts';
import { parseCsvLine } from '../src/world/csv-parse.ts';

// Night calls to victims' families on a generated world, without the database: the families the hotline knows
// (family-numbers.jsonl), the calls to them (family-calls.csv), ranked as the route ranks them
// (`rankNightCallers`), judged by the truth: who truly called families at night for a group (truth/records.jsonl),
// whose the flagged numbers truly are (truth/persons.jsonl). A true night caller the analysis can find called two
// or more families the hotline knows at night, twice or more. Measured twice: each number on its own, and the
// numbers of one person counted together as the app does when resolution ties them to one person (here by the
// truth: what a perfect resolution would give).

async function* lines(path: string): AsyncGenerator<string> {
  for await (const line of createInterface({
    input: createReadStream(path),
    crlfDelay: Number.POSITIVE_INFINITY,
  }))
    if (line) yield line;
}

export async function nightFamilyQuality(dir: string) {
  const families = readFileSync(join(dir, 'family-numbers.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { tip_id: string; phone: string })
    .map((f) => ({ number: f.phone, tipId: f.tip_id }));
  const known = new Map(families.map((f) => [f.number, f.tipId]));
  const rows: FamilyCallRow[] = [];
  let header: string[] | null = null;
  for await (const line of lines(join(dir, 'family-calls.csv'))) {
    const cells = parseCsvLine(line);
    if (!header) {
      header = cells;
      continue;
    }
    const r = Object.fromEntries(cells.map((v, i) => [header?.[i] ?? '', v]));
    rows.push({ caller: r.caller ?? '', callee: r.callee ?? '', started_at: r.started_at ?? '' });
  }
  // The truth: whose each number is, and who called families at night for a group (and which families).
  const ownerOf = new Map<string, string>();
  const roleOf = new Map<string, string>();
  for await (const line of lines(join(dir, 'truth', 'persons.jsonl'))) {
    const p = JSON.parse(line) as { id: string; role: string; phones: { number: string }[] };
    roleOf.set(p.id, p.role);
    for (const ph of p.phones) ownerOf.set(ph.number, p.id);
  }
  const t0 = performance.now();
  const byNumber = rankNightCallers(rows, families, { limit: 100_000 });
  const millis = Math.round(performance.now() - t0);
  const byPerson = rankNightCallers(rows, families, { limit: 100_000 }, ownerOf);
  const threatCalls = new Set<string>();
  for await (const line of lines(join(dir, 'truth', 'records.jsonl')))
    if (line.startsWith('{"file":"family-calls.csv"'))
      threatCalls.add((JSON.parse(line) as { id: string }).id);
  const trueCallers = new Map<string, Map<string, number>>();
  header = null;
  for await (const line of lines(join(dir, 'family-calls.csv'))) {
    const cells = parseCsvLine(line);
    if (!header) {
      header = cells;
      continue;
    }
    if (!threatCalls.has(cells[0] ?? '')) continue;
    const person = ownerOf.get(cells[1] ?? '') ?? '';
    const byFamily = trueCallers.get(person) ?? new Map<string, number>();
    const tip = known.get(cells[2] ?? '');
    if (tip) byFamily.set(tip, (byFamily.get(tip) ?? 0) + 1);
    trueCallers.set(person, byFamily);
  }
  const findable = [...trueCallers].filter(
    ([, f]) => f.size >= 2 && [...f.values()].reduce((a, b) => a + b, 0) >= 2,
  );
  const judge = (ranked: readonly { caller: string; nightShare: number }[]) => {
    const flagged = new Set(ranked.map((c) => ownerOf.get(c.caller) ?? c.caller));
    const wrongAt = ranked.flatMap((c, i) =>
      trueCallers.has(ownerOf.get(c.caller) ?? c.caller)
        ? []
        : [`#${i + 1} (${Math.round(c.nightShare * 100)}% at night)`],
    );
    const wrong = [...flagged].filter((p) => !trueCallers.has(p));
    return {
      callersFlagged: ranked.length,
      peopleFlagged: flagged.size,
      trueNightCallersFound: [...trueCallers.keys()].filter((p) => flagged.has(p)).length,
      findableFound: findable.filter(([p]) => flagged.has(p)).length,
      flaggedNotNightCallers: wrong.length,
      flaggedNotNightCallersRoles: wrong.map((p) => roleOf.get(p) ?? 'outside the population'),
      flaggedNotNightCallersRanked: wrongAt,
    };
  };
  return {
    familiesKnown: families.length,
    callsToFamilies: rows.length,
    trueNightCallers: trueCallers.size,
    trueNightCallersWithTwoKnownFamilies: findable.length,
    eachNumber: judge(byNumber),
    numbersOfOnePersonTogether: judge(byPerson),
    rankMillis: millis,
  };
}
