import { apiBenchmark } from './api.ts';
import { chartBenchmark } from './chart.ts';
import { crashBenchmark } from './crash.ts';
import { graphBenchmark } from './graph.ts';
import { importBenchmark } from './import.ts';
import { importMemoryBenchmark } from './import-memory.ts';
import { loadBenchmark } from './load.ts';
import { namesBenchmark } from './names.ts';
import { networkBenchmark } from './network.ts';
import { peopleBenchmark } from './people.ts';
import { resolveBenchmark } from './resolve.ts';
import { parseOptions } from './results.ts';
import { searchBenchmark } from './search.ts';
import { targetingBenchmark } from './targeting.ts';
import { worldBenchmark } from './world.ts';

const BENCHMARKS: Record<string, (opts: Record<string, string>) => Promise<void>> = {
  api: apiBenchmark,
  world: worldBenchmark,
  import: importBenchmark,
  'import-memory': importMemoryBenchmark,
  search: searchBenchmark,
  resolve: resolveBenchmark,
  names: namesBenchmark,
  people: peopleBenchmark,
  network: networkBenchmark,
  chart: chartBenchmark,
  graph: graphBenchmark,
  targeting: targetingBenchmark,
  load: loadBenchmark,
  crash: crashBenchmark,
};

const [name, ...rest] = process.argv.slice(2);
const opts = parseOptions(rest);
if (name === '--help' || name === '-h') {
  process.stdout.write(
    `npm run bench -- NAME [options]\nBenchmarks: ${Object.keys(BENCHMARKS).join(', ')}\n`,
  );
} else if (name && !name.startsWith('--')) {
  const run = BENCHMARKS[name];
  if (!run) {
    process.stderr.write(`No benchmark named "${name}". Known: ${Object.keys(BENCHMARKS).join(', ')}\n`);
    process.exit(2);
  }
  await run(opts);
} else {
  for (const run of Object.values(BENCHMARKS)) await run(parseOptions(process.argv.slice(2)));
}
