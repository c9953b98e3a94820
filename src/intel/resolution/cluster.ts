import { IntVector } from './columns.ts';

/**
 * Records grouped into clusters without touching them: a union–find whose groups also keep their members (a
 * circular list) so a proposed merge can be checked against every pair it would join. Merges that a guard
 * refuses leave both clusters as they were.
 */
export class Clusters {
  readonly parent = new IntVector();
  readonly next = new IntVector();
  readonly size = new IntVector();
  /** The earliest record of each cluster: its name (stable while the cluster only grows). */
  readonly first = new IntVector();

  get records(): number {
    return this.parent.length;
  }

  /** How many clusters there are. */
  roots(): number {
    const p = this.parent.data;
    let n = 0;
    for (let i = 0; i < this.parent.length; i++) if (p[i] === i) n++;
    return n;
  }

  /** Adds singletons up to n records. */
  grow(n: number): void {
    for (let i = this.parent.length; i < n; i++) {
      this.parent.push(i);
      this.next.push(i);
      this.size.push(1);
      this.first.push(i);
    }
  }

  find(i: number): number {
    const p = this.parent.data;
    let r = i;
    while (p[r] !== r) r = p[r] as number;
    while (p[i] !== r) {
      const n = p[i] as number;
      p[i] = r;
      i = n;
    }
    return r;
  }

  *members(root: number): Generator<number> {
    let x = root;
    do {
      yield x;
      x = this.next.get(x);
    } while (x !== root);
  }

  membersOf(root: number): number[] {
    const out: number[] = [];
    for (const x of this.members(root)) out.push(x);
    return out;
  }

  /** Joins two clusters (roots); returns the new root. */
  union(ra: number, rb: number): number {
    if (ra === rb) return ra;
    const [big, small] = this.size.get(ra) >= this.size.get(rb) ? [ra, rb] : [rb, ra];
    this.parent.set(small, big);
    this.size.set(big, this.size.get(big) + this.size.get(small));
    this.first.set(big, Math.min(this.first.get(big), this.first.get(small)));
    // Splice the two circular member lists.
    const nb = this.next.get(big);
    this.next.set(big, this.next.get(small));
    this.next.set(small, nb);
    return big;
  }

  /** Makes each of these records a singleton again (for re-clustering after an analyst's decision). */
  reset(records: readonly number[]): void {
    for (const i of records) {
      this.parent.set(i, i);
      this.next.set(i, i);
      this.size.set(i, 1);
      this.first.set(i, i);
    }
  }
}
