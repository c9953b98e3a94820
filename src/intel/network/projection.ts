import { type TieGraph, TieGraphBuilder } from './tie-graph.ts';

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
  /** Undirected; each tie's strength, and the calls, transfers and links behind it. */
  graph: TieGraph;
  /** Node → type: an entity's type, or 'phone' / 'account' for an identifier nobody is known to hold. */
  typeOf: Map<string, string>;
  /** Payee → payer → transfers: money's direction, which the undirected graph does not keep. */
  payers: Map<string, Map<string, number>>;
}

/** Tie strength of n traces between two parties: grows with n, slowly (a hundred calls is not 100 ties). */
export const traceWeight = (n: number): number => 1 + Math.log2(n);

/** Builds the projection with its traces given one by one, so that millions of them never sit in one array. */
export class ProjectionBuilder {
  private readonly holders = new Map<string, string[]>();
  private readonly typeOf = new Map<string, string>();
  private readonly ties = new TieGraphBuilder();
  private readonly payers = new Map<string, Map<string, number>>();
  private readonly calling = new Map<string, number[]>();
  private readonly paying = new Map<string, number[]>();
  private readonly input: Omit<ProjectionInput, 'traces'>;

  constructor(input: Omit<ProjectionInput, 'traces'>) {
    this.input = input;
    for (const l of input.links) {
      if (!HOLDING_LINKS.has(l.type)) continue;
      const list = this.holders.get(l.to) ?? [];
      if (!list.includes(l.from)) list.push(l.from);
      this.holders.set(l.to, list);
    }
    for (const [id, type] of input.entities)
      if (ACTOR_TYPES.has(type) || type === 'site') this.node(id, type);
  }

  /** Whom a node stands for in the projection: its holders, or itself. */
  private standsFor(node: string): string[] {
    const h = this.holders.get(node);
    if (h && h.length > 0) return h;
    return [node];
  }

  private node(id: string, type: string): number {
    const { n, isNew } = this.ties.node(id);
    if (isNew) this.typeOf.set(id, type);
    return n;
  }

  private paid(payer: string, payee: string, n: number) {
    if (payer === payee) return;
    const m = this.payers.get(payee) ?? new Map<string, number>();
    m.set(payer, (m.get(payer) ?? 0) + n);
    this.payers.set(payee, m);
  }

  /** The nodes a number or account stands for, found once per number: traces name the same ones again and again. */
  private ends(kind: 'call' | 'transfer', value: string): number[] {
    const cache = kind === 'call' ? this.calling : this.paying;
    const known = cache.get(value);
    if (known) return known;
    const entity = this.input.identifiers.get(`${kind}:${value}`);
    const untyped = kind === 'call' ? 'phone' : 'account';
    const nodes = (entity ? this.standsFor(entity) : [`${kind === 'call' ? 'tel:' : 'acct:'}${value}`]).map(
      (n) => this.node(n, this.input.entities.get(n) ?? untyped),
    );
    cache.set(value, nodes);
    return nodes;
  }

  addTrace(t: ProjectionInput['traces'][number]): void {
    const na = this.ends(t.kind, t.a);
    const nb = this.ends(t.kind, t.b);
    const w = traceWeight(t.count) / (na.length * nb.length);
    const what = t.kind === 'call' ? 'calls' : 'transfers';
    for (const a of na)
      for (const b of nb) {
        this.ties.tie(a, b, w, what, t.count);
        if (t.kind === 'transfer') this.paid(this.ties.id(a), this.ties.id(b), t.count);
      }
  }

  build(): Projection {
    const { entities, links } = this.input;
    for (const l of links) {
      if (HOLDING_LINKS.has(l.type)) continue;
      for (const a of this.standsFor(l.from))
        for (const b of this.standsFor(l.to)) {
          const ta = entities.get(a);
          const tb = entities.get(b);
          if (!ta || !tb) continue;
          this.ties.tie(this.node(a, ta), this.node(b, tb), 1, 'links', 1);
        }
    }
    return { graph: this.ties.build(), typeOf: this.typeOf, payers: this.payers };
  }
}

export function buildProjection(input: ProjectionInput): Projection {
  const builder = new ProjectionBuilder(input);
  for (const t of input.traces) builder.addTrace(t);
  return builder.build();
}
