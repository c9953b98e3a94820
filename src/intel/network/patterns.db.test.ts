import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';

// Money: four workers paying one collector (fan-in), money going round three accounts (a cycle), a collector
// depositing 48,000–49,800 THB again and again under the 50,000 threshold (structuring). Calls: a number that
// falls silent and a new one that calls the same four people three days later (a SIM swap).

let t: TestApp;
let analyst: string;
let outsider: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-network-patterns-'));
const at = (day: number, hour = 10) =>
  `2026-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const transfers = [
    'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
    ...['W1', 'W2', 'W3', 'W4'].map(
      (w, i) => `F${i},${at(i + 1)},bank,${w},Worker,COLL-1,Collector,3000,THB,debt`,
    ),
    `C1,${at(5)},bank,ACC-A,A,ACC-B,B,100000,THB,`,
    `C2,${at(6)},bank,ACC-B,B,ACC-C,C,99000,THB,`,
    `C3,${at(7)},bank,ACC-C,C,ACC-A,A,98000,THB,`,
    ...[49_800, 48_500, 49_000, 40_000].map(
      (amount, i) => `S${i},${at(8 + i)},cash_deposit,COLL-1,Collector,BOSS-1,Boss,${amount},THB,`,
    ),
  ];
  const calls = [
    'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
    ...['01', '02', '03', '04'].map((c, i) => `K${i},+66810000000,+668200000${c},${at(1 + i)},30,voice,,,`),
    ...['01', '02', '03', '04'].map((c, i) => `N${i},+66830000000,+668200000${c},${at(12 + i)},30,voice,,,`),
    `Z1,+66890000000,+66820000001,${at(28)},30,voice,,,`,
  ];
  for (const [name, lines, mapping] of [
    ['transfers.csv', transfers, 'lantern-transfers'],
    ['calls.csv', calls, 'lantern'],
  ] as const) {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    await importFile(t.database, {
      actor: SYSTEM_CLI,
      agencyId: a.agencyId,
      path,
      mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
      acceptSkips: false,
    });
  }
}, 60_000);
afterAll(() => t.close());

const get = async (cookie: string, url: string) => {
  const res = await t.app.inject({ method: 'GET', url, ...withSession(cookie) });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('money and call patterns', () => {
  it('finds the account many pay into, and the one paying many', async () => {
    const fanIn = (await get(analyst, '/api/intel/network/money/fans?direction=in&min=3')).accounts;
    expect(fanIn).toEqual([{ account: 'COLL-1', counterparts: 4, transfers: 4, total: 12_000 }]);
    expect((await get(analyst, '/api/intel/network/money/fans?direction=out&min=3')).accounts).toEqual([]);
  });

  it('finds money going round, once', async () => {
    const found = (await get(analyst, '/api/intel/network/money/cycles?maxLength=4')).cycles;
    expect(found).toEqual([['ACC-A', 'ACC-B', 'ACC-C']]);
  });

  it('finds deposits kept just under the reporting threshold', async () => {
    const found = (await get(analyst, '/api/intel/network/money/structuring?min=3')).accounts;
    expect(found).toEqual([
      expect.objectContaining({
        account: 'COLL-1',
        currency: 'THB',
        threshold: 50_000,
        transfers: 3,
        total: 147_300,
      }),
    ]);
  });

  it('finds the new number that took over the old one’s contacts', async () => {
    const swaps = (await get(analyst, '/api/intel/network/calls/sim-swaps?minShared=3')).swaps;
    expect(swaps).toEqual([
      expect.objectContaining({ old: '+66810000000', new: '+66830000000', shared: 4, overlap: 1 }),
    ]);
  });

  it('shows another agency none of it', async () => {
    expect((await get(outsider, '/api/intel/network/money/fans?direction=in&min=2')).accounts).toEqual([]);
    expect((await get(outsider, '/api/intel/network/calls/sim-swaps')).swaps).toEqual([]);
  });
});
