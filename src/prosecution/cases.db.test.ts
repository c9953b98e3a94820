import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { insertOperation, logArrest, seizeExhibit, share } from './case-fixture.ts';

// A police agency concludes an operation with two people arrested (one of them logged twice) and three ledgers
// seized, and shares the operation and two of the ledgers with a prosecution office. The prosecutor opens the
// case file from it: two suspects, two exhibits, not the third. An operation not shared, or still running, opens
// nothing. Another office's prosecutor sees none of it.

let t: TestApp;
let police: TestUser;
let prosecutor: string;
let stranger: string;
let officeId: string;
const ids = {} as Record<'concluded' | 'running' | 'unshared' | 'suspect' | 'site' | 'case', string>;
const exhibits: string[] = [];

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const count = async (table: 'prosecution_cases' | 'prosecution_suspects' | 'prosecution_evidence') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  police = await makeUser(t, ['investigator']);
  officeId = await insertAgency(t.database.db, 'Provincial prosecution office', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  const otherOffice = await insertAgency(t.database.db, 'Another prosecution office', 'prosecution');
  stranger = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: otherOffice }));
  const db = t.database.db;
  const entity = async (type: string, label: string) =>
    (
      await db
        .insertInto('entities')
        .values({ agency_id: police.agencyId, type, label })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  ids.suspect = await entity('person', 'Somchai K.');
  ids.site = await entity('site', 'Golden Prawn shed');
  ids.concluded = await insertOperation(t, police, {
    codeName: 'HERON',
    status: 'concluded',
    targetEntityId: ids.site,
  });
  ids.running = await insertOperation(t, police, { codeName: 'KITE', status: 'executing' });
  ids.unshared = await insertOperation(t, police, { codeName: 'OWL', status: 'concluded' });
  await logArrest(t, police, ids.concluded, 'Somchai K.', ids.suspect, 1);
  await logArrest(t, police, ids.concluded, 'Somchai K.', ids.suspect, 2);
  await logArrest(t, police, ids.concluded, 'Unknown guard', null, 3);
  for (const [i, d] of ['Debt ledger', 'Wage ledger', 'Visitors book'].entries())
    exhibits.push((await seizeExhibit(t, police, ids.concluded, d, i)).id);
  for (const op of [ids.concluded, ids.running]) await share(t, police, 'operation', op, officeId);
  await share(t, police, 'exhibit', exhibits[0] as string, officeId);
  await share(t, police, 'exhibit', exhibits[1] as string, officeId);
}, 120_000);
afterAll(() => t.close());

describe('a case file from an operation', () => {
  it('brings the arrests as suspects and only the exhibits shared with the office', async () => {
    const r = await api('POST', '/api/prosecution/cases', prosecutor, { operationId: ids.concluded });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ suspects: 2, evidence: 2 });
    expect(r.json().ref).toMatch(/^PC-\d{4}-\d{6}$/);
    ids.case = r.json().id;
    const page = (await api('GET', `/api/prosecution/cases/${ids.case}`, prosecutor)).json();
    expect(page).toMatchObject({ title: 'Operation HERON', origin: 'operation', siteEntityId: ids.site });
    expect(page.operation.codeName).toBe('HERON');
    expect(
      page.suspects.map((s: { label: string; entityId: string | null; arrested: boolean }) => [
        s.label,
        s.entityId,
        s.arrested,
      ]),
    ).toEqual([
      ['Somchai K.', ids.suspect, true],
      ['Unknown guard', null, true],
    ]);
    expect(page.evidence.map((e: { exhibitId: string }) => e.exhibitId)).toEqual([exhibits[0], exhibits[1]]);
    expect(page.evidence.map((e: { kind: string; class: string }) => [e.kind, e.class])).toEqual([
      ['exhibit', 'independent'],
      ['exhibit', 'independent'],
    ]);
    const opened = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.case_open')
      .where('outcome', '=', 'success')
      .executeTakeFirstOrThrow();
    expect(opened.detail).toEqual({
      operation: ids.concluded,
      suspects: 2,
      exhibits: [exhibits[0], exhibits[1]],
    });
  });

  it('refuses an operation not shared (404), still running (409) or already opened (409), writing nothing', async () => {
    const before = [
      await count('prosecution_cases'),
      await count('prosecution_suspects'),
      await count('prosecution_evidence'),
    ];
    const unshared = await api('POST', '/api/prosecution/cases', prosecutor, { operationId: ids.unshared });
    expect(unshared.statusCode).toBe(404);
    expect(unshared.json().error.message).toMatch(/operationId/);
    const running = await api('POST', '/api/prosecution/cases', prosecutor, { operationId: ids.running });
    expect(running.statusCode).toBe(409);
    expect(running.json().error.message).toMatch(/KITE is executing/);
    const again = await api('POST', '/api/prosecution/cases', prosecutor, { operationId: ids.concluded });
    expect(again.statusCode).toBe(409);
    // Another office cannot open one from it either: it was not shared with them.
    expect(
      (await api('POST', '/api/prosecution/cases', stranger, { operationId: ids.concluded })).statusCode,
    ).toBe(404);
    expect([
      await count('prosecution_cases'),
      await count('prosecution_suspects'),
      await count('prosecution_evidence'),
    ]).toEqual(before);
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.case_open')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.map((d) => d.detail.reason).sort()).toEqual(['not_concluded', 'not_shared', 'not_shared']);
  });

  it('is the office’s own: another office’s prosecutor finds nothing', async () => {
    expect((await api('GET', `/api/prosecution/cases/${ids.case}`, stranger)).statusCode).toBe(404);
    expect((await api('GET', `/api/prosecution/cases/${ids.case}/scope`, stranger)).statusCode).toBe(404);
    expect((await api('GET', '/api/prosecution/cases', stranger)).json().cases).toEqual([]);
    const add = await api('POST', `/api/prosecution/cases/${ids.case}/suspects`, stranger, {
      label: 'Someone',
    });
    expect(add.statusCode).toBe(404);
    const list = (await api('GET', '/api/prosecution/cases', prosecutor)).json().cases;
    expect(list.map((c: { id: string; suspects: number }) => [c.id, c.suspects])).toEqual([[ids.case, 2]]);
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', 'in', ['prosecution.case_read', 'prosecution.cases_list'])
      .execute();
    expect(reads.map((r) => r.action).sort()).toEqual([
      'prosecution.case_read',
      'prosecution.cases_list',
      'prosecution.cases_list',
    ]);
    expect(JSON.stringify(reads)).not.toMatch(/Somchai|HERON/);
  });
});

describe('suspects', () => {
  it('adds a suspect by label with a role and classes it; a role change reclasses', async () => {
    const r = await api('POST', `/api/prosecution/cases/${ids.case}/suspects`, prosecutor, {
      label: 'Driver of the van',
      role: 'transporter',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ role: 'transporter', tier: 'facilitator' });
    const role = await api(
      'PUT',
      `/api/prosecution/cases/${ids.case}/suspects/${r.json().suspectId}/role`,
      prosecutor,
      { role: 'money_collector' },
    );
    expect(role.json()).toMatchObject({ role: 'money_collector', tier: 'exploiter' });
  });

  it('refuses an entity the prosecutor may not see, changing nothing', async () => {
    const before = await count('prosecution_suspects');
    const r = await api('POST', `/api/prosecution/cases/${ids.case}/suspects`, prosecutor, {
      entityId: ids.suspect,
    });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toMatch(/entityId/);
    expect(await count('prosecution_suspects')).toBe(before);
  });

  it('records cooperation and confession as steps, in an order that makes sense', async () => {
    const page = (await api('GET', `/api/prosecution/cases/${ids.case}`, prosecutor)).json();
    const s = page.suspects[0].id;
    const step = (kind: string, on = '2026-11-25') =>
      api('POST', `/api/prosecution/cases/${ids.case}/suspects/${s}/steps`, prosecutor, { step: kind, on });
    expect((await step('cooperation_ended')).statusCode).toBe(409);
    expect((await step('cooperating')).statusCode).toBe(201);
    expect((await step('cooperating')).statusCode).toBe(409);
    expect((await step('confessed', '2026-11-26')).statusCode).toBe(201);
    expect((await step('cooperation_ended', '2026-11-28')).statusCode).toBe(201);
    const after = (await api('GET', `/api/prosecution/cases/${ids.case}`, prosecutor)).json().suspects[0];
    expect(after).toMatchObject({ cooperation: 'cooperation_ended', confession: 'confessed' });
    expect(after.steps.map((x: { step: string; on: string }) => [x.step, x.on])).toEqual([
      ['cooperating', '2026-11-25'],
      ['confessed', '2026-11-26'],
      ['cooperation_ended', '2026-11-28'],
    ]);
  });
});

describe('the words a case file is opened with', () => {
  // Two more operations concluded and shared, each with an arrest that names no one: one opened by a prosecutor
  // reading Thai, the other in English. The title and the unnamed suspect are stored in the opener's language.
  const openIn = async (codeName: string, language: string | null) => {
    const op = await insertOperation(t, police, { codeName, status: 'concluded' });
    await logArrest(t, police, op, null, null, 5);
    await share(t, police, 'operation', op, officeId);
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/prosecution/cases',
      ...withSession(prosecutor),
      ...(language ? { headers: { 'accept-language': language } } : {}),
      payload: { operationId: op },
    });
    expect(r.statusCode, r.body).toBe(201);
    const page = (await api('GET', `/api/prosecution/cases/${r.json().id}`, prosecutor)).json();
    return { title: page.title, labels: page.suspects.map((s: { label: string }) => s.label) };
  };

  it('writes the title and an unnamed arrested person in Thai for a prosecutor reading Thai', async () => {
    expect(await openIn('EGRET', 'th-TH,th;q=0.9')).toEqual({
      title: 'ปฏิบัติการ EGRET',
      labels: ['ผู้ถูกจับกุมที่ไม่ทราบชื่อ'],
    });
  });

  it('writes them in English as before, for English and when no language is asked', async () => {
    expect(await openIn('IBIS', 'en')).toEqual({
      title: 'Operation IBIS',
      labels: ['Unnamed arrested person'],
    });
    expect(await openIn('STORK', null)).toEqual({
      title: 'Operation STORK',
      labels: ['Unnamed arrested person'],
    });
  });
});
