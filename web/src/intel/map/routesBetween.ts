import type { NetEdge, NetNode } from './types.ts';

/** A line on the map between two located nodes, and the unlocated nodes and links it passes through. */
export interface Route {
  from: string;
  to: string;
  /** Labels of the nodes between, in order (empty when the two are linked directly). */
  via: string[];
  /** The link types along the way, in order (worded when shown). */
  links: string[];
}

/**
 * The routes between located nodes of a neighbourhood: for each pair of located nodes, the shortest chain of links
 * joining them that passes only through nodes without a position (an owner, a phone), so "site — owner — site"
 * becomes one line from site to site. Each pair once.
 */
export function routesBetween(
  nodes: readonly NetNode[],
  edges: readonly NetEdge[],
  located: ReadonlySet<string>,
) {
  const label = new Map(nodes.map((n) => [n.id, n.label]));
  const next = new Map<string, { to: string; link: string }[]>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.from, e.to],
      [e.to, e.from],
    ] as const) {
      const list = next.get(a) ?? [];
      list.push({ to: b, link: e.type });
      next.set(a, list);
    }
  }
  const out: Route[] = [];
  const seen = new Set<string>();
  for (const start of located) {
    const back = new Map<string, { from: string; link: string } | null>([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift() as string;
      for (const { to, link } of next.get(at) ?? []) {
        if (back.has(to)) continue;
        back.set(to, { from: at, link });
        if (located.has(to)) {
          const key = [start, to].sort().join('|');
          if (!seen.has(key)) {
            seen.add(key);
            const via: string[] = [];
            const links: string[] = [];
            for (let step = back.get(to); step; step = back.get(step.from)) {
              links.unshift(step.link);
              if (step.from !== start) via.unshift(label.get(step.from) ?? step.from);
            }
            out.push({ from: start, to, via, links });
          }
        } else queue.push(to);
      }
    }
  }
  return out;
}
