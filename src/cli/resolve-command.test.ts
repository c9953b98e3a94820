import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile } from './resolve-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolve-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function run(path: string, opts: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const code = await resolveFile(path, { minProbability: '0.5', ...opts }, (l) => lines.push(l));
  return { code, rows: lines.map((l) => JSON.parse(l)) };
}

describe('lantern resolve', () => {
  it('writes one line per record with its cluster, and pairs with explanations', async () => {
    const p = file(
      'people.csv',
      'record_id,full_name,date_of_birth,phone,nationality,sex,source\n' +
        '1,Somchai Phromma,15/03/1990,081-234-5678,TH,M,tip\n' +
        '2,Somchay Prommah,15/03/2533,+66812345678,TH,M,bank\n' +
        '3,Nguyen Van Nam,1985,,VN,M,hotline\n' +
        '4,Nguyen Van Nam,12/07/1962,,VN,M,registry\n',
    );
    const { code, rows } = await run(p, { pairs: true });
    expect(code).toBe(0);
    expect(rows.slice(0, 4)).toEqual([
      { record_id: '1', cluster: '1' },
      { record_id: '2', cluster: '1' },
      { record_id: '3', cluster: '3' },
      { record_id: '4', cluster: '4' },
    ]);
    const pair = rows.find((r) => r.pair);
    expect(pair.pair).toEqual(['1', '2']);
    expect(pair.fields.map((f: { field: string }) => f.field)).toContain('birthDate');
    // Each field's level by its code (src/intel/resolution/levels.ts): one date in the Buddhist Era.
    expect(pair.fields.find((f: { field: string }) => f.field === 'birthDate').level).toBe(
      'sameDateBuddhistEra',
    );
  });

  it('says what, where and why for bad input', async () => {
    expect((await run(file('h.csv', 'id,name\n1,A\n'))).code).toBe(2);
    expect((await run(file('d.csv', 'record_id,full_name,date_of_birth\n1,A B,31/31/1990\n'))).code).toBe(2);
    expect((await run(file('e.csv', 'record_id,full_name\n1,\n'))).code).toBe(2);
    expect((await run(join(dir, 'missing.csv'))).code).toBe(2);
  });
});
