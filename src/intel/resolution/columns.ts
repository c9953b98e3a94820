// Column storage for a million records: integers in growable typed arrays, strings coded once in dictionaries.
// A record's multi-valued field (its phones, name parts) is a run of the values array between two offsets.

export class IntVector {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  get(i: number): number {
    return this.data[i] as number;
  }
  set(i: number, v: number): void {
    this.data[i] = v;
  }
}

/** Strings ↔ dense integer ids, with how many records hold each (for term frequencies). */
export class Dictionary {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  readonly counts = new IntVector();
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
    }
    return id;
  }
  /** Counted once per record that holds it. */
  count(id: number): void {
    this.counts.data[id] = (this.counts.data[id] as number) + 1;
  }
  countOf(id: number): number {
    return this.counts.data[id] as number;
  }
}

let sortScratch = new Float64Array(64);

/** A multi-valued column: record i's values are values[start[i] .. start[i+1]). */
export class MultiColumn {
  readonly start = new IntVector();
  readonly values = new IntVector();
  constructor() {
    this.start.push(0);
  }
  /** Appends one record's values (distinct, ascending, so two records' values intersect by a merge walk). */
  add(ids: number[]): void {
    if (ids.length > 2) {
      // A numeric sort without a comparator call per step (the deletion-neighbour rule files some 25 keys a record).
      const a = sortScratch.length >= ids.length ? sortScratch : new Float64Array(ids.length * 2);
      sortScratch = a;
      for (let r = 0; r < ids.length; r++) a[r] = ids[r] as number;
      const sorted = a.subarray(0, ids.length).sort();
      let w = 0;
      for (let r = 0; r < sorted.length; r++)
        if (w === 0 || sorted[r] !== ids[w - 1]) ids[w++] = sorted[r] as number;
      ids.length = w;
    } else if (ids.length === 2) {
      const [x, y] = ids as [number, number];
      if (x === y) ids.length = 1;
      else if (x > y) {
        ids[0] = y;
        ids[1] = x;
      }
    }
    for (const v of ids) this.values.push(v);
    this.start.push(this.values.length);
  }
  /** Appends a run of another column (already distinct and ascending) as the next record's values. */
  copy(other: MultiColumn, k: number): void {
    const v = other.values.data;
    for (let x = other.from(k); x < other.to(k); x++) this.values.push(v[x] as number);
    this.start.push(this.values.length);
  }
  from(i: number): number {
    return this.start.data[i] as number;
  }
  to(i: number): number {
    return this.start.data[i + 1] as number;
  }
}

/** The rarest value the last `countShared` found in both records (−1 for none): kept here, not in a new object per pair. */
export const lastShared = { rarest: -1 };

/**
 * How many values two records share (a merge walk of their sorted values), leaving the rarest of them (by the
 * dictionary's counts) in `lastShared.rarest`. Called for every field of every pair compared: it allocates nothing.
 */
export function countShared(col: MultiColumn, i: number, j: number, dict: Dictionary): number {
  const v = col.values.data;
  let a = col.from(i);
  const ae = col.to(i);
  let b = col.from(j);
  const be = col.to(j);
  let shared = 0;
  let rarest = -1;
  let rarestCount = Number.POSITIVE_INFINITY;
  while (a < ae && b < be) {
    const x = v[a] as number;
    const y = v[b] as number;
    if (x === y) {
      shared++;
      const c = dict.countOf(x);
      if (c < rarestCount) {
        rarestCount = c;
        rarest = x;
      }
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  lastShared.rarest = rarest;
  return shared;
}
