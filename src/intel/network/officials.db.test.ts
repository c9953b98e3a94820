import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';

// A site's owner pays an immigration officer three times; a relative pays him once; the owner also pays a worker,
// who holds no office. The officer's post is a fact an analyst records.

let t: TestApp;
let analyst: string;
let other: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-officials-'));

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = analyst) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
async function entity(type: string, label: string) {
  const r = await api('POST', '/api/intel/entities', { type, label });
  expect(r.statusCode).toBe(201);
  return (r.json() as { id: string }).id;
}
async function holds(person: string, account: string) {
  const r = await api('POST', '/api/intel/links', { type: 'holds_account', fromId: person, toId: account });
  expect(r.statusCode).toBe(201);
}

let officer: string;
let owner: string;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  other = await signIn(t, await makeUser(t, ['analyst']));
  const lines = [
    'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
    ...[1, 2, 3].map(
      (d) => `P${d},2026-05-0${d}T10:00:00+07:00,bank,KBANK-100,Owner,KTB-900,Officer,20000,THB,`,
    ),
    'R1,2026-05-04T10:00:00+07:00,bank,SCB-300,Cousin,KTB-900,Officer,500,THB,birthday',
    'W1,2026-05-05T10:00:00+07:00,bank,KBANK-100,Owner,SCB-400,Worker,9000,THB,wages',
  ];
  const path = join(dir, 'money.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId: a.agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS['lantern-transfers'] as ColumnMapping,
    acceptSkips: false,
  });
  officer = await entity('person', 'Somsak Jaidee');
  owner = await entity('person', 'Prasert Mekong');
  const worker = await entity('person', 'Thida Win');
  await holds(officer, await entity('account', 'KTB-900'));
  await holds(owner, await entity('account', 'KBANK-100'));
  await holds(worker, await entity('account', 'SCB-400'));
}, 60_000);
afterAll(() => t.close());

interface Payment {
  official: { id: string; label: string };
  office: string;
  payerAccount: string;
  payer: { id: string; label: string } | null;
  transfers: number;
  total: number;
}
const payments = async (cookie = analyst) =>
  (await api('GET', '/api/intel/network/money/officials', undefined, cookie)).json() as {
    payments: Payment[];
  };

describe('payments to officials', () => {
  it('shows nothing until a post is recorded, then the money into the official’s account, largest first', async () => {
    expect((await payments()).payments).toEqual([]);
    const fact = await api('POST', `/api/intel/entities/${officer}/facts`, {
      attribute: 'public_office',
      value: 'Immigration officer, Mae Sot checkpoint',
    });
    expect(fact.statusCode).toBe(201);
    const found = (await payments()).payments;
    expect(found.map((p) => [p.payerAccount, p.payer?.label ?? null, p.transfers, p.total])).toEqual([
      ['KBANK-100', 'Prasert Mekong', 3, 60000],
      ['SCB-300', null, 1, 500],
    ]);
    expect(found[0]?.official).toMatchObject({ id: officer, label: 'Somsak Jaidee' });
    expect(found[0]?.office).toBe('Immigration officer, Mae Sot checkpoint');
    expect(found[0]?.payer?.id).toBe(owner);
  });

  it('keeps each agency to its own picture, and refuses the post on an entity that is not a person', async () => {
    expect((await payments(other)).payments).toEqual([]);
    const site = await entity('site', 'Mekong Seafood');
    const bad = await api('POST', `/api/intel/entities/${site}/facts`, {
      attribute: 'public_office',
      value: 'x',
    });
    expect(bad.statusCode).toBe(400);
  });
});
