import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles, type Role } from '../access/roles.ts';
import { renderedPages } from '../prosecution/pdf-testing.ts';
import { type TestApp, withSession } from '../server/testing.ts';
import { CONCLUDED_CODE_NAME, loadDemoConcluded } from './demo-concluded.ts';
import type { loadDemoIntelligence } from './demo-intel.ts';
import { startDemoTestApp } from './demo-testing.ts';

// The demo's concluded operation: after the demo load the prosecutor finds it shared with their office, with its
// two arrests and four exhibits, and reads each exhibit with its chain of custody; its suspects are the site's
// owner and a broker the network ties to other sites; loading again adds nothing.

let t: TestApp;
let loaded: Awaited<ReturnType<typeof loadDemoIntelligence>>;
let prosecutor: string;

const get = (url: string, cookie = prosecutor) =>
  t.app.inject({ method: 'GET', url, ...withSession(cookie) });

beforeAll(async () => {
  ({ t, loaded } = await startDemoTestApp());
  const users = (await t.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
    id: string;
    roles: { label: string }[];
  }[];
  const user = users.find((u) => u.roles.some((r) => r.label === 'Prosecutor'));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/demo-sign-in',
    payload: { userId: user?.id },
  });
  prosecutor = res.cookies[0]?.value ?? '';
}, 120_000);
afterAll(() => t.close());

const operation = () =>
  t.database.db
    .selectFrom('operations')
    .selectAll()
    .where('code_name', '=', CONCLUDED_CODE_NAME)
    .executeTakeFirstOrThrow();

describe("the demo's concluded operation", () => {
  it('is shared with the demo prosecutor: two arrests, four exhibits, nothing about its place', async () => {
    expect(loaded.concluded).toBe(1);
    const op = await operation();
    expect(op.status).toBe('concluded');
    const res = await get('/api/prosecution/operations');
    expect(res.statusCode, res.body).toBe(200);
    const ops = res.json().operations;
    expect(ops).toEqual([
      {
        id: op.id,
        codeName: CONCLUDED_CODE_NAME,
        agency: 'Anti-Trafficking Police Division (demo)',
        concludedAt: expect.any(String),
        sharedAt: expect.any(String),
        arrests: 2,
        sharedExhibits: 4,
      },
    ]);
    expect(JSON.stringify(ops)).not.toContain(op.target_label);
    const office = await t.database.db
      .selectFrom('shares')
      .innerJoin('agencies', 'agencies.id', 'shares.agency_id')
      .select(['agencies.name', 'shares.resource_type'])
      .execute();
    expect(office.map((s) => `${s.resource_type} ${s.name}`).sort()).toEqual([
      ...Array(4).fill('exhibit Office of the Attorney General, Anti-Trafficking Unit (demo)'),
      'operation Office of the Attorney General, Anti-Trafficking Unit (demo)',
    ]);
  });

  it('lets the prosecutor read each exhibit with its chain of custody, intact', async () => {
    const list = (await get('/api/evidence/shared')).json().exhibits as {
      id: string;
      category: string;
      custodyEntries: number;
      operation: string;
    }[];
    expect(list.map((x) => [x.category, x.custodyEntries, x.operation]).sort()).toEqual([
      ['bank_record', 2, CONCLUDED_CODE_NAME],
      ['ledger', 2, CONCLUDED_CODE_NAME],
      ['phone', 4, CONCLUDED_CODE_NAME],
      ['retained_passport', 2, CONCLUDED_CODE_NAME],
    ]);
    for (const x of list) {
      const r = await get(`/api/evidence/exhibits/${x.id}`);
      expect(r.statusCode, r.body).toBe(200);
      const record = r.json();
      expect(record.verification).toEqual({ intact: true, entries: x.custodyEntries, problems: [] });
      expect(record.custody[0]).toMatchObject({ seq: 1, action: 'collected', to: 'Pol. Maj. Anan Wongsa' });
      expect(record.custody.map((e: { action: string }) => e.action)).toEqual(
        x.category === 'phone'
          ? ['collected', 'to_laboratory', 'hash_reverified', 'returned_from_laboratory']
          : ['collected', 'to_storage'],
      );
    }
    const phone = (
      await get(`/api/evidence/exhibits/${list.find((x) => x.category === 'phone')?.id}`)
    ).json();
    expect(phone.custody[2]).toMatchObject({ hashObserved: phone.digitalHash, hashMatches: true });
  });

  it("arrests the site's owner and a broker whom the network ties to other sites", async () => {
    const op = await operation();
    const db = t.database.db;
    const arrests = await db
      .selectFrom('operation_log')
      .select('entry')
      .where('operation_id', '=', op.id)
      .where('kind', '=', 'arrest')
      .execute();
    const [owner, broker] = arrests.map((a) => (a.entry as { entityId: string }).entityId);
    const people = await db
      .selectFrom('entities')
      .select(['id', 'type'])
      .where('id', 'in', [owner ?? '', broker ?? ''])
      .execute();
    expect(people.map((p) => p.type)).toEqual(['person', 'person']);
    const owns = await db
      .selectFrom('entity_links')
      .select('to_id')
      .where('type', '=', 'owns')
      .where('from_id', '=', owner ?? '')
      .execute();
    expect(owns.map((l) => l.to_id)).toContain(op.target_entity_id);
    const ranked = await db
      .selectFrom('network_brokers')
      .select('sites')
      .where('node', '=', broker ?? '')
      .executeTakeFirstOrThrow();
    expect(ranked.sites).toContain(op.target_entity_id);
    expect(ranked.sites.length).toBeGreaterThanOrEqual(2);
    const removed = await db
      .selectFrom('operation_log')
      .select('entry')
      .where('operation_id', '=', op.id)
      .where('kind', '=', 'removal')
      .execute();
    expect(removed.map((r) => (r.entry as { count: number }).count)).toEqual([8]);
  });

  it('gives the prosecutor a case file that stands on exhibits, reaches beyond the site, and prints', async () => {
    const send = (method: 'POST' | 'PUT', url: string, payload?: object) =>
      t.app.inject({ method, url, ...withSession(prosecutor), ...(payload ? { payload } : {}) });
    const op = await operation();
    const opened = await send('POST', '/api/prosecution/cases', { operationId: op.id });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ suspects: 2, evidence: 4 });
    const id = opened.json().id as string;
    const page = async () => (await get(`/api/prosecution/cases/${id}`)).json();
    const [owner] = (await page()).suspects as { id: string }[];
    const charge = await send('POST', `/api/prosecution/cases/${id}/charges`, {
      suspectId: owner?.id,
      country: 'TH',
      offence: 'TH-ATIP-6',
      victims: 'adults',
    });
    expect(charge.statusCode, charge.body).toBe(201);
    const statement = await send('POST', `/api/prosecution/cases/${id}/evidence`, {
      kind: 'victim_statement',
      description: 'Statement of a worker removed',
    });
    expect(statement.statusCode, statement.body).toBe(201);
    const link = (element: string, evidenceId: string) =>
      send(
        'PUT',
        `/api/prosecution/cases/${id}/charges/${charge.json().chargeId}/elements/${element}/evidence/${evidenceId}`,
      );
    const c = await page();
    const elements = (c.charges[0].elements as { code: string }[]).map((e) => e.code);
    for (const e of elements) {
      const r = await link(e, statement.json().evidenceId);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await page()).charges[0].burden).toMatchObject({ proven: elements.length, burden: 1 });
    // The seized ledger and the bank slips carry two of the elements on their own.
    const exhibits = c.evidence as { id: string; kind: string; description: string }[];
    const ledger = exhibits.find((e) => /ledger/i.test(e.description));
    const slips = exhibits.find((e) => /transfer|bank/i.test(e.description));
    expect((await link(elements[1] as string, ledger?.id as string)).statusCode).toBe(200);
    expect((await link(elements[2] as string, slips?.id as string)).statusCode).toBe(200);
    const after = (await page()).charges[0].burden;
    expect(after.restingOnVictim).toBe(elements.length - 2);
    expect(after.burden).toBeCloseTo((elements.length - 2) / elements.length, 3);
    const scope = (await get(`/api/prosecution/cases/${id}/scope`)).json();
    expect(scope.proposals.length).toBeGreaterThanOrEqual(2);
    // The office has no picture of its own: the police disclosed these with the file, naming no report.
    const ties = scope.proposals.flatMap((p: { ties: { evidence: Record<string, unknown> }[] }) => p.ties);
    expect(new Set(ties.map((x: { evidence: Record<string, unknown> }) => x.evidence.disclosedBy))).toEqual(
      new Set(['Anti-Trafficking Police Division (demo)']),
    );
    expect(ties.every((x: { evidence: Record<string, unknown> }) => !x.evidence.reportId)).toBe(true);
    const pdf = await get(`/api/prosecution/cases/${id}/court-file.pdf?generatedAt=2026-12-01T08:00:00.000Z`);
    expect(pdf.statusCode).toBe(200);
    const pages = await renderedPages(pdf.rawPayload);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) expect(p.ink).toBeGreaterThan(0.001);
    expect(pages.map((p) => p.text).join(' ')).toContain(opened.json().ref);
  });

  it('is loaded once: loading it again adds nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('operations')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const byUsername = async (username: string): Promise<Actor> => {
      const u = await t.database.db
        .selectFrom('users')
        .select(['id', 'agency_id'])
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      const roles = (
        await t.database.db.selectFrom('user_roles').select('role').where('user_id', '=', u.id).execute()
      ).map((r) => r.role as Role);
      const permissions = permissionsOfRoles(roles);
      return { kind: 'user', userId: u.id, agencyId: u.agency_id, roles, permissions, label: username };
    };
    expect(await loadDemoConcluded(t.database.db, byUsername)).toEqual({ decisions: 0, operations: 0 });
    expect(await count()).toBe(before);
  });
});
