import { nameKey } from '../name-key.ts';
import type { Constraints, ScoredPair } from './engine.ts';
import type { LoadedRecord } from './persist.ts';

// Interim scorer: exact keys only, until the probabilistic engine is wired in.

export function scoreRecords(records: LoadedRecord[], _constraints: Constraints) {
  const blocks = new Map<string, number[]>();
  records.forEach((r, i) => {
    for (const k of [
      `n:${r.kind}:${nameKey(r.name)}`,
      r.phone && `p:${r.phone}`,
      r.account && `a:${r.account}`,
    ]) {
      if (!k) continue;
      const list = blocks.get(k);
      if (list) list.push(i);
      else blocks.set(k, [i]);
    }
  });
  const seen = new Set<string>();
  const pairs: ScoredPair[] = [];
  for (const [k, list] of blocks)
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x] ?? 0;
        const b = list[y] ?? 0;
        const id = `${a}|${b}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const field = k.startsWith('n:') ? 'name' : k.startsWith('p:') ? 'phone' : 'account';
        const weight = field === 'name' ? 2 : 8;
        pairs.push({
          a,
          b,
          weight,
          probability: 2 ** weight / (1 + 2 ** weight),
          why: [{ field, level: 'exact', weight }],
        });
      }
  return { pairs, model: { kind: 'interim' } };
}

export function groupRecords(
  records: LoadedRecord[],
  pairs: ScoredPair[],
  constraints: Constraints,
  threshold: number,
): Int32Array {
  const parent = Int32Array.from(records.keys());
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const apart = new Set(constraints.different.map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)));
  const members = new Map<number, number[]>(records.map((_, i) => [i, [i]]));
  const join = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const ma = members.get(ra) ?? [];
    const mb = members.get(rb) ?? [];
    for (const x of ma) for (const y of mb) if (apart.has(x < y ? `${x}|${y}` : `${y}|${x}`)) return;
    parent[rb] = ra;
    members.set(ra, [...ma, ...mb]);
    members.delete(rb);
  };
  for (const [a, b] of constraints.same) join(a, b);
  for (const p of [...pairs].sort((x, y) => y.probability - x.probability))
    if (p.probability >= threshold && records[p.a]?.kind === records[p.b]?.kind) join(p.a, p.b);
  return Int32Array.from(records.keys(), (i) => find(i));
}
