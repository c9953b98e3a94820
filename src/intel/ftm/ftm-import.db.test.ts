import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../../server/testing.ts';

let t: TestApp;
let ngo: TestUser;
let cookie: string;

const api = (url: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });
const importInto = (body: string, file = 'picture.ndjson', language = 'en') =>
  t.app.inject({
    method: 'POST',
    url: `/api/intel/import/ftm?file=${file}`,
    ...withSession(cookie),
    headers: { 'content-type': 'application/x-ndjson', 'accept-language': language },
    body,
  });
const count = async (table: 'entities' | 'entity_links', agencyId: string) =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('agency_id', '=', agencyId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  ngo = await makeUser(t, ['analyst']);
  cookie = await signIn(t, ngo);
});
afterAll(() => t.close());

describe('importing FollowTheMoney lines', () => {
  it('links a later file to entities imported before, by their FtM ids', async () => {
    const person = { id: 'aleph-p1' };
    const first = JSON.stringify({ id: person.id, schema: 'Person', properties: { name: ['Ko Aung'] } });
    expect((await importInto(first)).json()).toMatchObject({ status: 'completed', entitiesCreated: 1 });
    const later = [
      { id: 'aleph-v1', schema: 'Vehicle', properties: { registrationNumber: ['1กข 1234'], phone: ['x'] } },
      {
        id: 'aleph-o1',
        schema: 'Ownership',
        properties: { owner: [person.id], asset: ['aleph-v1'], startDate: ['2026'] },
      },
    ];
    const res = await importInto(later.map((l) => JSON.stringify(l)).join('\n'));
    expect(res.json()).toMatchObject({ status: 'completed', entitiesCreated: 1, linksCreated: 1 });
    expect(res.json().ignored).toEqual({ 'Ownership.startDate': 1, 'Vehicle.phone': 1 });
    const plate = (await api('/api/intel/search?q=1กข1234')).json();
    expect(plate.entities).toHaveLength(1);
  });

  it('refuses a file with any bad line, naming each, and changes nothing', async () => {
    const before = [await count('entities', ngo.agencyId), await count('entity_links', ngo.agencyId)];
    const good = JSON.stringify({
      id: 'new-person',
      schema: 'Person',
      properties: { name: ['Somchai Jaidee'] },
    });
    const body = [
      good,
      'this is not json',
      JSON.stringify({ id: 'p2', schema: 'Person', properties: { name: 'Lan' } }),
      JSON.stringify({ id: 'd1', schema: 'Document', properties: { title: ['ledger'] } }),
      JSON.stringify({
        id: 'f1',
        schema: 'Family',
        properties: { person: ['new-person'], relative: ['nobody'] },
      }),
      '{"id": "p3", "schema": "Person", "properties": {"name": ["Nguy',
      // An edge to a line that is bad itself: that line is reported, this one is not.
      JSON.stringify({
        id: 'f2',
        schema: 'Family',
        properties: { person: ['new-person'], relative: ['p2'] },
      }),
    ].join('\n');
    const res = await importInto(body);
    expect(res.statusCode).toBe(400);
    const report = res.json().error.details;
    expect(report.status).toBe('rejected');
    expect(report.badLines.map((b: { line: number; field: string }) => `${b.line} ${b.field}`)).toEqual([
      '2 (row)',
      '3 properties.name',
      '4 schema',
      '5 properties.relative',
      '6 (row)',
    ]);
    expect(report.badLines[3].reason).toBe('names no entity in this file or imported before');
    expect(report.badLines[4].reason).toMatch(/truncated/);
    expect(JSON.stringify(report)).not.toContain('Somchai');
    expect([await count('entities', ngo.agencyId), await count('entity_links', ngo.agencyId)]).toEqual(
      before,
    );
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/intel/import/ftm',
      ...withSession(cookie),
      headers: { 'content-type': 'text/plain' },
      body: good,
    });
    expect(plain.statusCode).toBe(415);
  });

  it("words a refused file's message and reasons in the reader's language, on the answer and the job's page", async () => {
    const body = [
      '{"id": "t1", "schema": "Person", "properties": {"name": ["Nguy',
      JSON.stringify({ id: 't2', schema: 'Person', properties: { name: ['Lan'] } }),
      JSON.stringify({ id: 't3', schema: 'Family', properties: { person: ['t2'], relative: ['t2'] } }),
      JSON.stringify({ id: 't4', schema: 'Ownership', properties: { owner: ['t2'] } }),
    ].join('\n');
    const thai = [
      { line: 1, field: '(row)', reason: 'จบลงกลางออบเจกต์ JSON: บรรทัด (หรือไฟล์) ถูกตัดขาด' },
      { line: 3, field: 'schema', reason: 'เชื่อมเอนทิตีเข้ากับตัวเอง' },
      { line: 4, field: 'properties.asset', reason: 'จำเป็นต้องมี: ปลายด้านที่สองของ Ownership' },
    ];
    const res = await importInto(body, 'thai.ndjson', 'th');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.message).toBe('พบปัญหา 3 รายการในไฟล์: ไม่ได้นำเข้าข้อมูลใด แก้ไขแล้วนำเข้าใหม่');
    expect(error.details).toMatchObject({ status: 'rejected', message: error.message, badLines: thai });
    // The job's page says the same in Thai; what is stored stays in English, as the import wrote it.
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/intel/imports/${error.details.jobId}`,
      headers: { 'accept-language': 'th' },
      ...withSession(cookie),
    });
    expect(page.json()).toMatchObject({
      kind: 'ftm',
      status: 'rejected',
      message: error.message,
      badRows: thai,
    });
    const stored = await t.database.db
      .selectFrom('import_bad_rows')
      .select('reason')
      .where('job_id', '=', error.details.jobId)
      .orderBy('line')
      .execute();
    expect(stored.map((r) => r.reason)).toEqual([
      'ends in the middle of its JSON object: the line (or the file) is truncated',
      'joins an entity to itself',
      'is required: the second end of the Ownership',
    ]);
  });

  it('makes one phone of a number two people list, matches what it holds already, and keeps ids to one type', async () => {
    const people = [
      { id: 'k1', schema: 'Person', properties: { name: ['Kyaw Kyaw'], phone: ['081 234 5678'] } },
      { id: 'k2', schema: 'Person', properties: { name: ['Aye Aye'], phone: ['+66812345678'] } },
    ];
    const file = people.map((l) => JSON.stringify(l)).join('\n');
    const first = (await importInto(file)).json();
    expect(first).toMatchObject({ entitiesCreated: 3, linksCreated: 2, factsAdded: 3 });
    // The same people again in another file (one new fact): nothing is doubled.
    const edited = `${file}\n${JSON.stringify({ id: 'k3', schema: 'Person', properties: { name: ['Mya'] } })}`;
    expect((await importInto(edited)).json()).toMatchObject({
      status: 'completed',
      entitiesCreated: 1,
      entitiesMatched: 3,
      factsAdded: 1,
      linksCreated: 0,
      linksMatched: 2,
    });
    const phones = await t.database.db
      .selectFrom('entities')
      .select('label')
      .where('agency_id', '=', ngo.agencyId)
      .where('type', '=', 'phone')
      .execute();
    expect(phones).toEqual([{ label: '081 234 5678' }]);
    const clash = [
      JSON.stringify({ id: 'k1', schema: 'Company', properties: { name: ['Kyaw Kyaw Ltd'] } }),
      JSON.stringify({ id: 'k9', schema: 'Person', properties: { name: ['A'] } }),
      JSON.stringify({ id: 'k9', schema: 'Person', properties: { name: ['B'] } }),
      JSON.stringify({ id: 'k2', schema: 'Associate', properties: { person: ['k1'], associate: ['k3'] } }),
    ].join('\n');
    const refused = (await importInto(clash)).json().error.details;
    expect(refused.badLines).toEqual([
      { line: 1, field: 'schema', reason: 'was imported before with the type person, not organisation' },
      { line: 3, field: 'id', reason: expect.stringMatching(/appears again \(first on line 2\)/) },
      { line: 4, field: 'id', reason: 'was imported before as an entity, not a link' },
    ]);
    const job = await t.database.db
      .selectFrom('import_jobs')
      .select(['status', 'rows_read'])
      .where('id', '=', refused.jobId)
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'rejected', rows_read: '4' });
  });
});
