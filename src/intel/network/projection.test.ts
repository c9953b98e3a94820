import { describe, expect, it } from 'vitest';
import { rankBrokers } from './brokers.ts';
import { communities } from './communities.ts';
import { buildProjection, type ProjectionInput, traceWeight } from './projection.ts';

// The people-and-places graph: holdings folded into their holders, groups and brokers found in it.

const calls = (pairs: [string, string, number][]): ProjectionInput['traces'] =>
  pairs.map(([a, b, count]) => ({ kind: 'call' as const, a, b, count }));

/** People each with one phone (+66800000NN), owners tied to sites, and the calls given. */
function world(
  people: string[],
  owns: [string, string][],
  traces: [string, string, number][],
): ProjectionInput {
  const entities = new Map<string, string>();
  const links: { from: string; to: string; type: string }[] = [];
  const identifiers = new Map<string, string>();
  people.forEach((p, i) => {
    entities.set(p, 'person');
    entities.set(`ph-${p}`, 'phone');
    links.push({ from: p, to: `ph-${p}`, type: 'uses_phone' });
    identifiers.set(`call:+668000000${String(i).padStart(2, '0')}`, `ph-${p}`);
  });
  for (const [p, s] of owns) {
    entities.set(s, 'site');
    links.push({ from: p, to: s, type: 'owns' });
  }
  const num = (p: string) => `+668000000${String(people.indexOf(p)).padStart(2, '0')}`;
  return {
    entities,
    links,
    identifiers,
    traces: calls(
      traces.map(([a, b, n]) => [people.includes(a) ? num(a) : a, people.includes(b) ? num(b) : b, n]),
    ),
  };
}

describe('the projection', () => {
  it('ties people whose phones call each other, and keeps a number nobody holds as a node of its own', () => {
    const p = buildProjection(
      world(
        ['ann', 'bo'],
        [['ann', 'site-1']],
        [
          ['ann', 'bo', 8],
          ['bo', 'ann', 2],
          ['bo', '+66899999999', 1],
        ],
      ),
    );
    expect(p.graph.hasEdge('ann', 'bo')).toBe(true);
    expect(p.graph.tie('ann', 'bo')?.calls).toBe(10);
    expect(p.graph.tie('ann', 'bo')?.weight).toBeCloseTo(traceWeight(8) + traceWeight(2));
    expect(p.graph.hasEdge('bo', 'tel:+66899999999')).toBe(true);
    expect(p.typeOf.get('tel:+66899999999')).toBe('phone');
    expect(p.graph.hasEdge('ann', 'site-1')).toBe(true);
    // Phones are folded into their holders: no phone node remains.
    expect(p.graph.hasNode('ph-ann')).toBe(false);
  });

  it('ranks as brokers the people who reach several sites through the people who run them', () => {
    const p = buildProjection(
      world(
        ['o1', 'o2', 'o3', 'broker', 'guard', 'cousin'],
        [
          ['o1', 's1'],
          ['o2', 's2'],
          ['o3', 's3'],
        ],
        [
          ['broker', 'o1', 5],
          ['broker', 'o2', 3],
          ['o3', 'broker', 1],
          ['guard', 'o1', 40],
          ['cousin', 'o1', 2],
          ['cousin', 'o2', 1],
        ],
      ),
    );
    const ranked = rankBrokers(p, new Set(['s1', 's2', 's3']));
    expect(ranked.map((r) => r.node)).toEqual(['broker', 'cousin']);
    expect(ranked[0]?.sites.sort()).toEqual(['s1', 's2', 's3']);
    expect(ranked[0]?.through.sort()).toEqual(['o1', 'o2', 'o3']);
    // A site that is not of concern does not count.
    expect(rankBrokers(p, new Set(['s1']))).toEqual([]);
  });

  it('puts first the person whom the runners of several sites pay, before the head who calls them all', () => {
    const input = world(
      ['o1', 'o2', 'o3', 'head', 'broker'],
      [
        ['o1', 's1'],
        ['o2', 's2'],
        ['o3', 's3'],
      ],
      [
        ['head', 'o1', 90],
        ['o2', 'head', 80],
        ['head', 'o3', 70],
        ['broker', 'o1', 2],
        ['o2', 'broker', 3],
      ],
    );
    // Each owner pays the broker a fee; the head pays the owners (money's direction is what tells them apart).
    const people = ['o1', 'o2', 'o3', 'head', 'broker'];
    const identifiers = new Map(input.identifiers);
    const entities = new Map(input.entities);
    const links = [...input.links];
    for (const p of people) {
      entities.set(`acc-${p}`, 'account');
      links.push({ from: p, to: `acc-${p}`, type: 'holds_account' });
      identifiers.set(`transfer:ACC-${p}`, `acc-${p}`);
    }
    const transfers: ProjectionInput['traces'] = [
      { kind: 'transfer', a: 'ACC-o1', b: 'ACC-broker', count: 2 },
      { kind: 'transfer', a: 'ACC-o2', b: 'ACC-broker', count: 1 },
      { kind: 'transfer', a: 'ACC-head', b: 'ACC-o1', count: 5 },
      { kind: 'transfer', a: 'ACC-head', b: 'ACC-o3', count: 5 },
    ];
    const p = buildProjection({ entities, links, identifiers, traces: [...input.traces, ...transfers] });
    expect(p.payers.get('broker')).toEqual(
      new Map([
        ['o1', 2],
        ['o2', 1],
      ]),
    );
    const ranked = rankBrokers(p, new Set(['s1', 's2', 's3']));
    expect(ranked.map((r) => r.node)).toEqual(['broker', 'head']);
    expect(ranked[0]?.paidBy.sort()).toEqual(['o1', 'o2']);
    expect(ranked[1]?.paidBy).toEqual([]);
    expect(ranked[1]?.through.length).toBe(3);
  });

  it('finds two groups joined by one call as two communities, the same on every run', () => {
    const a = ['a1', 'a2', 'a3', 'a4'];
    const b = ['b1', 'b2', 'b3', 'b4'];
    const ties: [string, string, number][] = [];
    for (const g of [a, b])
      for (let i = 0; i < g.length; i++)
        for (let j = i + 1; j < g.length; j++) ties.push([g[i] as string, g[j] as string, 10]);
    ties.push(['a1', 'b1', 1]);
    const p = buildProjection(world([...a, ...b], [], ties));
    const c = communities(p.graph);
    expect(c.count).toBe(2);
    expect(new Set(a.map((x) => c.of.get(x))).size).toBe(1);
    expect(new Set(b.map((x) => c.of.get(x))).size).toBe(1);
    expect(c.of.get('a1')).not.toBe(c.of.get('b1'));
    expect(communities(p.graph).of).toEqual(c.of);
    expect(c.modularity).toBeGreaterThan(0.4);
  });
});
