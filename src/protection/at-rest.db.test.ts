import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskFolder, scanFolder, startDiskApp } from '../access/at-rest-testing.ts';
import { makeUser, signIn, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// The caseworker's notes and the person's identity on a disk-backed embedded database: after the app is closed, no file of the data folder
// (table files, write-ahead log) holds them; the caseworker still reads them on the next start. A control value
// written in clear is found, so the scan can fail.

const unique = (label: string) => `${label}${randomBytes(9).toString('hex')}`;
const C = {
  need: unique('CanaryNeed'),
  service: unique('CanaryService'),
  name: unique('CanaryName'),
  passport: unique('PASSPORT'),
};
const CONTROL = unique('ControlInClear');
const folder = diskFolder();
let t: TestApp;
let caseId = '';
let worker = '';

const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startDiskApp(folder);
  const officer = await makeUser(t, ['screening_officer']);
  const socialWorker = await makeUser(t, ['social_worker'], { agencyId: officer.agencyId });
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, socialWorker);
  caseId = await openCase(t, screener, worker);
  expect((await call('POST', `/api/protection/cases/${caseId}/owner`, worker)).statusCode).toBe(200);
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: 'some',
    note: domain === 'safety' ? C.need : '',
  }));
  expect(
    (await call('POST', `/api/protection/cases/${caseId}/needs`, worker, { language: 'my', needs }))
      .statusCode,
  ).toBe(201);
  const offered = await call('POST', `/api/protection/cases/${caseId}/services`, worker, {
    service: 'shelter',
    language: 'my',
    note: C.service,
  });
  expect(offered.statusCode).toBe(201);
  const identity = await call('PUT', `/api/protection/cases/${caseId}/identity`, worker, {
    names: [C.name],
    birthDate: '2009-03-14',
    nationality: 'MM',
    phones: [],
    documents: [{ kind: 'passport', number: C.passport, country: 'MM' }],
    address: '',
    photo: null,
  });
  expect(identity.statusCode, identity.body).toBe(200);
  await t.database.db
    .updateTable('agencies')
    .set({ name: CONTROL })
    .where('id', '=', officer.agencyId)
    .execute();
  await t.close();
}, 120_000);
afterAll(() => folder.remove());

// On an embedded data folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)('protection notes at rest', () => {
  it('leave no trace in any file of the data folder, and read back for the caseworker', async () => {
    const scan = scanFolder(folder.dataDir, { ...C, control: CONTROL });
    expect(scan.read.some((f) => f.includes('pg_wal'))).toBe(true);
    expect(scan.found.control?.length).toBeGreaterThan(0);
    const { control: _control, ...leaks } = scan.found;
    expect(leaks).toEqual({});
    t = await startDiskApp(folder, Date.now() + 120_000);
    try {
      const page = (await call('GET', `/api/protection/cases/${caseId}`, worker)).json();
      expect(page.needs[0].note).toBe(C.need);
      expect(page.services[0].steps[0].note).toBe(C.service);
      const id = (await call('GET', `/api/protection/cases/${caseId}/identity`, worker)).json().identity;
      expect([id.names[0], id.documents[0].number]).toEqual([C.name, C.passport]);
    } finally {
      await t.close();
    }
  });
});
