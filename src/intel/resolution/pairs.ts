import { IntVector } from './columns.ts';

/** Scored pairs in columns: records a < b, the rule that proposed them, their comparison vector and TF adjustment. */
export class PairTable {
  readonly a = new IntVector(1 << 16);
  readonly b = new IntVector(1 << 16);
  readonly rule = new IntVector(1 << 16);
  readonly pattern = new IntVector(1 << 16);
  tf = new Float32Array(1 << 16);

  get length(): number {
    return this.a.length;
  }

  push(a: number, b: number, rule: number, pattern: number, tf: number): void {
    const k = this.a.length;
    if (k === this.tf.length) {
      const next = new Float32Array(this.tf.length * 2);
      next.set(this.tf);
      this.tf = next;
    }
    this.tf[k] = tf;
    this.a.push(Math.min(a, b));
    this.b.push(Math.max(a, b));
    this.rule.push(rule);
    this.pattern.push(pattern);
  }
}
