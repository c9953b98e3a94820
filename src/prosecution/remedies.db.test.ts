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
import { insertOperation, logArrest, share } from './case-fixture.ts';

// Beside the criminal case from an operation on a site, the prosecutor records the remedies asked of other
// authorities: the labour inspectorate closes the site, the owner's licence is revoked and appealed, a civil suit is
// refused and appealed. Each step follows the one before it, never out of order or dated before it; a case from
// intelligence has no site to close. Another office's prosecutor finds nothing; audit entries hold ids and codes.

let t: TestApp;
let police: TestUser;
let prosecutor: string;
let stranger: string;
let caseId: string;
let intelCaseId: string;
let siteId: string;
let suspectId: string;
const remedy = {} as Record<'closure' | 'licence' | 'suit', string>;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = (id = caseId) => `/api/prosecution/cases/${id}/remedies`;
const step = (id: string, status: string, on: string, cookie = prosecutor, reference?: string) =>
  api('POST', `${base()}/${id}/steps`, cookie, { status, on, ...(reference ? { reference } : {}) });
const read = async () => {
  const r = await api('GET', base(), prosecutor);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
};
const count = async (table: 'prosecution_remedies' | 'prosecution_remedy_steps') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const counts = async () => [await count('prosecution_remedies'), await count('prosecution_remedy_steps')];

beforeAll(async () => {
  t = await startTestApp();
  police = await makeUser(t, ['investigator']);
  const officeId = await insertAgency(t.database.db, 'Labour crimes prosecution office', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  const other = await insertAgency(t.database.db, 'Another prosecution office', 'prosecution');
  stranger = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: other }));
  siteId = (
    await t.database.db
      .insertInto('entities')
      .values({ agency_id: police.agencyId, type: 'site', label: 'Seafood shed, Mahachai' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const op = await insertOperation(t, police, {
    codeName: 'PLOVER',
    status: 'concluded',
    targetEntityId: siteId,
  });
  await logArrest(t, police, op, 'Shed owner', null, 1);
  await share(t, police, 'operation', op, officeId);
  caseId = (await api('POST', '/api/prosecution/cases', prosecutor, { operationId: op })).json().id;
  suspectId = (await api('GET', `/api/prosecution/cases/${caseId}`, prosecutor)).json().suspects[0].id;
  intelCaseId = (await api('POST', '/api/prosecution/cases', prosecutor, { title: 'Broker network' })).json()
    .id;
}, 120_000);
afterAll(() => t.close());

describe('remedies beside the case', () => {
  it('records remedies against the site and a suspect, requested of an authority', async () => {
    const closure = await api('POST', base(), prosecutor, {
      kind: 'site_closure_labour',
      authority: 'Department of Labour Protection and Welfare, Samut Sakhon',
      target: 'site',
      on: '2026-11-22',
      reference: 'DLPW 88/2569',
    });
    expect(closure.statusCode, closure.body).toBe(201);
    expect(closure.json().status).toBe('requested');
    remedy.closure = closure.json().remedyId;
    const ask = async (kind: string) => {
      const r = await api('POST', base(), prosecutor, {
        kind,
        authority: 'Administrative Court',
        target: 'suspect',
        suspectId,
        on: '2026-11-23',
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().remedyId as string;
    };
    remedy.licence = await ask('licence_revocation');
    remedy.suit = await ask('civil_suit');
    const page = await read();
    expect(
      page.remedies.map((r: { kind: string; target: string; status: string }) => [
        r.kind,
        r.target,
        r.status,
      ]),
    ).toEqual([
      ['site_closure_labour', 'site', 'requested'],
      ['licence_revocation', 'suspect', 'requested'],
      ['civil_suit', 'suspect', 'requested'],
    ]);
    expect(page.remedies[0]).toMatchObject({
      suspect: null,
      siteEntityId: siteId,
      requestedOn: '2026-11-22',
      reference: 'DLPW 88/2569',
      next: ['ordered', 'refused'],
      steps: [{ status: 'requested', on: '2026-11-22', reference: 'DLPW 88/2569' }],
    });
    expect(page.remedies[1]).toMatchObject({
      suspect: { id: suspectId, label: 'Shed owner' },
      siteEntityId: null,
    });
  });

  it('moves each remedy through its steps: ordered then complied; appealed and decided; refused and appealed', async () => {
    for (const [id, status, on] of [
      [remedy.closure, 'ordered', '2026-11-25'],
      [remedy.closure, 'complied', '2026-11-26'],
      [remedy.licence, 'ordered', '2026-11-28'],
      [remedy.licence, 'appealed', '2026-12-02'],
      [remedy.licence, 'ordered', '2026-12-20'],
      [remedy.suit, 'refused', '2026-11-30'],
      [remedy.suit, 'appealed', '2026-12-03'],
    ] as const) {
      const r = await step(id, status, on);
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toEqual({ remedyId: id, status });
    }
    const page = await read();
    expect(page.remedies.map((r: { status: string; next: string[] }) => [r.status, r.next])).toEqual([
      ['complied', []],
      ['ordered', ['complied', 'appealed']],
      ['appealed', ['ordered', 'refused']],
    ]);
    expect(page.remedies[1].steps.map((s: { status: string; on: string }) => [s.status, s.on])).toEqual([
      ['requested', '2026-11-23'],
      ['ordered', '2026-11-28'],
      ['appealed', '2026-12-02'],
      ['ordered', '2026-12-20'],
    ]);
  });

  it('refuses a step out of order or dated before the last (409), changing nothing', async () => {
    const before = await counts();
    const refused = async (id: string, status: string, on: string, message: RegExp) => {
      const r = await step(id, status, on);
      expect(r.statusCode, r.body).toBe(409);
      expect(r.json().error.message).toMatch(message);
    };
    await refused(
      remedy.closure,
      'appealed',
      '2026-12-01',
      /^status: the site closure by the labour inspectorate was complied with; nothing follows\.$/,
    );
    await refused(
      remedy.suit,
      'complied',
      '2026-12-10',
      /^status: a civil suit appealed can next be ordered or refused, not complied\.$/,
    );
    await refused(
      remedy.licence,
      'complied',
      '2026-12-19',
      /^on: the licence revocation was ordered on 2026-12-20; its next step cannot be dated earlier\.$/,
    );
    const bad = await step(remedy.licence, 'requested', '2026-12-21');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/body\.status/);
    expect(await counts()).toEqual(before);
    expect((await read()).remedies.map((r: { status: string }) => r.status)).toEqual([
      'complied',
      'ordered',
      'appealed',
    ]);
  });

  it('refuses a bad kind, a missing or unknown suspect, and a site the case does not have, writing nothing', async () => {
    const before = await counts();
    const refused = async (body: object, status: number, message: RegExp, id = caseId) => {
      const r = await api('POST', base(id), prosecutor, {
        kind: 'tax_assessment',
        authority: 'Revenue Department',
        target: 'suspect',
        on: '2026-12-01',
        ...body,
      });
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().error.message).toMatch(message);
    };
    await refused({ kind: 'deportation', suspectId }, 400, /body\.kind/);
    await refused({ suspectId, on: '2026-02-30' }, 400, /body\.on/);
    await refused({}, 400, /^suspectId: a remedy against a suspect names the suspect\.$/);
    await refused(
      { target: 'site', suspectId },
      400,
      /^suspectId: a remedy against the case's site names no suspect/,
    );
    await refused({ suspectId: '00000000-0000-4000-8000-000000000002' }, 404, /^suspectId: no such suspect/);
    await refused(
      { target: 'site', kind: 'site_closure_tax' },
      409,
      /^target: case file PC-\d{4}-\d{6} has no site .*; name a suspect\.$/,
      intelCaseId,
    );
    expect(await counts()).toEqual(before);
  });
});

describe('who may see and change them', () => {
  it('another office’s prosecutor gets 404 everywhere, and nothing changes', async () => {
    const before = await counts();
    const refusals = [
      await api('GET', base(), stranger),
      await api('POST', base(), stranger, {
        kind: 'debarment',
        authority: 'Comptroller General',
        target: 'site',
        on: '2026-12-01',
      }),
      await step(remedy.suit, 'ordered', '2026-12-30', stranger),
    ];
    expect(refusals.map((r) => r.statusCode)).toEqual([404, 404, 404]);
    for (const r of refusals) expect(r.json().error.message).toBe('No such case file in your agency.');
    expect(await counts()).toEqual(before);
  });

  it('audits requests, steps and reads with ids and codes only', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'resource_id'])
      .where('action', 'like', 'prosecution.remed%')
      .orderBy('seq')
      .execute();
    expect(rows.filter((r) => r.action === 'prosecution.remedy_request').map((r) => r.detail)).toEqual([
      { remedy: remedy.closure, kind: 'site_closure_labour', target: 'site', suspect: null, site: siteId },
      {
        remedy: remedy.licence,
        kind: 'licence_revocation',
        target: 'suspect',
        suspect: suspectId,
        site: null,
      },
      { remedy: remedy.suit, kind: 'civil_suit', target: 'suspect', suspect: suspectId, site: null },
    ]);
    const steps = rows.filter((r) => r.action === 'prosecution.remedy_step').map((r) => r.detail);
    expect(steps).toHaveLength(7);
    expect(steps[3]).toEqual({
      remedy: remedy.licence,
      kind: 'licence_revocation',
      from: 'ordered',
      to: 'appealed',
    });
    expect(rows.some((r) => r.action === 'prosecution.remedies_read')).toBe(true);
    expect(rows.every((r) => r.resource_id === caseId)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/Department|Court|DLPW|Shed owner|Mahachai/);
  });
});
