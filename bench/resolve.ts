import { LINKING_POLICY, Resolver } from '../src/intel/resolution/index.ts';
import { fake1000, febrl, type Labelled, pairwiseF1 } from './resolve-data.ts';
import { syntheticPeople } from './resolve-synthetic.ts';
import { report } from './results.ts';

// Entity resolution: accuracy on public reference sets (models estimated without labels), and speed on a
// million synthetic records of the region. Pairwise F1: predicted pairs are all pairs of records put in one
// cluster, true pairs all pairs of records of one entity (in linking only pairs across the two files count);
// precision = |predicted ∩ true| / |predicted|, recall = |predicted ∩ true| / |true|.

// The policy `lantern resolve` and the app resolve with.
const POLICY = LINKING_POLICY;

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const ms = (t: number) => Math.round(performance.now() - t);

function accuracy(name: string, data: Labelled, link: boolean) {
  const t = performance.now();
  const r = Resolver.resolve(data.records, { link, ...POLICY });
  const clusters = new Map(r.memberships().map((m) => [m.recordId, m.cluster]));
  const f = pairwiseF1(clusters, data.truth, link ? (id) => id.split(':')[0] ?? '' : undefined);
  return {
    dataset: name,
    mode: link ? 'link' : 'dedupe',
    records: data.records.length,
    unreadableDates: data.badDates,
    ...f,
    pairsCompared: r.pairs.length,
    blocking: r.blockCounts.filter((c) => c.pairs > 0).map((c) => `${c.rule}: ${c.pairs}`),
    millis: ms(t),
  };
}

export async function resolveBenchmark(opts: Record<string, string>): Promise<void> {
  const figures: Record<string, unknown>[] = [];
  if (!opts.records || opts.accuracy === 'true') {
    const d3 = febrl('dataset3.csv', 'd3');
    figures.push(accuracy('FEBRL dataset3', d3, false));
    const d4 = febrl('dataset4a.csv', 'a');
    febrl('dataset4b.csv', 'b', d4);
    figures.push(accuracy('FEBRL dataset4a × dataset4b', d4, true));
    const fake = fake1000();
    const acc = accuracy('splink fake_1000', fake, false);
    // The clerical labels: each labelled pair is predicted "same" when its records share a cluster.
    const r = Resolver.resolve(fake.records, POLICY);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const l of fake.labels) {
      const same = r.clusterOf(l.a) === r.clusterOf(l.b);
      if (same && l.same) tp++;
      else if (same) fp++;
      else if (l.same) fn++;
    }
    const p = tp / (tp + fp || 1);
    const rc = tp / (tp + fn || 1);
    figures.push({
      ...acc,
      labelledPairs: fake.labels.length,
      labelsF1: Math.round((2 * p * rc * 1e4) / (p + rc || 1)) / 1e4,
    });
  }
  const n = Number(opts.records ?? 1_000_000);
  let t = performance.now();
  const s = syntheticPeople(n + 10_000);
  const base = s.records.slice(0, n);
  const batch = s.records.slice(n);
  const generateMs = ms(t);
  t = performance.now();
  // --parallel false: records prepared on this thread alone (to measure what the worker brings).
  const r = Resolver.resolve(base, { ...POLICY, parallel: opts.parallel !== 'false' });
  const endToEnd = ms(t);
  const truth = new Map(base.map((x, i) => [x.id, s.truth[i] as string]));
  const f = pairwiseF1(new Map(r.memberships().map((m) => [m.recordId, m.cluster])), truth);
  figures.push({
    dataset: `synthetic region (${n} records)`,
    records: n,
    generateMillis: generateMs,
    endToEndMillis: endToEnd,
    parallelPrepare: opts.parallel !== 'false',
    phases: r.timings,
    pairsCompared: r.pairs.length,
    blocking: r.blockCounts.map((c) => ({ rule: c.rule, pairs: c.pairs, skippedBlocks: c.skippedBlocks })),
    ...f,
    peakRssMb: peakMb(),
  });
  const b = r.add(batch);
  figures.push({
    dataset: `incremental: ${batch.length} new records against ${n}`,
    millis: Math.round(b.millis),
    pairsScored: b.pairsScored,
    merged: b.merged.length,
    refusedByGuard: b.refused,
    peakRssMb: peakMb(),
  });
  report('resolve', figures);
}
