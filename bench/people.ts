import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveRecords } from '../src/intel/people/engine-adapter.ts';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import { nameOnlyMerges, pairwise } from './people-metrics.ts';
import { worldRecords } from './people-records.ts';
import { report } from './results.ts';

// Who is who on the synthetic world: the records the app gathers from a generated world's subscribers,
// transfers, crossings and registry, resolved exactly as the app resolves them (`resolveRecords`, no decisions),
// against the world's truth. Pairwise precision, recall and F1 (see people-metrics.ts), overall and per script
// pair of the two names, and the merges of different people on an identical name key with no other identifier
// in common.
//
//   npm run bench -- people [--preset demo,medium] [--seeds 1,2,3] [--examples]

const DEFAULT_SEEDS: Record<string, string> = { demo: '1,2,3', medium: '1,2' };

export async function peopleBenchmark(opts: Record<string, string>): Promise<void> {
  const figures: Record<string, unknown>[] = [];
  for (const preset of (opts.preset ?? 'demo,medium').split(',')) {
    if (!isPresetName(preset)) throw new Error(`--preset: no preset named ${preset}`);
    for (const seed of (opts.seeds ?? DEFAULT_SEEDS[preset] ?? '1').split(',').map(Number)) {
      const dir = mkdtempSync(join(tmpdir(), `lantern-people-${preset}-${seed}-`));
      try {
        let t = performance.now();
        await generateWorld({ preset, seed, out: dir });
        const generateMillis = Math.round(performance.now() - t);
        t = performance.now();
        const w = await worldRecords(dir);
        const gatherMillis = Math.round(performance.now() - t);
        t = performance.now();
        const g = resolveRecords(w.records, []);
        const resolveMillis = Math.round(performance.now() - t);
        const { overall, perScript } = pairwise(w.records, g.groupOf);
        const merges = nameOnlyMerges(w.records, g.groupOf);
        const bySource: Record<string, number> = {};
        for (const r of w.records) bySource[r.source] = (bySource[r.source] ?? 0) + 1;
        figures.push({
          preset,
          seed,
          records: w.records.length,
          bySource,
          people: new Set(w.records.map((r) => r.person)).size,
          entities: new Set(g.groupOf).size,
          rows: w.rows,
          impureRows: w.impureRows,
          ...overall,
          nameOnlyMerges: merges.nameOnlyMerges,
          commonNameOnlyMerges: merges.commonNameOnlyMerges,
          recordNameOnlyMerges: merges.recordNameOnlyMerges,
          commonRecordNameOnlyMerges: merges.commonRecordNameOnlyMerges,
          ...(opts.examples ? { examples: merges.examples } : {}),
          perScript,
          model: g.model.trainedOn ? 'trained on the records' : 'built-in',
          generateMillis,
          gatherMillis,
          resolveMillis,
        });
      } finally {
        if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  report('people', figures);
}
