import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, withSession } from '../server/testing.ts';
import type { loadDemoIntelligence } from './demo-intel.ts';
import { startDemoTestApp } from './demo-testing.ts';

let t: TestApp;
let loaded: Awaited<ReturnType<typeof loadDemoIntelligence>>;

beforeAll(async () => {
  ({ t, loaded } = await startDemoTestApp());
}, 120_000);
afterAll(() => t.close());

const signInAs = async (role: RegExp) => {
  const users = (await t.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
    id: string;
    roles: { label: string }[];
  }[];
  const user = users.find((u) => u.roles.some((r) => role.test(r.label)));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/demo-sign-in',
    payload: { userId: user?.id },
  });
  return res.cookies[0]?.value ?? '';
};

describe("the demo's intelligence", () => {
  it("gives the analyst graded reports, sources, sites and call records, and keeps the NGO's tips with the NGO", async () => {
    expect(loaded).toMatchObject({
      reports: 40,
      tips: 60,
      calls: 20_000,
      decisions: 4,
      operations: 1,
      concluded: 1,
      familyNumbers: 16,
    });
    expect(loaded.sites).toBeGreaterThan(10);
    const analyst = await signInAs(/Intelligence analyst/);
    const reports = (
      await t.app.inject({ method: 'GET', url: '/api/intel/reports', ...withSession(analyst) })
    ).json().reports;
    expect(reports.length).toBe(41);
    expect(reports.some((r: { title: string }) => r.title.startsWith('Tip:'))).toBe(false);
    const sources = (
      await t.app.inject({ method: 'GET', url: '/api/intel/sources', ...withSession(analyst) })
    ).json().sources;
    expect(sources.reduce((a: number, s: { record: { items: number } }) => a + s.record.items, 0)).toBe(41);
    const calls = await t.database.db
      .selectFrom('call_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    // The operators' records, and the calls to victims' families (demo-families.ts).
    expect(Number(calls.n)).toBe(20_000 + loaded.familyCalls);
    const commander = await signInAs(/Operation commander/);
    const decisions = (
      await t.app.inject({ method: 'GET', url: '/api/operations/decisions', ...withSession(commander) })
    ).json().decisions;
    expect(decisions.map((d: { status: string }) => d.status).sort()).toEqual([
      'approved',
      'approved',
      'approved',
      'awaiting_approval',
    ]);
  });

  it("shows the analyst the numbers calling victims' families at night", async () => {
    const analyst = await signInAs(/Intelligence analyst/);
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/intel/network/calls/night-families',
      ...withSession(analyst),
    });
    expect(res.statusCode).toBe(200);
    const r = res.json() as { familyNumbers: number; callers: { nightFamilies: number; person: unknown }[] };
    expect(r.familyNumbers).toBe(16);
    expect(r.callers.length).toBeGreaterThan(0);
    expect(r.callers.every((c) => c.nightFamilies >= 2)).toBe(true);
    expect(r.callers.some((c) => c.person !== null)).toBe(true);
  });

  it('has an operation in planning: its team sees it with its gaps, the shelter sees only its brief', async () => {
    const get = async (cookie: string, url: string) =>
      (await t.app.inject({ method: 'GET', url, ...withSession(cookie) })).json();
    const commander = await signInAs(/Operation commander/);
    const all = (await get(commander, '/api/operations/plans')).operations;
    type Listed = { codeName: string; status: string; myRole: string };
    expect(all.map((o: Listed) => `${o.codeName} ${o.status} ${o.myRole}`).sort()).toEqual([
      'KINGFISHER concluded command',
      'NIGHTJAR planning command',
    ]);
    const ops = all.filter((o: Listed) => o.codeName === 'NIGHTJAR');
    expect(ops).toEqual([
      expect.objectContaining({ codeName: 'NIGHTJAR', status: 'planning', myRole: 'command' }),
    ]);
    const op = await get(commander, `/api/operations/plans/${ops[0].id}`);
    expect(op.members).toHaveLength(5);
    expect(op.gaps).toEqual(
      expect.arrayContaining([{ code: 'no_arrest_member' }, { code: 'no_interpreter', language: 'km' }]),
    );
    const analyst = await signInAs(/Intelligence analyst/);
    // The analyst is on the arrest team of the concluded operation (src/world/demo-concluded.ts), not on this one.
    expect(
      (await get(analyst, '/api/operations/plans')).operations.map((o: { codeName: string }) => o.codeName),
    ).toEqual(['KINGFISHER']);
    const socialWorker = await signInAs(/Social worker/);
    const briefs = (await get(socialWorker, '/api/operations/briefs')).briefs;
    expect(briefs).toEqual([
      expect.objectContaining({
        codeName: 'NIGHTJAR',
        expectedPeople: expect.objectContaining({ count: 12 }),
      }),
    ]);
    expect(JSON.stringify(briefs)).not.toContain(op.plan.target.label);
  });

  it('opens on an analysed network: groups holding the sites, brokers ranked, a site profiled', async () => {
    const analyst = await signInAs(/Intelligence analyst/);
    const get = async (url: string) =>
      (await t.app.inject({ method: 'GET', url, ...withSession(analyst) })).json();
    const last = (await get('/api/intel/network/analysis')).last;
    expect(last.sitesOfConcern).toBeGreaterThan(0);
    const groups = (await get('/api/intel/network/groups')).groups;
    expect(groups.some((g: { sites: unknown[] }) => g.sites.length >= 2)).toBe(true);
    const brokers = (await get('/api/intel/network/brokers')).brokers;
    console.info(
      `demo network: ${JSON.stringify(last)}; groups with sites ${groups.filter((g: { sites: unknown[] }) => g.sites.length > 0).length}; brokers ${brokers.length}`,
    );
    const site = groups.find((g: { sites: unknown[] }) => g.sites.length >= 2).sites[0];
    const profile = await get(`/api/intel/network/sites/${site.id}/profile`);
    expect(profile.site.id).toBe(site.id);
    expect(profile.group.sites.length).toBeGreaterThan(0);
  });
});
