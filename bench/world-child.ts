// Runs in its own process so its peak memory is the generator's alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorld } from '../src/world/generate.ts';
import { isPresetName } from '../src/world/presets.ts';
import { LineWriter } from '../src/world/writer.ts';

const [presetArg = 'large', seedArg = '1', keep = ''] = process.argv.slice(2);
if (!isPresetName(presetArg)) throw new Error(`unknown preset ${presetArg}`);
const out = mkdtempSync(join(tmpdir(), 'lantern-world-bench-'));
const marks: Record<string, number> = {};
const t0 = performance.now();
const { counts } = await generateWorld({
  preset: presetArg,
  seed: Number(seedArg),
  out,
  progress: (file) => (marks[file] = performance.now() - t0),
});
const total = performance.now() - t0;
const callsMs = (marks['calls.csv'] ?? 0) - (marks['subscribers.csv'] ?? 0);
const calls = counts['calls.csv'] ?? 0;
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

// Baseline in the same run: writing as many lines of the same length, with nothing to compute.
const line =
  'K1234567,+66812345678,+95912345678,2026-03-01T12:34:56+07:00,123,voice,TH-001-01,13.75398,100.50144';
const base = new LineWriter(join(out, 'baseline.csv'));
const b0 = performance.now();
for (let i = 0; i < calls; i++) {
  const p = base.line(line);
  if (p) await p;
}
await base.close();
const baselineMs = performance.now() - b0;
const records = Object.entries(counts)
  .filter(([k]) => k.endsWith('.csv') || k.endsWith('.jsonl'))
  .reduce((a, [, v]) => a + v, 0);
process.stdout.write(
  `${JSON.stringify({ preset: presetArg, people: counts.people, calls, records, totalSeconds: +(total / 1000).toFixed(1), callsSeconds: +(callsMs / 1000).toFixed(1), callsPerSecond: Math.round(calls / (callsMs / 1000)), recordsPerSecond: Math.round(records / (total / 1000)), baselineLinesPerSecond: Math.round(calls / (baselineMs / 1000)), peakRssMb })}\n`,
);
if (keep !== 'keep') rmSync(out, { recursive: true, force: true });
