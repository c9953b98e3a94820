import type { Kysely } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { expand, type GraphEdge, type GraphFilters, type GraphNode } from './expand.ts';

/**
 * The nodes in direct contact with every one of `nodes` (common contacts of two or more phones, say), with the
 * tie strength to each, strongest in total first, and the edges that make them common.
 */
export async function commonContacts(
  db: Kysely<Database>,
  actor: Actor,
  nodes: readonly string[],
  filters: GraphFilters,
): Promise<{ contacts: (GraphNode & { weights: number[] })[]; edges: GraphEdge[] }> {
  const given = [...new Set(nodes)];
  const weights = new Map<string, number[]>();
  const byContact = new Map<string, GraphEdge[]>();
  const known = new Map<string, GraphNode>();
  for (const [k, n] of given.entries()) {
    const step = await expand(db, actor, [n], filters);
    for (const x of step.nodes) known.set(x.id, x);
    for (const e of step.edges) {
      const other = e.from === n ? e.to : e.to === n ? e.from : null;
      if (other === null || given.includes(other)) continue;
      const w = weights.get(other) ?? new Array<number>(given.length).fill(0);
      w[k] = (w[k] ?? 0) + e.weight;
      weights.set(other, w);
      byContact.set(other, [...(byContact.get(other) ?? []), e]);
    }
  }
  const common = [...weights.entries()].filter(([, w]) => w.every((x) => x > 0));
  common.sort((a, b) => b[1].reduce((s, x) => s + x, 0) - a[1].reduce((s, x) => s + x, 0));
  return {
    contacts: common
      .map(([id, w]) => {
        const n = known.get(id);
        return n ? { ...n, weights: w } : null;
      })
      .filter((c): c is GraphNode & { weights: number[] } => c !== null),
    edges: common.flatMap(([id]) => byContact.get(id) ?? []),
  };
}
