import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { report } from './results.ts';
import { TYPESCRIPT } from './typescript.ts';

/**
 * Runs with the same heap ceiling as `lantern world generate`.
 * Generation of the large world (10 million calls): records/s and peak memory, with the speed of writing the
 * same number of bare lines measured in the same run as the baseline.
 */
export async function worldBenchmark(opts: Record<string, string>): Promise<void> {
  const preset = opts.preset ?? 'large';
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--max-old-space-size=384', ...TYPESCRIPT, 'bench/world-child.ts', preset, opts.seed ?? '1'],
    {
      maxBuffer: 1 << 20,
      timeout: 30 * 60_000,
    },
  );
  const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>;
  const ratio = Math.round(((r.callsPerSecond ?? 0) / (r.baselineLinesPerSecond ?? 1)) * 1000) / 1000;
  report('world', [
    { ...r, preset },
    {
      figure: 'call generation / bare line writing',
      ratio,
      target:
        preset === 'large'
          ? '10 million calls in under 120 s, peak memory under 500 MB'
          : 'none (the target is set for the large preset)',
      met:
        preset === 'large'
          ? (r.callsSeconds ?? 999) < 120 && (r.calls ?? 0) >= 10_000_000 && (r.peakRssMb ?? 9999) < 500
          : null,
    },
  ]);
}
