import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyseFile, type NetworkOptions } from './network-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'network-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const fixture = (name: string) => join(import.meta.dirname, '../intel/network/analysis/fixtures', name);

async function run(path: string, opts: NetworkOptions = {}) {
  const lines: string[] = [];
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await analyseFile(path, opts, (l) => lines.push(l));
    const stderr = err.mock.calls.map((c) => String(c[0]));
    return { code, rows: lines.map((l) => JSON.parse(l)), stderr };
  } finally {
    err.mockRestore();
  }
}

describe('lantern network analyse', () => {
  it('writes one line per node in first-appearance order, with every figure', async () => {
    const { code, rows, stderr } = await run(fixture('karate.csv'));
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    expect(rows).toHaveLength(34);
    expect(rows[0]).toMatchObject({
      node: '1',
      degree: 16,
      in_degree: 16,
      out_degree: 16,
      weighted_degree: 16,
    });
    expect(rows[0].betweenness).toBeCloseTo(0.43763528138528146, 12);
    expect(rows[0].pagerank).toBeCloseTo(0.09700181758983709, 9);
    expect(rows[0].community).toBe(0);
    expect(Object.keys(rows[0])).toEqual([
      'node',
      'degree',
      'in_degree',
      'out_degree',
      'weighted_degree',
      'betweenness',
      'pagerank',
      'community',
    ]);
  });

  it('with --disrupt writes the steps alone', async () => {
    const { rows } = await run(fixture('florentine.graphml'), { disrupt: 'betweenness', steps: '2' });
    // 16 families, 15 of them connected: the Medici out leaves 11 of the 15.
    expect(rows).toEqual([
      { step: 1, removed: 'Medici', largest_component: 11 / 15 },
      { step: 2, removed: 'Guadagni', largest_component: 7 / 15 },
    ]);
  });

  it('reads direction and weights, and says what it merged', async () => {
    const p = file('calls.csv', 'source,target,weight\na,b,2\na,b,3\nb,c,1\nc,c,4\n');
    const { rows, stderr } = await run(p, { directed: true, weighted: true });
    expect(rows.map((r) => [r.node, r.in_degree, r.out_degree, r.weighted_degree])).toEqual([
      ['a', 0, 1, 5],
      ['b', 1, 1, 6],
      ['c', 1, 0, 1],
    ]);
    expect(rows[1].betweenness).toBe(1 / 2); // b on a→c, 1 of (n−1)(n−2) = 2 ordered pairs
    expect(stderr).toHaveLength(2);
  });

  it('fails in one line on stderr with exit code 1', async () => {
    for (const [path, opts, message] of [
      [file('h.csv', 'from,to\n1,2\n'), {}, /h.csv line 1: the header has no source column/],
      [join(dir, 'missing.csv'), {}, /cannot be read/],
      [file('w.csv', 'source,target,weight\n1,2,x\n'), {}, /w.csv line 2: the weight is not a number/],
      [fixture('karate.csv'), { format: 'json' }, /--format/],
      [fixture('karate.csv'), { disrupt: 'pagerank' }, /--disrupt/],
      [fixture('karate.csv'), { disrupt: 'degree', steps: '0' }, /--steps/],
      [fixture('florentine.graphml'), { directed: true }, /declares its edges undirected/],
    ] as const) {
      const { code, stderr } = await run(path, opts);
      expect(code).toBe(1);
      expect(stderr).toHaveLength(1);
      expect(stderr[0]).toMatch(message);
      expect(stderr[0]).toMatch(/^lantern network analyse: .*\n$/);
    }
  });
});
