import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { LEVEL_CODES } from '../resolution/levels.ts';

let t: TestApp;
let police: string;
let agencyId: string;
const dir = mkdtempSync(join(tmpdir(), 'lantern-people-'));

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = police) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

async function load(kind: string, name: string, lines: string[]) {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  await importFile(t.database, {
    actor: { ...SYSTEM_CLI, agencyId },
    agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS[`lantern-${kind}`] as ColumnMapping,
    acceptSkips: false,
  });
}

const entityOfName = async (name: string) =>
  (
    await t.database.db
      .selectFrom('person_records')
      .select(['entity_id', 'source'])
      .where('name', '=', name)
      .execute()
  ).map((r) => r.entity_id);

beforeAll(async () => {
  t = await startTestApp();
  const user = await makeUser(t, ['analyst']);
  police = await signIn(t, user);
  agencyId = user.agencyId;
  await load('subscribers', 'subs.csv', [
    'subscriber_id,phone,provider,registered_name,id_number,registered_on',
    'S1,+66812345678,AIS,Somchai Phromma,3100600123456,2024-01-02',
    'S2,0812345678,AIS,สมชาย พรหมมา,,2025-02-03',
    'S3,+84901234567,Viettel,Nguyễn Văn Nam,,2024-05-06',
  ]);
  await load('transfers', 'money.csv', [
    'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
    'T1,2026-05-05T08:10:38+07:00,bank,KBANK-1111,Somchay Prommah,TCB-2222,Nguyen Van Nam,5000,THB,fee',
    'T2,2026-05-06T08:10:38+07:00,bank,KBANK-1111,Somchai Phromma,WING-3333,Mekong Seafood Co. Ltd,9000,THB,',
  ]);
  await load('crossings', 'border.csv', [
    'crossing_id,crossed_at,checkpoint_id,checkpoint,direction,traveller_name,nationality,date_of_birth,document_type,document_number,vehicle_plate',
    'X1,2026-05-05T09:07:54+07:00,x1,Mae Sot,out,Somchai Phromma,TH,12/03/1985,border_pass,3100600123456,1กข 1234',
    'X2,2026-05-05T09:07:54+07:00,x2,Bavet,in,Nguyen Van Nam,VN,1990-01-01,passport,C1111111,',
    'X3,2026-05-07T09:07:54+07:00,x2,Bavet,in,Nguyen Van Nam,VN,1972-05-05,passport,C9999999,',
  ]);
}, 60_000);
afterAll(() => t.close());

describe('records become people', () => {
  it('resolves the imported records into people, organisations, phones, accounts and vehicles', async () => {
    const run = await api('POST', '/api/intel/resolution/runs');
    expect(run.statusCode).toBe(200);
    const summary = run.json();
    expect(summary.records).toBe(10);
    // The broker's subscriber records (Latin and Thai script, same phone) and his crossing (same id number) are
    // one person.
    const [broker] = await entityOfName('สมชาย พรหมมา');
    expect(broker).toBeTruthy();
    const bySource = async (source: string, name: string) =>
      (
        await t.database.db
          .selectFrom('person_records')
          .select('entity_id')
          .where('source', '=', source)
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).entity_id;
    expect(await bySource('subscriber', 'Somchai Phromma')).toBe(broker);
    expect(await bySource('traveller', 'Somchai Phromma')).toBe(broker);
    // The account's two holders' names are one holder; nothing but the name ties that holder to the broker, so
    // they stay apart until an analyst says otherwise.
    const holder = await bySource('account_holder', 'Somchai Phromma');
    expect(await bySource('account_holder', 'Somchay Prommah')).toBe(holder);
    expect(holder).not.toBe(broker);
    // Two travellers sharing a common name and nothing else stay two people, and apart from the subscriber.
    const travellers = (
      await t.database.db
        .selectFrom('person_records')
        .select('entity_id')
        .where('source', '=', 'traveller')
        .where('name', '=', 'Nguyen Van Nam')
        .execute()
    ).map((r) => r.entity_id);
    expect(new Set(travellers).size).toBe(2);
    expect(travellers).not.toContain(await bySource('subscriber', 'Nguyễn Văn Nam'));
    // The company is an organisation, never a person.
    const company = await t.database.db
      .selectFrom('person_records')
      .innerJoin('entities', 'entities.id', 'person_records.entity_id')
      .select(['person_records.kind', 'entities.type'])
      .where('person_records.name', '=', 'Mekong Seafood Co. Ltd')
      .executeTakeFirstOrThrow();
    expect(company).toEqual({ kind: 'organisation', type: 'organisation' });
    // The broker's page links his phone, id card and vehicle; the holder's page the account.
    const page = (await api('GET', `/api/intel/entities/${broker}`)).json();
    expect(page.type).toBe('person');
    const linked = page.links.map(
      (l: { type: string; other: { label: string } }) => `${l.type} ${l.other.label}`,
    );
    expect(linked).toEqual(
      expect.arrayContaining([
        'uses_phone +66812345678',
        'holds_document 3100600123456',
        'uses_vehicle 1กข 1234',
      ]),
    );
    const holderPage = (await api('GET', `/api/intel/entities/${holder}`)).json();
    expect(holderPage.links.map((l: { type: string }) => l.type)).toEqual(['holds_account']);
  });

  it('runs again without changing who is who or making new entities', async () => {
    const before = await t.database.db.selectFrom('entities').select('id').orderBy('id').execute();
    const again = (await api('POST', '/api/intel/resolution/runs')).json();
    expect(again.created).toBe(0);
    const after = await t.database.db.selectFrom('entities').select('id').orderBy('id').execute();
    expect(after).toEqual(before);
  });

  it('finds the person from a Thai-script name and shows his records with why they were grouped', async () => {
    const found = (await api('GET', `/api/intel/search?q=${encodeURIComponent('สมชาย พรหมมา')}`)).json();
    const [broker] = await entityOfName('สมชาย พรหมมา');
    const people = found.entities.filter((e: { type: string }) => e.type === 'person');
    expect(people[0]?.id).toBe(broker);
    expect(people[0]?.value).toBe('สมชาย พรหมมา');
    // One hit per person, never one per record.
    expect(new Set(people.map((e: { id: string }) => e.id)).size).toBe(people.length);
    const records = (await api('GET', `/api/intel/entities/${broker}/records`)).json();
    expect(records.records.length).toBeGreaterThanOrEqual(3);
    expect(records.why.length).toBeGreaterThan(0);
    expect(records.why[0].why.length).toBeGreaterThan(0);
    // Each field's level goes out as its code, which the screens word.
    for (const c of records.why[0].why) expect(LEVEL_CODES).toContain(c.level);
    // The account holder of the same name waits for review beside him.
    expect(records.elsewhere.some((p: { band: string }) => p.band === 'review')).toBe(true);
  });

  it('lets an analyst confirm a pair from the review queue, and undo it', async () => {
    const [broker] = await entityOfName('สมชาย พรหมมา');
    const queue = (await api('GET', '/api/intel/resolution/review?limit=50')).json();
    const pair = queue.pairs.find(
      (p: { a: { entityId: string; source: string }; b: { entityId: string; source: string } }) =>
        [p.a, p.b].some((r) => r.entityId === broker) &&
        [p.a, p.b].some((r) => r.source === 'account_holder'),
    );
    expect(pair).toBeTruthy();
    expect(pair.why.find((w: { field: string }) => w.field === 'name').weight).toBeGreaterThan(0);
    const decided = await api('POST', '/api/intel/resolution/decisions', {
      a: pair.a.id,
      b: pair.b.id,
      decision: 'same',
      note: 'same man: bank KYC photo',
    });
    expect(decided.statusCode).toBe(201);
    const holder = [pair.a, pair.b].find((r: { source: string }) => r.source === 'account_holder');
    expect(decided.json().records.map((r: { entityId: string }) => r.entityId)).toEqual([broker, broker]);
    expect(await entityOfName('Somchay Prommah')).toEqual([broker]);
    // Only pairs between two entities wait: a decision on them changes the picture.
    for (const p of queue.pairs) expect(p.a.entityId).not.toBe(p.b.entityId);
    // Decided pairs leave the queue.
    const after = (await api('GET', '/api/intel/resolution/review?limit=50')).json();
    expect(after.waiting).toBeLessThan(queue.waiting);
    expect(
      after.pairs.some(
        (p: { a: { id: string }; b: { id: string } }) => p.a.id === pair.a.id && p.b.id === pair.b.id,
      ),
    ).toBe(false);
    const undo = await api('POST', `/api/intel/resolution/decisions/${decided.json().id}/undo`);
    expect(undo.statusCode).toBe(200);
    expect((await entityOfName('Somchay Prommah'))[0]).not.toBe(broker);
    const holderNow = await t.database.db
      .selectFrom('person_records')
      .select('entity_id')
      .where('id', '=', holder.id)
      .executeTakeFirstOrThrow();
    expect(holderNow.entity_id).not.toBe(broker);
  });

  it('lets an analyst split a record off, and undo it', async () => {
    const [broker] = await entityOfName('สมชาย พรหมมา');
    const thai = await t.database.db
      .selectFrom('person_records')
      .select('id')
      .where('name', '=', 'สมชาย พรหมมา')
      .executeTakeFirstOrThrow();
    const split = await api('POST', `/api/intel/resolution/records/${thai.id}/split`);
    expect(split.statusCode).toBe(200);
    const moved = split.json().records[0];
    expect(moved.entityId).not.toBe(broker);
    const decisions = (await api('GET', '/api/intel/resolution/decisions')).json().decisions;
    expect(decisions.length).toBeGreaterThan(0);
    // Reads of records that name people are audited, with the entities shown and never a name.
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', [
        'intel.resolution_queue_read',
        'intel.resolution_decisions_read',
        'intel.resolution_records_read',
      ])
      .execute();
    expect(new Set(reads.map((r) => r.action)).size).toBe(3);
    expect(JSON.stringify(reads)).not.toContain('Somchai');
    for (const id of split.json().decisions) {
      const u = await api('POST', `/api/intel/resolution/decisions/${id}/undo`);
      expect(u.statusCode).toBe(200);
    }
    expect(await entityOfName('สมชาย พรหมมา')).toEqual([broker]);
    // Every decision and its undoing is in the audit log.
    const audited = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'resource_id'])
      .where('action', 'in', ['intel.resolution_decide', 'intel.resolution_undo', 'intel.resolution_run'])
      .execute();
    const ids: string[] = split.json().decisions;
    const undone = audited.filter(
      (a) => a.action === 'intel.resolution_undo' && ids.includes(a.resource_id ?? ''),
    );
    const decided = audited.filter(
      (a) => a.action === 'intel.resolution_decide' && ids.includes(a.resource_id ?? ''),
    );
    expect([undone.length, decided.length]).toEqual([ids.length, ids.length]);
  });

  it('refuses a decision on records of another agency or on one record twice', async () => {
    const rec = await t.database.db.selectFrom('person_records').select('id').executeTakeFirstOrThrow();
    const same = await api('POST', '/api/intel/resolution/decisions', {
      a: rec.id,
      b: rec.id,
      decision: 'same',
    });
    expect(same.statusCode).toBe(400);
    const other = await signIn(t, await makeUser(t, ['analyst']));
    const foreign = await api(
      'POST',
      '/api/intel/resolution/decisions',
      { a: rec.id, b: '00000000-0000-4000-8000-000000000009', decision: 'same' },
      other,
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('resolves a new import against the people already known, without resolving everything again', async () => {
    const [broker] = await entityOfName('สมชาย พรหมมา');
    await load('subscribers', 'subs2.csv', [
      'subscriber_id,phone,provider,registered_name,id_number,registered_on',
      'S9,+66812345678,AIS,Somchai P.,,2026-01-02',
      'S10,+66955555555,DTAC,Kyaw Kyaw Moe,,2026-01-02',
    ]);
    const { resolveNew } = await import('./incremental.ts');
    const result = await resolveNew(t.database.db, { ...SYSTEM_CLI, agencyId }, 'test-import');
    expect(result).toMatchObject({ records: 2, full: false, joined: 1, created: 1 });
    // Only the new records and the people they could join were scored, not the whole picture.
    expect(result?.scored).toBeLessThan(10);
    expect(await entityOfName('Somchai P.')).toEqual([broker]);
    const [kyaw] = await entityOfName('Kyaw Kyaw Moe');
    expect(kyaw).toBeTruthy();
    expect(kyaw).not.toBe(broker);
    const found = (await api('GET', '/api/intel/search?q=Kyaw%20Kyaw%20Moe')).json();
    expect(found.entities[0]?.id).toBe(kyaw);
  });
});
