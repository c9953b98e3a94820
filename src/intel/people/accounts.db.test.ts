import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, startTestApp, type TestApp } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { resolvePeople } from './run.ts';

// Banks' account-opening records: the holder's identity number ties an account, and the names on its transfers,
// to the person a subscriber register knows by the same number.

let t: TestApp;
let agencyId: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-accounts-'));

async function load(kind: string, name: string, lines: string[], acceptSkips = false) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return importFile(t.database, {
    actor: { ...SYSTEM_CLI, agencyId },
    agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS[`lantern-${kind}`] as ColumnMapping,
    acceptSkips,
  });
}

/** The person entity holding a phone or an account, by the entity's label. */
async function holderOf(type: 'phone' | 'account', label: string) {
  const rows = await t.database.db
    .selectFrom('entity_links')
    .innerJoin('entities as held', 'held.id', 'entity_links.to_id')
    .select('entity_links.from_id')
    .where('entity_links.agency_id', '=', agencyId)
    .where('held.type', '=', type)
    .where('held.label', '=', label)
    .execute();
  return rows.map((r) => r.from_id);
}

beforeAll(async () => {
  t = await startTestApp();
  agencyId = (await makeUser(t, ['analyst'])).agencyId;
  await load('subscribers', 'subs.csv', [
    'subscriber_id,phone,provider,registered_name,id_number,registered_on',
    'S1,+959631907772,MPT,Ko Zin Win Lwin,12/KaMaYa(N)120261,2024-01-02',
    'S2,+959400000001,MPT,Myint Zayar,,2024-01-02',
  ]);
  await load('transfers', 'money.csv', [
    'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
    'T1,2025-11-11T09:43:47+06:30,bank,KBZ-4704450361,Myint Zayar,KBZ-2366259934,Ko Zin Win Lwin,1020000,MMK,placement',
  ]);
}, 60_000);
afterAll(() => t.close());

describe("banks' account-opening records", () => {
  it('refuses a file whose holder is missing, naming the row and the field, and keeps nothing', async () => {
    const report = await load('accounts', 'bad.csv', [
      'account,bank,holder_name,id_number,birth_date,opened_on',
      'KBZ-2366259934,KBZ,,12/KaMaYa(N)120261,1987-04-14,2019-06-01',
    ]);
    expect(report.status).toBe('rejected');
    expect(JSON.stringify(report)).toMatch(/holder_name/);
    const kept = await t.database.db.selectFrom('bank_accounts').selectAll().execute();
    expect(kept).toEqual([]);
  });

  it('joins an account, and the names on its transfers, to the person whose phone the register names', async () => {
    const actor = { ...SYSTEM_CLI, agencyId };
    await resolvePeople(t.database.db, actor, 'before');
    // The name alone on a transfer does not join the account to the subscriber.
    const phoneHolder = await holderOf('phone', '+959631907772');
    expect(phoneHolder).toHaveLength(1);
    expect(await holderOf('account', 'KBZ-2366259934')).not.toEqual(phoneHolder);

    const report = await load('accounts', 'kyc.csv', [
      'account,bank,holder_name,id_number,birth_date,opened_on',
      'KBZ-2366259934,KBZ,KO ZIN WIN LWIN,12/KaMaYa(N)120261,1987-04-14,2019-06-01',
    ]);
    expect(report.status).toBe('completed');
    // The same file again changes nothing.
    expect(
      (
        await load('accounts', 'kyc.csv', [
          'account,bank,holder_name,id_number,birth_date,opened_on',
          'KBZ-2366259934,KBZ,KO ZIN WIN LWIN,12/KaMaYa(N)120261,1987-04-14,2019-06-01',
        ])
      ).status,
    ).toBe('already_imported');
    await resolvePeople(t.database.db, actor, 'after');
    const [person] = await holderOf('phone', '+959631907772');
    expect(await holderOf('account', 'KBZ-2366259934')).toEqual([person]);
    // The payer, known by name only, stays apart from everyone.
    expect(await holderOf('account', 'KBZ-4704450361')).not.toContain(person);
  });
});
