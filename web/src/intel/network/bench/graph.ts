import type { Filters, GEdge, GNode, Graph, GraphSource, PathAnswer } from '../types.ts';

// A generated network for the chart's benchmark (bench/chart.ts): `n` nodes in groups of about 100 (most links
// inside a group, as in real networks), `m` links mixing traced calls and transfers with declared links, and a
// source that answers the chart's questions from memory, so the benchmark measures the browser alone.

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  'person',
  'person',
  'person',
  'person',
  'phone',
  'phone',
  'account',
  'site',
  'organisation',
  'place',
];
const DECLARED = ['works_at', 'associates_with', 'owns', 'recruited', 'family_of'];
const T0 = Date.parse('2026-01-01T00:00:00Z');
const DAY = 86_400_000;

export function generateGraph(n: number, m: number, seed = 7): Graph {
  const r = rng(seed);
  const nodes: GNode[] = Array.from({ length: n }, (_, i) => {
    const type = TYPES[Math.floor(r() * TYPES.length)] as string;
    return { id: `n${i}`, type, label: `${type} ${i}`, entity: true };
  });
  const groups = Math.max(1, Math.round(n / 100));
  const edges: GEdge[] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    const a = Math.floor(r() * n);
    const inside = r() < 0.85;
    const b = inside
      ? (Math.floor(r() * Math.ceil(n / groups)) * groups + (a % groups)) % n
      : Math.floor(r() * n);
    if (a === b || seen.has(`${a}>${b}`)) continue;
    seen.add(`${a}>${b}`);
    const kind = r();
    const first = T0 + Math.floor(r() * 300) * DAY;
    if (kind < 0.7) {
      const count = 1 + Math.floor(r() ** 3 * 60);
      const call = kind < 0.55;
      edges.push({
        id: `e${edges.length}`,
        from: `n${a}`,
        to: `n${b}`,
        type: call ? 'call' : 'transfer',
        label: call ? 'called' : 'paid',
        weight: count,
        provenance: {
          kind: 'traces',
          count,
          total: count * (call ? 95 : 1200),
          firstAt: new Date(first).toISOString(),
          lastAt: new Date(first + Math.floor(r() * 60) * DAY).toISOString(),
          bands: [
            Math.floor(count / 4),
            Math.ceil(count / 4),
            Math.floor(count / 4),
            count - 2 * Math.floor(count / 4) - Math.ceil(count / 4),
          ],
        },
      });
    } else {
      const type = DECLARED[Math.floor(r() * DECLARED.length)] as string;
      edges.push({
        id: `e${edges.length}`,
        from: `n${a}`,
        to: `n${b}`,
        type,
        label: type.replaceAll('_', ' '),
        weight: 1,
        provenance: {
          kind: 'declared',
          linkId: `l${edges.length}`,
          reportId: null,
          importId: null,
          sourceGrade: String(1 + Math.floor(r() * 3)),
          infoGrade: 'ABCDE'[Math.floor(r() * 5)] as string,
          assertedAt: new Date(first).toISOString(),
          origin: null,
        },
      });
    }
  }
  return { nodes, edges };
}

function kept(e: GEdge, f: Filters) {
  if (f.types && f.types.length > 0 && !f.types.includes(e.type)) return false;
  if (f.minWeight && e.weight < f.minWeight) return false;
  const p = e.provenance;
  if (p.kind === 'traces') {
    if (f.from && p.lastAt < f.from) return false;
    if (f.to && p.firstAt > f.to) return false;
  } else {
    if (f.worstSource && p.sourceGrade > f.worstSource) return false;
    if (f.worstInfo && p.infoGrade > f.worstInfo) return false;
  }
  return true;
}

/**
 * Answers from memory: the start's "neighbourhood" is the whole graph (as a big chart opened at once); any other
 * node's is its neighbours, plus a few nodes not yet on the chart (so that each expansion adds something).
 */
export function memorySource(g: Graph, start: string): GraphSource {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const incident = new Map<string, GEdge[]>();
  for (const e of g.edges)
    for (const end of [e.from, e.to]) incident.set(end, [...(incident.get(end) ?? []), e]);
  let fresh = 0;
  const neighbours = async (node: string, f: Filters): Promise<Graph> => {
    if (node === start) {
      const edges = g.edges.filter((e) => kept(e, f));
      return { nodes: g.nodes, edges };
    }
    const edges = (incident.get(node) ?? []).filter((e) => kept(e, f));
    const ids = new Set([node, ...edges.flatMap((e) => [e.from, e.to])]);
    const nodes = [...ids].map((id) => byId.get(id)).filter((x): x is GNode => x !== undefined);
    for (let i = 0; i < 10; i++) {
      const id = `x${fresh++}`;
      nodes.push({ id, type: 'phone', label: `new number ${id}`, entity: false });
      edges.push({ ...(g.edges[0] as GEdge), id: `xe${id}`, from: node, to: id });
    }
    return { nodes, edges };
  };
  const paths = async (from: string, to: string, f: Filters): Promise<PathAnswer> => {
    const prev = new Map<string, GEdge | null>([[from, null]]);
    let frontier = [from];
    while (frontier.length > 0 && !prev.has(to)) {
      const next: string[] = [];
      for (const x of frontier)
        for (const e of (incident.get(x) ?? []).filter((y) => kept(y, f))) {
          const o = e.from === x ? e.to : e.from;
          if (!prev.has(o)) {
            prev.set(o, e);
            next.push(o);
          }
        }
      frontier = next;
    }
    if (!prev.has(to)) return { paths: [], nodes: [], edges: [] };
    const nodes = [to];
    const edges: GEdge[] = [];
    for (let e = prev.get(to); e; e = prev.get(nodes[0] as string)) {
      edges.unshift(e);
      nodes.unshift(e.from === nodes[0] ? e.to : e.from);
    }
    return {
      paths: [{ nodes, edges: edges.map((e) => e.id) }],
      nodes: nodes.map((id) => byId.get(id)).filter((x): x is GNode => x !== undefined),
      edges,
    };
  };
  return { neighbours, paths };
}
