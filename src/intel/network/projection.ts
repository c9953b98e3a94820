import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';

/** The projection's graph: undirected, tie strength in `weight`. */
export type ProjectionGraph = AbstractGraph<Record<string, never>, TieAttributes>;

export interface TieAttributes {
  weight: number;
  calls?: number;
  transfers?: number;
  links?: number;
}

// The picture seen as people and places: phones, accounts, vehicles and documents folded into whoever holds
// them, so that two people are tied when their phones call each other or their accounts pay each other, and a
// person is tied to a site they own, manage, work at or harbour people in. This is the graph the questions
// about groups and brokers are asked of (communities.ts, brokers.ts). It is built from plain inputs, so the
// same code serves the database (projection-store.ts) and the benchmarks.

/** Links through which a phone, account, vehicle or document is someone's. */
export const HOLDING_LINKS: ReadonlySet<string> = new Set([
  'uses_phone',
  'holds_account',
  'uses_vehicle',
  'holds_document',
]);

/** Links that tie a person or organisation to a site. */
export const SITE_LINKS: ReadonlySet<string> = new Set([
  'owns',
  'manages',
  'works_at',
  'harboured',
  'lives_at',
]);

/** Types that stand for themselves in the projection (holdings fold into them). */
const ACTOR_TYPES: ReadonlySet<string> = new Set(['person', 'organisation']);

export interface ProjectionInput {
  /** Entity id → type, for every entity the projection may name. */
  entities: ReadonlyMap<string, string>;
  /** Declared links between entities. */
  links: readonly { from: string; to: string; type: string }[];
  /** Calls and transfers aggregated per pair of identifiers (numbers, accounts as the traces hold them). */
  traces: readonly { kind: 'call' | 'transfer'; a: string; b: string; count: number }[];
  /** `call:<number>` or `transfer:<account>` → the phone or account entity known by it. */
  identifiers: ReadonlyMap<string, string>;
}

export interface Projection {
  /** Undirected; edge attribute `weight` is the tie strength, `calls` and `transfers` the traces behind it. */
  graph: ProjectionGraph;
  /** Node → type: an entity's type, or 'phone' / 'account' for an identifier nobody is known to hold. */
  typeOf: Map<string, string>;
  /** Payee → payer → transfers: money's direction, which the undirected graph does not keep. */
  payers: Map<string, Map<string, number>>;
}

/** Tie strength of n traces between two parties: grows with n, slowly (a hundred calls is not 100 ties). */
export const traceWeight = (n: number): number => 1 + Math.log2(n);

export function buildProjection(input: ProjectionInput): Projection {
  const holders = new Map<string, string[]>();
  for (const l of input.links) {
    if (!HOLDING_LINKS.has(l.type)) continue;
    const list = holders.get(l.to) ?? [];
    if (!list.includes(l.from)) list.push(l.from);
    holders.set(l.to, list);
  }
  const typeOf = new Map<string, string>();
  const graph: ProjectionGraph = new UndirectedGraph<Record<string, never>, TieAttributes>({
    allowSelfLoops: false,
  });
  /** Whom a node stands for in the projection: its holders, or itself. */
  const standsFor = (node: string): string[] => {
    const h = holders.get(node);
    if (h && h.length > 0) return h;
    return [node];
  };
  const ensure = (node: string, type: string) => {
    if (!graph.hasNode(node)) {
      graph.addNode(node);
      typeOf.set(node, type);
    }
  };
  // Ties are summed per pair first and made edges once: updating a graph's edge attributes per trace is slow.
  const ties = new Map<string, TieAttributes & { a: string; b: string }>();
  const tie = (a: string, b: string, weight: number, what: 'calls' | 'transfers' | 'links', n: number) => {
    if (a === b) return;
    const key = a < b ? `${a}\t${b}` : `${b}\t${a}`;
    const t = ties.get(key);
    if (t) {
      t.weight += weight;
      t[what] = (t[what] ?? 0) + n;
    } else ties.set(key, { a, b, weight, [what]: n });
  };
  const payers = new Map<string, Map<string, number>>();
  const paid = (payer: string, payee: string, n: number) => {
    if (payer === payee) return;
    const m = payers.get(payee) ?? new Map<string, number>();
    m.set(payer, (m.get(payer) ?? 0) + n);
    payers.set(payee, m);
  };
  for (const [id, type] of input.entities) if (ACTOR_TYPES.has(type) || type === 'site') ensure(id, type);
  for (const t of input.traces) {
    const ea = input.identifiers.get(`${t.kind}:${t.a}`);
    const eb = input.identifiers.get(`${t.kind}:${t.b}`);
    const bare = t.kind === 'call' ? 'tel:' : 'acct:';
    const na = ea ? standsFor(ea) : [`${bare}${t.a}`];
    const nb = eb ? standsFor(eb) : [`${bare}${t.b}`];
    const w = traceWeight(t.count) / (na.length * nb.length);
    for (const a of na)
      for (const b of nb) {
        ensure(a, input.entities.get(a) ?? (t.kind === 'call' ? 'phone' : 'account'));
        ensure(b, input.entities.get(b) ?? (t.kind === 'call' ? 'phone' : 'account'));
        tie(a, b, w, t.kind === 'call' ? 'calls' : 'transfers', t.count);
        if (t.kind === 'transfer') paid(a, b, t.count);
      }
  }
  for (const l of input.links) {
    if (HOLDING_LINKS.has(l.type)) continue;
    const from = standsFor(l.from);
    const to = standsFor(l.to);
    for (const a of from)
      for (const b of to) {
        const ta = input.entities.get(a);
        const tb = input.entities.get(b);
        if (!ta || !tb) continue;
        ensure(a, ta);
        ensure(b, tb);
        tie(a, b, 1, 'links', 1);
      }
  }
  for (const { a, b, ...attrs } of ties.values()) graph.addEdge(a, b, attrs);
  return { graph, typeOf, payers };
}
