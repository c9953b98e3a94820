// The projection's graph held in typed arrays: nodes numbered, each tie stored once per end (CSR), its strength and
// the calls, transfers and declared links behind it beside it. An agency's whole picture has millions of ties; as
// objects (a graphology graph) they took minutes to build and gigabytes to hold, as arrays they take seconds.

/** What ties two nodes: its strength and the traces and links behind it. */
export interface Tie {
  weight: number;
  calls: number;
  transfers: number;
  links: number;
}

interface TieArrays {
  /** Node number → id. */
  ids: readonly string[];
  index: ReadonlyMap<string, number>;
  /** Node i's ties are entries offsets[i] .. offsets[i+1]-1: the other end, the strength, what lies behind. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  calls: Float64Array;
  transfers: Float64Array;
  links: Float64Array;
}

export class TieGraph {
  readonly ids: readonly string[];
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  private readonly index: ReadonlyMap<string, number>;
  private readonly calls: Float64Array;
  private readonly transfers: Float64Array;
  private readonly links: Float64Array;

  constructor(a: TieArrays) {
    this.ids = a.ids;
    this.index = a.index;
    this.offsets = a.offsets;
    this.targets = a.targets;
    this.weights = a.weights;
    this.calls = a.calls;
    this.transfers = a.transfers;
    this.links = a.links;
  }

  /** Number of nodes. */
  get order(): number {
    return this.ids.length;
  }

  /** Number of ties. */
  get size(): number {
    return this.targets.length / 2;
  }

  hasNode(id: string): boolean {
    return this.index.has(id);
  }

  indexOf(id: string): number | undefined {
    return this.index.get(id);
  }

  private tieAt(e: number): Tie {
    return {
      weight: this.weights[e] as number,
      calls: this.calls[e] as number,
      transfers: this.transfers[e] as number,
      links: this.links[e] as number,
    };
  }

  /** The tie between a and b, if any. */
  tie(a: string, b: string): Tie | undefined {
    const i = this.index.get(a);
    const j = this.index.get(b);
    if (i === undefined || j === undefined) return undefined;
    for (let e = this.offsets[i] as number; e < (this.offsets[i + 1] as number); e++)
      if (this.targets[e] === j) return this.tieAt(e);
    return undefined;
  }

  hasEdge(a: string, b: string): boolean {
    return this.tie(a, b) !== undefined;
  }

  forEachNeighbor(id: string, each: (neighbour: string, tie: Tie) => void): void {
    const i = this.index.get(id);
    if (i === undefined) return;
    for (let e = this.offsets[i] as number; e < (this.offsets[i + 1] as number); e++)
      each(this.ids[this.targets[e] as number] as string, this.tieAt(e));
  }

  /** Sum of the strengths of a node's ties. */
  strength(id: string): number {
    const i = this.index.get(id);
    if (i === undefined) return 0;
    let s = 0;
    for (let e = this.offsets[i] as number; e < (this.offsets[i + 1] as number); e++)
      s += this.weights[e] as number;
    return s;
  }
}

/** A typed array that grows as values are pushed. */
class Column<T extends Int32Array | Float64Array> {
  length = 0;
  data: T;
  private readonly make: (n: number) => T;
  constructor(data: T, make: (n: number) => T) {
    this.data = data;
    this.make = make;
  }
  push(v: number) {
    if (this.length === this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }
}

const ints = (n: number) => new Int32Array(n);
const floats = (n: number) => new Float64Array(n);

/** Builds a TieGraph: nodes named as they come, ties added as often as they occur (summed per pair on build). */
export class TieGraphBuilder {
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly from = new Column(ints(1024), ints);
  private readonly to = new Column(ints(1024), ints);
  private readonly weight = new Column(floats(1024), floats);
  private readonly what = new Column(ints(1024), ints);
  private readonly count = new Column(floats(1024), floats);

  /** The node's number, the node added if new; `isNew` tells which. */
  node(id: string): { n: number; isNew: boolean } {
    const known = this.index.get(id);
    if (known !== undefined) return { n: known, isNew: false };
    const n = this.ids.length;
    this.ids.push(id);
    this.index.set(id, n);
    return { n, isNew: true };
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  id(n: number): string {
    return this.ids[n] as string;
  }

  /** Adds strength `weight` to the tie of a and b, with n calls, transfers or links behind it. */
  tie(a: number, b: number, weight: number, what: 'calls' | 'transfers' | 'links', n: number): void {
    if (a === b) return;
    this.from.push(a);
    this.to.push(b);
    this.weight.push(weight);
    this.what.push(what === 'calls' ? 0 : what === 'transfers' ? 1 : 2);
    this.count.push(n);
  }

  build(): TieGraph {
    const n = this.ids.length;
    const m = this.from.length;
    const from = this.from.data;
    const to = this.to.data;
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const a = (from[e] as number) + 1;
      const b = (to[e] as number) + 1;
      offsets[a] = (offsets[a] as number) + 1;
      offsets[b] = (offsets[b] as number) + 1;
    }
    for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
    const fill = offsets.slice(0, n);
    const targets = new Int32Array(2 * m);
    const weights = new Float64Array(2 * m);
    const counts = [new Float64Array(2 * m), new Float64Array(2 * m), new Float64Array(2 * m)] as const;
    for (let e = 0; e < m; e++) {
      const a = from[e] as number;
      const b = to[e] as number;
      const w = this.weight.data[e] as number;
      const kind = counts[this.what.data[e] as number] as Float64Array;
      const c = this.count.data[e] as number;
      let k = fill[a] as number;
      fill[a] = k + 1;
      targets[k] = b;
      weights[k] = w;
      kind[k] = c;
      k = fill[b] as number;
      fill[b] = k + 1;
      targets[k] = a;
      weights[k] = w;
      kind[k] = c;
    }
    // Ties of the same pair summed, in place: each node's entries are read in order and written no further on.
    const slot = new Int32Array(n).fill(-1);
    const compact = new Int32Array(n + 1);
    let w = 0;
    for (let i = 0; i < n; i++) {
      const begin = w;
      for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
        const j = targets[e] as number;
        const at = slot[j] as number;
        if (at === -1) {
          slot[j] = w;
          targets[w] = j;
          weights[w] = weights[e] as number;
          for (const k of counts) k[w] = k[e] as number;
          w++;
        } else {
          weights[at] = (weights[at] as number) + (weights[e] as number);
          for (const k of counts) k[at] = (k[at] as number) + (k[e] as number);
        }
      }
      for (let e = begin; e < w; e++) slot[targets[e] as number] = -1;
      compact[i + 1] = w;
    }
    return new TieGraph({
      ids: this.ids,
      index: this.index,
      offsets: compact,
      targets: targets.slice(0, w),
      weights: weights.slice(0, w),
      calls: counts[0].slice(0, w),
      transfers: counts[1].slice(0, w),
      links: counts[2].slice(0, w),
    });
  }
}
