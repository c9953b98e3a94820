import type { ChartState } from './chartState.ts';
import type { Filters, GEdge } from './types.ts';

// Filters applied in the browser to the links already on the chart, when they only narrow the filters those
// links were asked for under (src/intel/network/expand.ts's rules, mirrored): the chart then hides what no longer
// passes without asking the server again or rebuilding the canvas. Wider filters are asked of the server, which
// applies the permission filter to whatever comes back.

const at = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const noTypes = (f: Filters) => !f.types || f.types.length === 0;

/** Whether the server would give this link under `f` (given it gave it under wider filters). */
export function keptBy(e: GEdge, f: Filters): boolean {
  if (!noTypes(f) && !f.types?.includes(e.type)) return false;
  const p = e.provenance;
  if (p.kind === 'traces') {
    if (f.from && Date.parse(p.lastAt) < at(f.from)) return false;
    if (f.to && Date.parse(p.firstAt) > at(f.to)) return false;
    if (f.minWeight && p.count < f.minWeight) return false;
    return true;
  }
  if (f.to && Date.parse(p.assertedAt) > at(f.to)) return false;
  if (f.worstSource && (p.sourceGrade || '9') > f.worstSource) return false;
  if (f.worstInfo && (p.infoGrade || 'Z') > f.worstInfo) return false;
  if (f.minWeight && f.minWeight > 1) return false;
  return true;
}

/** Whether every link `f` keeps is also kept by `wide` (so links asked for under `wide` can be filtered here). */
export function narrower(f: Filters, wide: Filters): boolean {
  if (!noTypes(wide) && (noTypes(f) || !f.types?.every((t) => wide.types?.includes(t)))) return false;
  if ((f.minWeight ?? 1) < (wide.minWeight ?? 1)) return false;
  if (wide.from && !(f.from && at(f.from) >= at(wide.from))) return false;
  if (wide.to && !(f.to && at(f.to) <= at(wide.to))) return false;
  if (wide.worstSource && !(f.worstSource && f.worstSource <= wide.worstSource)) return false;
  if (wide.worstInfo && !(f.worstInfo && f.worstInfo <= wide.worstInfo)) return false;
  return true;
}

const same = (a: Filters, b: Filters) => narrower(a, b) && narrower(b, a);

/**
 * The chart as shown under `f`, from the chart as loaded under `loaded`: the links `f` keeps, and the nodes still
 * reached by one of them, with the start, the expanded nodes and nodes that had no link to begin with. Pins,
 * hidden marks and how each node came in stay with the loaded chart, so they come back when the filter widens.
 */
export function filtered(s: ChartState, f: Filters, loaded: Filters): ChartState {
  if (same(f, loaded)) return s;
  const edges = new Map<string, GEdge>();
  const reached = new Set<string>();
  const linked = new Set<string>();
  for (const e of s.edges.values()) {
    linked.add(e.from).add(e.to);
    if (!keptBy(e, f)) continue;
    edges.set(e.id, e);
    reached.add(e.from).add(e.to);
  }
  const nodes = new Map(
    [...s.nodes].filter(([id]) => id === s.start || s.expanded.has(id) || reached.has(id) || !linked.has(id)),
  );
  return { ...s, nodes, edges, expanded: new Set([...s.expanded].filter((id) => nodes.has(id))) };
}
