import { analyse } from '../src/intel/network/analysis/analyse.ts';
import { disrupt } from '../src/intel/network/analysis/disrupt.ts';
import { buildNetwork } from '../src/intel/network/analysis/graph.ts';
import { parseEdgeCsv } from '../src/intel/network/analysis/input.ts';
import { betweenness, communities, pagerank } from '../src/intel/network/analysis/metrics.ts';
import { seededRandom } from '../src/intel/network/analysis/rng.ts';
import { report } from './results.ts';

// Network analysis: the `lantern network analyse` pipeline (CSV text read, graph built, every figure) on
// scale-free graphs grown by preferential attachment (Barabási–Albert: each new node links to m existing ones
// chosen in proportion to their degree; seeded), exact betweenness at 10,000 nodes, betweenness sampled from 1,000
// sources on a larger graph, and Louvain on more than 100,000 edges.
// Options: --nodes 2000,10000 (the pipeline's sizes) --m 3 --large 50000 (nodes of the sampled/Louvain graph).

const ms = (t: number) => Math.round(performance.now() - t);

/** A Barabási–Albert edge list as CSV: node k (k ≥ m) links to m distinct earlier nodes by degree. */
function scaleFreeCsv(n: number, m: number, seed: number): { csv: string; edges: number } {
  const random = seededRandom(seed);
  const ends: number[] = []; // every edge's two ends: a node appears as often as its degree
  const rows: string[] = ['source,target'];
  for (let k = 0; k < m; k++) ends.push(k); // the first m nodes start with one stub each
  for (let v = m; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(ends[Math.floor(random() * ends.length)] as number);
    for (const u of chosen) {
      rows.push(`p${v},p${u}`);
      ends.push(v, u);
    }
  }
  return { csv: `${rows.join('\n')}\n`, edges: rows.length - 1 };
}

async function pipeline(n: number, m: number) {
  const { csv, edges } = scaleFreeCsv(n, m, n);
  let t = performance.now();
  const list = await parseEdgeCsv(csv, 'generated.csv');
  const parseMillis = ms(t);
  t = performance.now();
  const { graph } = buildNetwork(list, false);
  const buildMillis = ms(t);
  t = performance.now();
  const a = analyse(graph);
  const analyseMillis = ms(t);
  t = performance.now();
  const b = betweenness(graph);
  const betweennessMillis = ms(t);
  t = performance.now();
  pagerank(graph);
  const pagerankMillis = ms(t);
  t = performance.now();
  disrupt(graph, 'degree', 10);
  const disruptDegree10Millis = ms(t);
  return {
    dataset: `scale-free (Barabási–Albert, m=${m}), ${n} nodes`,
    nodes: graph.order,
    edges,
    parseMillis,
    buildMillis,
    analyseMillis,
    betweennessExact: b.exact,
    betweennessMillis,
    pagerankMillis,
    communities: a.communityCount,
    modularity: Math.round(a.modularity * 1e4) / 1e4,
    disruptDegree10Millis,
    endToEndMillis: parseMillis + buildMillis + analyseMillis,
  };
}

function large(n: number, m: number) {
  const rows = scaleFreeCsv(n, m, 7).csv.split('\n').slice(1, -1);
  const list = {
    nodes: [],
    edges: rows.map((r) => {
      const [source, target] = r.split(',') as [string, string];
      return { source, target, weight: 1 };
    }),
  };
  const { graph } = buildNetwork(list, false);
  let t = performance.now();
  const c = communities(graph);
  const louvainMillis = ms(t);
  t = performance.now();
  const b = betweenness(graph, { sources: 1000 });
  const sampledMillis = ms(t);
  const errors = Array.from(b.standardErrors).sort((x, y) => x - y);
  const top = Math.max(...b.values);
  return {
    dataset: `scale-free (Barabási–Albert, m=${m}), ${n} nodes`,
    nodes: graph.order,
    edges: graph.size,
    louvainMillis,
    communities: c.count,
    modularity: Math.round(c.modularity * 1e4) / 1e4,
    sampledSources: b.sources,
    sampledBetweennessMillis: sampledMillis,
    topBetweenness: Number(top.toPrecision(4)),
    standardErrorOfTop: Number((b.standardErrors[b.values.indexOf(top)] as number).toPrecision(2)),
    standardErrorMedian: Number((errors[Math.floor(errors.length / 2)] as number).toPrecision(2)),
  };
}

export async function graphBenchmark(opts: Record<string, string>): Promise<void> {
  const m = Number(opts.m ?? 3);
  const sizes = (opts.nodes ?? '2000,10000').split(',').map(Number);
  const figures: Record<string, unknown>[] = [];
  for (const n of sizes) figures.push(await pipeline(n, m));
  figures.push(large(Number(opts.large ?? 50_000), m));
  report('graph', figures);
}
