import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { buildNetwork, type EdgeList } from './graph.ts';
import { parseEdgeCsv } from './input.ts';
import { betweenness, communities, degrees, pagerank } from './metrics.ts';
import { seededRandom } from './rng.ts';

const graphologyBetweenness = betweennessModule as unknown as typeof betweennessModule.default;
const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const load = async (name: string, directed = false) =>
  buildNetwork(await parseEdgeCsv(readFileSync(fixture(name), 'utf8'), name), directed).graph;
const list = (rows: [string, string, number?][]): EdgeList => ({
  nodes: [],
  edges: rows.map(([source, target, weight]) => ({ source, target, weight: weight ?? 1 })),
});
const scoreOf = (b: ReturnType<typeof betweenness>, node: string) => b.values[b.nodes.indexOf(node)];

// Published values: networkx's betweenness_centrality (normalised) and pagerank (alpha 0.85) on the same data.
describe("Zachary's karate club (Zachary 1977)", async () => {
  const g = await load('karate.csv');

  it('is the published graph: 34 members, 78 ties', () => {
    expect([g.order, g.size]).toEqual([34, 78]);
  });

  it('has the published betweenness, exactly', () => {
    const b = betweenness(g);
    expect(b.exact).toBe(true);
    expect(scoreOf(b, '1')).toBeCloseTo(0.43763528138528146, 12);
    expect(scoreOf(b, '34')).toBeCloseTo(0.30407497594997596, 12);
    expect(scoreOf(b, '33')).toBeCloseTo(0.145247113997114, 12);
  });

  it('has the published PageRank', () => {
    const p = pagerank(g);
    expect(p.get('34')).toBeCloseTo(0.10091791674871213, 9);
    expect(p.get('1')).toBeCloseTo(0.09700181758983709, 9);
    expect([...p.values()].reduce((a, x) => a + x, 0)).toBeCloseTo(1, 9);
  });

  it('splits into 3 to 5 Louvain communities of modularity at least 0.40, the same on every run', () => {
    const c = communities(g);
    expect(c.modularity).toBeGreaterThanOrEqual(0.4);
    expect(c.count).toBeGreaterThanOrEqual(3);
    expect(c.count).toBeLessThanOrEqual(5);
    expect(c.of.get('1')).toBe(0); // numbered from the first node's community
    expect(c.of.get('1')).not.toBe(c.of.get('34')); // the instructor and the administrator part
    expect(communities(g).of).toEqual(c.of);
  });

  it('estimates betweenness from sampled sources without bias, with the standard error it reports', () => {
    const exact = scoreOf(betweenness(g), '1') as number;
    const estimates: number[] = [];
    const errors: number[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const s = betweenness(g, { sources: 8, seed });
      expect(s.exact).toBe(false);
      estimates.push(scoreOf(s, '1') as number);
      errors.push(s.standardErrors[s.nodes.indexOf('1')] as number);
    }
    const mean = estimates.reduce((a, x) => a + x, 0) / estimates.length;
    const sd = Math.sqrt(estimates.reduce((a, x) => a + (x - mean) ** 2, 0) / (estimates.length - 1));
    const reported = Math.sqrt(errors.reduce((a, e) => a + e * e, 0) / errors.length);
    expect(Math.abs(mean - exact)).toBeLessThan((4 * sd) / Math.sqrt(estimates.length));
    expect(reported / sd).toBeGreaterThan(0.8);
    expect(reported / sd).toBeLessThan(1.25);
    // Scaled as networkx 3.6 scales a sample (betweenness_centrality with k = 8, given these sources): member 34
    // is one of them, its sum over k − 1 = 7 others; member 1 is not, its sum over 8.
    const s = betweenness(g, { sources: 8, seed: 5 });
    expect(s.sampled.map((i) => s.nodes[i])).toEqual(['34', '19', '11', '17', '7', '4', '2', '28']);
    expect(scoreOf(s, '1')).toBeCloseTo(0.5006758432539682, 12);
    expect(scoreOf(s, '34')).toBeCloseTo(0.24051162131519277, 12);
    // All sources sampled is the exact value, with no error.
    const all = betweenness(g, { sources: 34, seed: 3 });
    expect(all.exact).toBe(true);
    expect(scoreOf(all, '1')).toBeCloseTo(exact, 12);
  });
});

describe('Florentine families, marriages (Padgett and Ansell 1993)', async () => {
  const g = await load('florentine.csv');

  it('has the published betweenness', () => {
    expect([g.order, g.size]).toEqual([15, 20]);
    const b = betweenness(g);
    expect(scoreOf(b, 'Medici')).toBeCloseTo(0.521978, 6);
    expect(scoreOf(b, 'Guadagni')).toBeCloseTo(0.254579, 6);
    expect(scoreOf(b, 'Albizzi')).toBeCloseTo(0.212454, 6);
  });
});

describe('by hand on tiny graphs', () => {
  it('directed: a→b→c and d→b, b on 2 of the (n−1)(n−2) = 6 ordered pairs', () => {
    const g = buildNetwork(
      list([
        ['a', 'b'],
        ['b', 'c'],
        ['d', 'b'],
      ]),
      true,
    ).graph;
    const b = betweenness(g);
    expect(Array.from(b.values)).toEqual([0, 1 / 3, 0, 0]);
    expect(degrees(g).get('b')).toEqual({ degree: 3, in_degree: 2, out_degree: 1, weighted_degree: 3 });
    // Undirected, b is a star's centre: on all 3 pairs of leaves.
    expect(
      Array.from(
        betweenness(
          buildNetwork(
            list([
              ['a', 'b'],
              ['b', 'c'],
              ['d', 'b'],
            ]),
            false,
          ).graph,
        ).values,
      ),
    ).toEqual([0, 1, 0, 0]);
  });

  it('directed PageRank: a→b and c→b, b dangling: a = c = 10/47, b = 27/47', () => {
    const p = pagerank(
      buildNetwork(
        list([
          ['a', 'b'],
          ['c', 'b'],
        ]),
        true,
      ).graph,
    );
    expect(p.get('a')).toBeCloseTo(10 / 47, 5);
    expect(p.get('c')).toBeCloseTo(10 / 47, 5);
    expect(p.get('b')).toBeCloseTo(27 / 47, 5); // networkx's stopping rule: L1 change below n·1e-6
  });

  // A square a–b–c–d–a: a–b and b–c weigh 1 (length 1), c–d and d–a weigh 4 (length 1/4).
  const square = buildNetwork(
    list([
      ['a', 'b', 1],
      ['b', 'c', 1],
      ['c', 'd', 4],
      ['d', 'a', 4],
    ]),
    false,
  ).graph;

  it('weighted betweenness: a to c runs through d alone; b to d has two paths, through a and through c', () => {
    // Pair counts: d 1, a ½, c ½, b 0 — over the (n−1)(n−2)/2 = 3 pairs.
    expect(Array.from(betweenness(square, { weighted: true }).values)).toEqual([1 / 6, 0, 1 / 6, 1 / 3]);
    // Unweighted, each node is on one of its opposite pair's two paths.
    expect(Array.from(betweenness(square).values)).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6]);
    expect(degrees(square).get('d')?.weighted_degree).toBe(8);
  });

  it('weighted PageRank: a = c = 1/4, b = 0.1225, d = 0.3775', () => {
    const p = pagerank(square, true);
    expect(p.get('a')).toBeCloseTo(0.25, 6);
    expect(p.get('b')).toBeCloseTo(0.1225, 6);
    expect(p.get('d')).toBeCloseTo(0.3775, 6);
  });

  it('repeated rows add their weights; self-loops are left out; nodes keep first-appearance order', () => {
    const n = buildNetwork(
      list([
        ['x', 'y'],
        ['y', 'x', 2],
        ['y', 'y'],
        ['z', 'x'],
      ]),
      false,
    );
    expect([n.merged, n.selfLoops, n.graph.size]).toEqual([1, 1, 2]);
    expect(n.graph.nodes()).toEqual(['x', 'y', 'z']);
    expect(degrees(n.graph).get('x')?.weighted_degree).toBe(4);
  });
});

describe('against graphology’s own Brandes on random graphs', () => {
  for (const directed of [false, true])
    it(`agrees (${directed ? 'directed' : 'undirected'}, weighted and not)`, () => {
      const random = seededRandom(7);
      const rows: [string, string, number][] = [];
      for (let i = 0; i < 400; i++)
        rows.push([
          `n${Math.floor(random() * 120)}`,
          `n${Math.floor(random() * 120)}`,
          1 + Math.floor(random() * 4),
        ]);
      const g = buildNetwork(list(rows), directed).graph;
      for (const weighted of [false, true]) {
        const mine = betweenness(g, { weighted });
        const theirs = graphologyBetweenness(g, {
          getEdgeWeight: weighted ? (_e, attr) => 1 / (attr.weight as number) : null,
        });
        mine.nodes.forEach((v, k) => {
          expect(mine.values[k]).toBeCloseTo(theirs[v] as number, 10);
        });
      }
    });
});
