// A small linear programme solver (two-phase simplex, Bland's rule) for one question: given the figures a release
// publishes, what range of values can a hidden figure still take? The published totals are equations over the
// hidden cells (each at least 0); the smallest and largest value of a hidden figure over that set is the interval
// an attacker can narrow it to. A hidden figure is protected when that interval is wider than a point.
//
// Exact enough for tables of counts: values are integers of modest size and a table has at most a few hundred
// hidden cells; a tolerance of 1e-9 separates zero from non-zero.

const EPS = 1e-9;

export interface Range {
  min: number;
  /** Infinity when nothing bounds the figure from above. */
  max: number;
}

/** The feasible set { x ≥ 0 : A x = b }, brought to a feasible basis once, then asked for ranges. */
export class Polytope {
  private readonly rows: number[][];
  private readonly basis: number[];
  private readonly n: number;
  readonly feasible: boolean;

  constructor(A: readonly (readonly number[])[], b: readonly number[], n: number) {
    this.n = n;
    const m = A.length;
    // Tableau: n variables, m artificials, then the right-hand side; every row's right-hand side made ≥ 0.
    this.rows = A.map((row, i) => {
      const sign = (b[i] ?? 0) < 0 ? -1 : 1;
      const r = new Array<number>(n + m + 1).fill(0);
      for (let j = 0; j < n; j++) r[j] = sign * (row[j] ?? 0);
      r[n + i] = 1;
      r[n + m] = sign * (b[i] ?? 0);
      return r;
    });
    this.basis = A.map((_, i) => n + i);
    // Phase one: maximise minus the sum of the artificials.
    const phase1 = new Array<number>(n + m).fill(0);
    for (let i = 0; i < m; i++) phase1[n + i] = -1;
    pivotToOptimum(this.rows, this.basis, phase1, n + m);
    const infeasibility = this.rows.reduce(
      (s, r, i) => s + ((this.basis[i] ?? 0) >= n ? (r[n + m] ?? 0) : 0),
      0,
    );
    this.feasible = infeasibility < 1e-7;
    // Drive the artificials left in the basis (at zero) out, or drop their rows as redundant.
    for (let i = this.rows.length - 1; i >= 0; i--) {
      if ((this.basis[i] ?? 0) < n) continue;
      const row = this.rows[i] as number[];
      const j = row.findIndex((v, col) => col < n && Math.abs(v) > EPS);
      if (j >= 0) pivot(this.rows, this.basis, i, j);
      else {
        this.rows.splice(i, 1);
        this.basis.splice(i, 1);
      }
    }
    // The artificial columns are no longer needed: cut them from every row.
    for (const r of this.rows) r.splice(n, m);
  }

  /** The smallest and largest value of `objective · x` over the set. */
  range(objective: readonly number[]): Range {
    if (!this.feasible) throw new Error('the published figures are inconsistent with each other');
    return { min: clean(-this.optimum(objective.map((v) => -v))), max: clean(this.optimum(objective)) };
  }

  private optimum(objective: readonly number[]): number {
    const rows = this.rows.map((r) => [...r]);
    const basis = [...this.basis];
    const bounded = pivotToOptimum(rows, basis, objective, this.n);
    if (!bounded) return Number.POSITIVE_INFINITY;
    let value = 0;
    for (let i = 0; i < rows.length; i++)
      value += (objective[basis[i] ?? 0] ?? 0) * ((rows[i] as number[]).at(-1) ?? 0);
    return value;
  }
}

/** Float noise off (values are sums of whole counts), and no negative zero. */
const clean = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 + 0 : x);

function pivot(rows: number[][], basis: number[], pr: number, pc: number): void {
  const p = rows[pr] as number[];
  const pv = p[pc] as number;
  for (let j = 0; j < p.length; j++) p[j] = (p[j] as number) / pv;
  for (let i = 0; i < rows.length; i++) {
    if (i === pr) continue;
    const r = rows[i] as number[];
    const f = r[pc] as number;
    if (Math.abs(f) < EPS) continue;
    for (let j = 0; j < r.length; j++) r[j] = (r[j] as number) - f * (p[j] as number);
  }
  basis[pr] = pc;
}

/** Maximises `objective · x` over the columns below `cols`; false when unbounded. Bland's rule: no cycling. */
function pivotToOptimum(
  rows: number[][],
  basis: number[],
  objective: readonly number[],
  cols: number,
): boolean {
  for (let guard = 0; guard < 50_000; guard++) {
    let entering = -1;
    for (let j = 0; j < cols; j++) {
      let reduced = objective[j] ?? 0;
      for (let i = 0; i < rows.length; i++)
        reduced -= (objective[basis[i] ?? 0] ?? 0) * ((rows[i] as number[])[j] ?? 0);
      if (reduced > EPS) {
        entering = j;
        break;
      }
    }
    if (entering < 0) return true;
    let leave = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as number[];
      const a = r[entering] as number;
      if (a <= EPS) continue;
      const ratio = (r.at(-1) as number) / a;
      if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] ?? 0) < (basis[leave] ?? 0))) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return false;
    pivot(rows, basis, leave, entering);
  }
  throw new Error('the simplex did not finish');
}
