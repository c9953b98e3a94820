import { describe, expect, it } from 'vitest';
import { filtered, keptBy, narrower } from './chartFilter.ts';
import { emptyChart, expandWith, replay } from './chartState.ts';
import type { GEdge, GNode, Graph, GraphSource } from './types.ts';

const node = (id: string): GNode => ({ id, type: 'person', label: id, entity: true });
const call = (
  id: string,
  from: string,
  to: string,
  count: number,
  firstAt: string,
  lastAt: string,
): GEdge => ({
  id,
  from,
  to,
  type: 'call',
  label: 'called',
  weight: count,
  provenance: { kind: 'traces', count, total: count * 60, firstAt, lastAt, bands: [0, count, 0, 0] },
});
const declared = (id: string, from: string, to: string, sourceGrade: string, infoGrade: string): GEdge => ({
  id,
  from,
  to,
  type: 'works_at',
  label: 'works at',
  weight: 1,
  provenance: {
    kind: 'declared',
    linkId: id,
    reportId: null,
    importId: null,
    sourceGrade,
    infoGrade,
    assertedAt: '2026-03-01T00:00:00.000Z',
    origin: null,
  },
});

const strong = call('c1', 'a', 'b', 12, '2026-01-10T00:00:00.000Z', '2026-02-10T00:00:00.000Z');
const weak = call('c2', 'a', 'c', 2, '2026-05-01T00:00:00.000Z', '2026-05-20T00:00:00.000Z');
const graded = declared('d1', 'b', 'd', '2', 'C');

describe('filters applied to the links on the chart', () => {
  it('keeps a link as the server would: weight, time window, types and grades', () => {
    expect(keptBy(strong, { minWeight: 3 })).toBe(true);
    expect(keptBy(weak, { minWeight: 3 })).toBe(false);
    expect(keptBy(graded, { minWeight: 3 })).toBe(false);
    expect(keptBy(weak, { to: '2026-04-01T00:00:00.000Z' })).toBe(false);
    expect(keptBy(strong, { from: '2026-03-01T00:00:00.000Z' })).toBe(false);
    expect(keptBy(graded, { from: '2026-06-01T00:00:00.000Z' })).toBe(true);
    expect(keptBy(graded, { to: '2026-02-01T00:00:00.000Z' })).toBe(false);
    expect(keptBy(graded, { types: ['call'] })).toBe(false);
    expect(keptBy(graded, { worstSource: '2', worstInfo: 'C' })).toBe(true);
    expect(keptBy(graded, { worstSource: '1' })).toBe(false);
    expect(keptBy(graded, { worstInfo: 'B' })).toBe(false);
  });

  it('tells narrower filters (applied here) from wider ones (asked of the server)', () => {
    expect(narrower({ minWeight: 3 }, {})).toBe(true);
    expect(narrower({}, { minWeight: 3 })).toBe(false);
    expect(narrower({ types: ['call'] }, { types: ['call', 'transfer'] })).toBe(true);
    expect(narrower({}, { types: ['call'] })).toBe(false);
    expect(narrower({ from: '2026-02-01T00:00:00Z' }, { from: '2026-01-01T00:00:00Z' })).toBe(true);
    expect(narrower({}, { to: '2026-01-01T00:00:00Z' })).toBe(false);
    expect(narrower({ worstInfo: 'B' }, { worstInfo: 'C' })).toBe(true);
    expect(narrower({ worstSource: '3' }, { worstSource: '2' })).toBe(false);
  });

  it('shows the links kept and the nodes they still reach, keeping the start and expanded nodes', () => {
    let s = expandWith(emptyChart('a'), 'a', { nodes: ['a', 'b', 'c'].map(node), edges: [strong, weak] });
    s = expandWith(s, 'c', { nodes: [node('c'), node('e')], edges: [weak] });
    s = expandWith(s, 'b', { nodes: [node('b'), node('d')], edges: [graded] });
    expect(filtered(s, {}, {})).toBe(s);
    const v = filtered(s, { minWeight: 3 }, {});
    expect([...v.edges.keys()]).toEqual(['c1']);
    // c stays (expanded), d goes (its only link is too weak), e had no link to begin with.
    expect([...v.nodes.keys()].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(v.expanded).toEqual(new Set(['a', 'c', 'b']));
    // Marks live on the loaded chart: they come back as the filter widens.
    expect(filtered(v, {}, {}).nodes.get('a')).toBe(s.nodes.get('a'));
  });
});

describe('a saved chart reopened', () => {
  it('is drawn from what the source gives now, leaving out and counting the nodes no longer seen', async () => {
    const now: Record<string, Graph> = {
      a: { nodes: ['a', 'b'].map(node), edges: [strong] },
      b: { nodes: ['b'].map(node), edges: [] },
    };
    const asked: string[] = [];
    const source: GraphSource = {
      neighbours: async (id) => {
        asked.push(id);
        return now[id] ?? { nodes: [], edges: [] };
      },
      paths: async () => ({ paths: [], nodes: [], edges: [] }),
    };
    const r = await replay(source, {
      start: 'a',
      expanded: [],
      filters: {},
      nodes: [
        { id: 'a', x: 1, y: 2, pinned: true, hidden: false },
        { id: 'b', x: 3, y: 4, pinned: false, hidden: true },
        { id: 'gone', x: 5, y: 6, pinned: false, hidden: false },
      ],
    });
    expect(asked).toEqual(['a', 'gone']);
    expect([...r.state.nodes.keys()]).toEqual(['a', 'b']);
    expect(r.state.nodes.get('a')?.pinned).toBe(true);
    expect(r.state.nodes.get('b')?.at).toEqual({ x: 3, y: 4 });
    expect(r.missing).toBe(1);
  });
});
