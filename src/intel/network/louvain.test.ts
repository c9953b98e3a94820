import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './analysis/rng.ts';
import { type EdgeArrays, louvain } from './louvain.ts';

// Louvain over typed arrays: the published karate club partition's quality, groups planted in noise found
// again, the same answer on every run, and modularity computed as Newman defines it.

function edges(pairs: readonly [number, number, number?][], n?: number): EdgeArrays {
  return {
    n: n ?? Math.max(...pairs.map(([a, b]) => Math.max(a, b))) + 1,
    from: Int32Array.from(pairs.map((p) => p[0])),
    to: Int32Array.from(pairs.map((p) => p[1])),
    weight: Float64Array.from(pairs.map((p) => p[2] ?? 1)),
  };
}

function karate(): EdgeArrays {
  const lines = readFileSync(join(import.meta.dirname, 'analysis', 'fixtures', 'karate.csv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1);
  return edges(lines.map((l) => l.split(',').map((x) => Number(x) - 1) as [number, number]));
}

/** Newman's modularity of a partition, straight from its definition. */
function modularity(g: EdgeArrays, community: Int32Array): number {
  let m = 0;
  const k = new Float64Array(g.n);
  for (let e = 0; e < g.from.length; e++) {
    const w = g.weight[e] as number;
    m += w;
    for (const i of [g.from[e] as number, g.to[e] as number]) k[i] = (k[i] as number) + w;
  }
  let q = 0;
  for (let e = 0; e < g.from.length; e++)
    if (community[g.from[e] as number] === community[g.to[e] as number])
      q += (2 * (g.weight[e] as number)) / (2 * m);
  const total = new Map<number, number>();
  for (let i = 0; i < g.n; i++)
    total.set(community[i] as number, (total.get(community[i] as number) ?? 0) + (k[i] as number));
  for (const t of total.values()) q -= (t / (2 * m)) ** 2;
  return q;
}

describe('Louvain over typed arrays', () => {
  it("splits Zachary's karate club into 4 communities of modularity 0.4188 (the best known is 0.4198)", () => {
    const g = karate();
    expect([g.n, g.from.length]).toEqual([34, 78]);
    const r = louvain(g, seededRandom(1));
    expect(r.count).toBe(4);
    expect(r.modularity).toBeCloseTo(0.4188, 4);
    expect(r.modularity).toBeCloseTo(modularity(g, r.community), 12);
    // The instructor (member 1) and the administrator (member 34) lead different communities.
    expect(r.community[0]).not.toBe(r.community[33]);
    expect(louvain(g, seededRandom(1)).community).toEqual(r.community);
  });

  it('finds groups planted among random ties, whatever the seed', () => {
    const rnd = seededRandom(9);
    const pairs: [number, number, number][] = [];
    const groups = 50;
    const size = 20;
    for (let e = 0; e < 6000; e++) {
      const g = Math.floor(rnd() * groups);
      const a = g * size + Math.floor(rnd() * size);
      const b = g * size + Math.floor(rnd() * size);
      if (a !== b) pairs.push([a, b, 1 + Math.floor(rnd() * 3)]);
    }
    for (let e = 0; e < 300; e++)
      pairs.push([Math.floor(rnd() * groups * size), Math.floor(rnd() * groups * size), 1]);
    const g = edges(pairs, groups * size);
    for (const seed of [1, 2, 3]) {
      const r = louvain(g, seededRandom(seed));
      expect(r.count).toBe(groups);
      for (let i = 0; i < groups * size; i++)
        expect(r.community[i], `node ${i}`).toBe(r.community[Math.floor(i / size) * size]);
      expect(r.modularity).toBeCloseTo(modularity(g, r.community), 10);
    }
  });

  it('counts a tie given twice as one of twice the weight, and a tie of a node to itself in its degree', () => {
    const g = edges([
      [0, 1],
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 3],
      [4, 5],
      [5, 4],
    ]);
    const twice = louvain(g, seededRandom(1));
    const once = louvain(
      edges([
        [0, 1, 2],
        [1, 2],
        [2, 3],
        [3, 3],
        [4, 5, 2],
      ]),
      seededRandom(1),
    );
    expect(twice.community).toEqual(once.community);
    expect(twice.modularity).toBeCloseTo(modularity(g, twice.community), 12);
    expect(twice.modularity).toBeCloseTo(once.modularity, 12);
  });

  it('leaves each node alone in a graph without ties', () => {
    const r = louvain(
      { n: 3, from: new Int32Array(), to: new Int32Array(), weight: new Float64Array() },
      seededRandom(1),
    );
    expect([...r.community]).toEqual([0, 1, 2]);
    expect(r.modularity).toBe(0);
  });
});
