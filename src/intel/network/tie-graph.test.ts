import { describe, expect, it } from 'vitest';
import { TieGraphBuilder } from './tie-graph.ts';

describe('the tie graph', () => {
  it('sums the ties of a pair whichever way round they come, and keeps what lies behind each', () => {
    const b = new TieGraphBuilder();
    const [x, y, z] = ['x', 'y', 'z'].map((id) => b.node(id).n) as [number, number, number];
    expect(b.node('y')).toEqual({ n: y, isNew: false });
    b.tie(x, y, 2, 'calls', 4);
    b.tie(y, x, 1, 'calls', 1);
    b.tie(x, y, 0.5, 'transfers', 3);
    b.tie(y, z, 1, 'links', 1);
    b.tie(z, z, 9, 'calls', 9);
    const g = b.build();
    expect([g.order, g.size]).toEqual([3, 2]);
    expect(g.tie('x', 'y')).toEqual({ weight: 3.5, calls: 5, transfers: 3, links: 0 });
    expect(g.tie('y', 'x')).toEqual(g.tie('x', 'y'));
    expect(g.tie('z', 'y')).toEqual({ weight: 1, calls: 0, transfers: 0, links: 1 });
    expect(g.hasEdge('x', 'z')).toBe(false);
    expect(g.hasEdge('z', 'z')).toBe(false);
    expect(g.strength('y')).toBe(4.5);
    const seen: string[] = [];
    g.forEachNeighbor('y', (n, t) => seen.push(`${n}:${t.weight}`));
    expect(seen.sort()).toEqual(['x:3.5', 'z:1']);
    expect(g.hasNode('w')).toBe(false);
    expect(g.strength('w')).toBe(0);
  });

  it('holds many ties in arrays that grow', () => {
    const b = new TieGraphBuilder();
    for (let i = 0; i < 5000; i++) b.node(`n${i}`);
    for (let i = 0; i < 5000; i++) b.tie(i, (i + 1) % 5000, 1, 'calls', 1);
    for (let i = 0; i < 5000; i++) b.tie((i + 1) % 5000, i, 1, 'calls', 1);
    const g = b.build();
    expect([g.order, g.size]).toEqual([5000, 5000]);
    expect(g.tie('n4999', 'n0')?.weight).toBe(2);
  });
});
