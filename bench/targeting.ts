import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rankSites } from '../src/outcomes/targeting.ts';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import { report } from './results.ts';
import { worldSiteEvidence, worldSiteTruth } from './targeting-world.ts';

// Evidence-based targeting on the synthetic world: does the ranking put the truly severe sites first?
//
// "Severe" is the world's own top tier of a site's truth (truth.json, `severity: "severe"`): a site run by a
// criminal group whose every victim suffers violence and confinement, and the only kind of site where children
// are held. Below it come "exploitative" (run by a group, trafficking without that), "labour_rights" (abuses, no
// trafficking) and "lawful". Only registered sites can be ranked (an unregistered household is in no file), so
// precision counts over those; the best possible top-50 precision is the number of severe registered sites / 50,
// given alongside, with the precision for sites of concern (severe or exploitative).
//
// The evidence is read from the world's files (targeting-world.ts), not through a database: the medium world's
// full load into PGlite (imports and resolution of a million calls) takes minutes, while the ranking needs only
// the sites, tips, inspections and reports. The same pure function (rankSites) ranks in the app. The file loader
// leaves out the network position (no analysis without the load) and screenings (the world has none).
//
//   npm run bench -- targeting [--preset medium] [--seed 1] [--seeds 1,2,3]

const ms = (t: number) => Math.round(performance.now() - t);

async function one(preset: 'demo' | 'medium' | 'large', seed: number) {
  const dir = mkdtempSync(join(tmpdir(), `lantern-targeting-${preset}-${seed}-`));
  try {
    let t = performance.now();
    await generateWorld({ preset, seed, out: dir });
    const generateMillis = ms(t);
    t = performance.now();
    const evidence = await worldSiteEvidence(dir);
    const loadMillis = ms(t);
    t = performance.now();
    const ranked = rankSites(evidence);
    const rankMillis = ms(t);
    const truth = worldSiteTruth(dir);
    const severity = (id: string) => truth.get(id)?.severity ?? 'unknown';
    const severe = (n: number) => ranked.slice(0, n).filter((r) => severity(r.entityId) === 'severe').length;
    const concern = (n: number) =>
      ranked.slice(0, n).filter((r) => ['severe', 'exploitative'].includes(severity(r.entityId))).length;
    const severeRegistered = [...truth.values()].filter((s) => s.severity === 'severe').length;
    return {
      preset,
      seed,
      sites: evidence.length,
      ranked: ranked.length,
      severeRegistered,
      top10: { severe: severe(10), precision: severe(10) / 10 },
      top50: {
        severe: severe(50),
        precision: severe(50) / 50,
        bestPossible: Math.min(50, severeRegistered) / 50,
        ofConcern: concern(50),
        concernPrecision: concern(50) / 50,
      },
      severeRanks: ranked.filter((r) => severity(r.entityId) === 'severe').map((r) => r.rank),
      top10Truth: ranked.slice(0, 10).map((r) => `${r.rank} ${severity(r.entityId)} ${r.kind}`),
      millis: { generate: generateMillis, loadFiles: loadMillis, rank: rankMillis },
    };
  } finally {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

export async function targetingBenchmark(opts: Record<string, string>): Promise<void> {
  const preset = opts.preset ?? 'medium';
  if (!isPresetName(preset)) throw new Error(`--preset: no preset named ${preset}`);
  const seeds = (opts.seeds ?? opts.seed ?? '1').split(',').map(Number);
  const figures: Record<string, unknown>[] = [];
  for (const seed of seeds) figures.push(await one(preset, seed));
  if (seeds.length > 1) {
    const p10 = figures.map((f) => (f.top10 as { severe: number }).severe);
    figures.push({
      preset,
      seeds,
      top10SevereBySeed: p10,
      meanTop10Precision: p10.reduce((a, b) => a + b, 0) / (10 * p10.length),
    });
  }
  report('targeting', figures);
}
