import { IntVector } from './columns.ts';

/**
 * Scored pairs in columns: records a < b, the rule that proposed them, their comparison vector and TF adjustment,
 * and the counts of the values each term-frequency field agreed on (`width` a pair), to make the adjustment
 * again when u changes.
 */
export class PairTable {
  readonly a = new IntVector(1 << 16);
  readonly b = new IntVector(1 << 16);
  readonly rule = new IntVector(1 << 16);
  readonly pattern = new IntVector(1 << 16);
  tf = new Float32Array(1 << 16);
  counts: Float32Array;
  readonly width: number;

  constructor(width = 0) {
    this.width = width;
    this.counts = new Float32Array((1 << 16) * width);
  }

  get length(): number {
    return this.a.length;
  }

  push(a: number, b: number, rule: number, pattern: number, tf: number, counts?: ArrayLike<number>): void {
    const k = this.a.length;
    if (k === this.tf.length) {
      const next = new Float32Array(this.tf.length * 2);
      next.set(this.tf);
      this.tf = next;
      const more = new Float32Array(this.tf.length * this.width);
      more.set(this.counts);
      this.counts = more;
    }
    this.tf[k] = tf;
    if (counts) for (let f = 0; f < this.width; f++) this.counts[k * this.width + f] = counts[f] as number;
    this.a.push(Math.min(a, b));
    this.b.push(Math.max(a, b));
    this.rule.push(rule);
    this.pattern.push(pattern);
  }
}
