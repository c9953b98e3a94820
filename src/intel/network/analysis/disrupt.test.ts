import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.ts';
import { disrupt } from './disrupt.ts';
import { buildNetwork, type EdgeList } from './graph.ts';
import { parseEdgeCsv } from './input.ts';

const load = async (name: string) =>
  buildNetwork(
    await parseEdgeCsv(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), name),
    false,
  ).graph;

describe('disruption (Florentine families: 15 connected before any removal)', async () => {
  const g = await load('florentine.csv');

  it('by betweenness: the Medici first, leaving 11 of 15; ties go to the family that appears first', () => {
    expect(disrupt(g, 'betweenness', 4)).toEqual([
      { step: 1, removed: 'Medici', largest_component: 11 / 15 },
      { step: 2, removed: 'Guadagni', largest_component: 7 / 15 },
      { step: 3, removed: 'Strozzi', largest_component: 4 / 15 },
      // Castellani and Peruzzi tie; the Castellani appear first in the file.
      { step: 4, removed: 'Castellani', largest_component: 2 / 15 },
    ]);
    expect(g.order).toBe(15); // the graph given is left as it was
  });

  it('by degree: after the Medici, the Strozzi and Guadagni tie at 4 and the Strozzi appear first', () => {
    expect(disrupt(g, 'degree', 3).map((s) => [s.removed, s.largest_component])).toEqual([
      ['Medici', 11 / 15],
      ['Strozzi', 10 / 15],
      ['Guadagni', 4 / 15],
    ]);
  });

  it('stops when no node is left', () => {
    const tiny = buildNetwork({ nodes: [], edges: [{ source: 'a', target: 'b', weight: 1 }] }, true).graph;
    expect(disrupt(tiny, 'degree', 5)).toEqual([
      { step: 1, removed: 'a', largest_component: 1 / 2 },
      { step: 2, removed: 'b', largest_component: 0 },
    ]);
  });
});

describe('directed disruption counts weak components; weighted degree ranks by weight', () => {
  // a→b→c→d and e→c: c cut leaves {a, b} and {d} and {e}.
  const list: EdgeList = {
    nodes: [],
    edges: [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'c', target: 'd', weight: 1 },
      { source: 'e', target: 'c', weight: 9 },
    ],
  };
  const g = buildNetwork(list, true).graph;

  it('removes c first by betweenness (on a→c, a→d, b→d, e→d), leaving {a, b}', () => {
    expect(disrupt(g, 'betweenness', 1)).toEqual([{ step: 1, removed: 'c', largest_component: 2 / 5 }]);
  });

  it('by degree: the number of ties, or with weights their total weight', () => {
    // x–y and x–z weigh 1, w–v weighs 5: x has the most ties, w the most weight.
    const h = buildNetwork(
      {
        nodes: [],
        edges: [
          { source: 'x', target: 'y', weight: 1 },
          { source: 'x', target: 'z', weight: 1 },
          { source: 'w', target: 'v', weight: 5 },
        ],
      },
      false,
    ).graph;
    expect(disrupt(h, 'degree', 1)).toEqual([{ step: 1, removed: 'x', largest_component: 2 / 3 }]);
    expect(disrupt(h, 'degree', 1, { weighted: true })).toEqual([
      { step: 1, removed: 'w', largest_component: 1 },
    ]);
  });

  it('analyses every node in first-appearance order', () => {
    const a = analyse(g);
    expect(a.nodes.map((n) => n.node)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(a.nodes[2]).toMatchObject({
      node: 'c',
      degree: 3,
      in_degree: 2,
      out_degree: 1,
      weighted_degree: 11,
    });
    // c lies on a→d, b→d, e→d: 3 of (n−1)(n−2) = 12 ordered pairs; b on a→c, a→d.
    expect(a.nodes[2]?.betweenness).toBeCloseTo(3 / 12, 12);
    expect(a.nodes[1]?.betweenness).toBeCloseTo(2 / 12, 12);
  });
});
