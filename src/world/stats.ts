import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of rl) if (line.length > 0) yield line;
}

function quantiles(values: number[]): {
  mean: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
} {
  if (values.length === 0) return { mean: 0, median: 0, p90: 0, p99: 0, max: 0 };
  const v = values.slice().sort((a, b) => a - b);
  const at = (q: number) => v[Math.min(v.length - 1, Math.floor(q * v.length))] ?? 0;
  return {
    mean: Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10,
    median: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: v[v.length - 1] ?? 0,
  };
}

const share = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 100);

export interface WorldStats {
  preset: string;
  seed: number;
  people: number;
  byRole: Record<string, number>;
  byNationality: Record<string, number>;
  migrants: number;
  trafficked: number;
  traffickedPercentOfMigrants: number;
  labourRightsCases: number;
  children: number;
  byExploitation: Record<string, number>;
  distinctNamesByNationality: Record<string, number>;
  callsPerPhone: ReturnType<typeof quantiles>;
  calls: number;
  tips: { total: number; false: number; duplicates: number };
  sites: { total: number; bySeverity: Record<string, number> };
}

/** Reads a generated world's folder and summarises its distributions. */
export async function worldStats(dir: string): Promise<WorldStats> {
  const truth = JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8')) as {
    preset: string;
    seed: number;
    sites: { severity: string }[];
  };
  const byRole: Record<string, number> = {};
  const byNationality: Record<string, number> = {};
  const byExploitation: Record<string, number> = {};
  const names: Record<string, Set<string>> = {};
  let people = 0;
  let trafficked = 0;
  let labour = 0;
  let children = 0;
  let migrants = 0;
  for await (const line of lines(join(dir, 'truth', 'persons.jsonl'))) {
    const p = JSON.parse(line) as {
      role: string;
      nationality: string;
      name: { latin: string };
      victim: { status: string; exploitation: string | null; child: boolean } | null;
      home_town: string;
      town: string;
    };
    people++;
    byRole[p.role] = (byRole[p.role] ?? 0) + 1;
    byNationality[p.nationality] = (byNationality[p.nationality] ?? 0) + 1;
    const seen = names[p.nationality] ?? new Set<string>();
    seen.add(p.name.latin);
    names[p.nationality] = seen;
    const moved = p.home_town !== p.town;
    if (p.role === 'migrant' || p.role === 'victim' || moved) migrants++;
    if (p.victim?.status === 'trafficked') {
      trafficked++;
      if (p.victim.child) children++;
      const e = p.victim.exploitation ?? 'unknown';
      byExploitation[e] = (byExploitation[e] ?? 0) + 1;
    } else if (p.victim?.status === 'exploited_not_trafficked') labour++;
  }
  const perPhone = new Map<string, number>();
  let calls = 0;
  let header = true;
  for await (const line of lines(join(dir, 'calls.csv'))) {
    if (header) {
      header = false;
      continue;
    }
    calls++;
    const a = line.indexOf(',');
    const b = line.indexOf(',', a + 1);
    const caller = line.slice(a + 1, b);
    perPhone.set(caller, (perPhone.get(caller) ?? 0) + 1);
  }
  const tips = { total: 0, false: 0, duplicates: 0 };
  for await (const line of lines(join(dir, 'truth', 'records.jsonl'))) {
    if (!line.startsWith('{"file":"tips.jsonl"')) continue;
    const r = JSON.parse(line) as { false: boolean; duplicate_of: string | null };
    tips.total++;
    if (r.false) tips.false++;
    if (r.duplicate_of) tips.duplicates++;
  }
  const bySeverity: Record<string, number> = {};
  for (const s of truth.sites) bySeverity[s.severity] = (bySeverity[s.severity] ?? 0) + 1;
  return {
    preset: truth.preset,
    seed: truth.seed,
    people,
    byRole,
    byNationality,
    migrants,
    trafficked,
    traffickedPercentOfMigrants: share(trafficked, migrants),
    labourRightsCases: labour,
    children,
    byExploitation,
    distinctNamesByNationality: Object.fromEntries(Object.entries(names).map(([k, v]) => [k, v.size])),
    callsPerPhone: quantiles([...perPhone.values()]),
    calls,
    tips,
    sites: { total: truth.sites.length, bySeverity },
  };
}

export function formatStats(s: WorldStats): string {
  const kv = (o: Record<string, number>) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  return [
    `World "${s.preset}", seed ${s.seed}: ${s.people} people`,
    `  roles: ${kv(s.byRole)}`,
    `  nationalities: ${kv(s.byNationality)}`,
    `  trafficked: ${s.trafficked} (${s.traffickedPercentOfMigrants}% of ${s.migrants} migrants), ${s.children} of them children; by exploitation: ${kv(s.byExploitation)}`,
    `  exploited but not trafficked (labour-rights cases): ${s.labourRightsCases}`,
    `  sites: ${s.sites.total} (${kv(s.sites.bySeverity)})`,
    `  calls: ${s.calls}; calls made per phone: mean ${s.callsPerPhone.mean}, median ${s.callsPerPhone.median}, p90 ${s.callsPerPhone.p90}, p99 ${s.callsPerPhone.p99}, max ${s.callsPerPhone.max}`,
    `  distinct names per nationality: ${kv(s.distinctNamesByNationality)}`,
    `  tips: ${s.tips.total}, false ${s.tips.false} (${share(s.tips.false, s.tips.total)}%), repeats of an earlier tip ${s.tips.duplicates} (${share(s.tips.duplicates, s.tips.total)}%)`,
  ].join('\n');
}
