import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
import { DEMO_AGENCIES, loadDemo } from '../world/demo.ts';
import { insertAgency } from './users-store.ts';

let t: TestApp;
let c: Cast;
let coordination: string;
let elsewhere: string;
let elsewhereUser: string;
const cookies = {} as Record<'sysadmin' | 'coordAuditor' | 'coordAdmin' | 'elsewhere', string>;

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  coordination = await insertAgency(t.database.db, 'National Anti-Trafficking Coordination', 'coordination');
  elsewhere = await insertAgency(t.database.db, 'Provincial Labour Office', 'labour');
  const users = {
    sysadmin: await makeUser(t, ['system_admin']),
    coordAuditor: await makeUser(t, ['auditor'], { agencyId: coordination }),
    coordAdmin: await makeUser(t, ['admin'], { agencyId: coordination }),
    elsewhere: await makeUser(t, ['labour_inspector'], { agencyId: elsewhere }),
  };
  elsewhereUser = users.elsewhere.id;
  for (const [k, u] of Object.entries(users)) {
    t.clock.advance(31_000);
    cookies[k as keyof typeof cookies] = await signIn(t, u);
  }
});
afterAll(() => t.close());

const audit = async (who: keyof typeof cookies, actorId: string) => {
  const res = await c.call('GET', `/api/audit?actorId=${actorId}`, cookies[who]);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().entries as { agencyId: string | null; action: string }[];
};
const setOversight = (who: keyof typeof cookies, agencyId: string, oversees: 'all' | string[]) =>
  c.call('PUT', `/api/agencies/${agencyId}/oversight`, cookies[who], { oversees });

describe('oversight by a coordination body', () => {
  it('gives the coordination auditor the audit logs of the agencies a system administrator set, and no more', async () => {
    // By default the coordination auditor sees its own agency only.
    expect(await audit('coordAuditor', c.users.planner.id)).toEqual([]);
    // Nobody but a system administrator sets oversight, and only a coordination agency oversees others.
    expect((await setOversight('coordAdmin', coordination, 'all')).statusCode).toBe(403);
    expect((await setOversight('coordAuditor', coordination, 'all')).statusCode).toBe(403);
    expect((await setOversight('sysadmin', c.agencyId, [elsewhere])).statusCode).toBe(400);
    const set = await setOversight('sysadmin', coordination, [c.agencyId]);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ agencyId: coordination, oversees: [c.agencyId] });
    const police = await audit('coordAuditor', c.users.planner.id);
    expect(police.length).toBeGreaterThan(0);
    expect(police.every((e) => e.agencyId === c.agencyId)).toBe(true);
    // Not the agencies it does not oversee, and the coordination body's administrator borrows nothing.
    expect(await audit('coordAuditor', elsewhereUser)).toEqual([]);
    expect(await audit('coordAdmin', c.users.planner.id)).toEqual([]);
    expect((await setOversight('sysadmin', coordination, 'all')).json().oversees).toBe('all');
    expect((await audit('coordAuditor', elsewhereUser)).length).toBeGreaterThan(0);
    // The setting itself is audited.
    const changes = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'agency.oversight_set')
      .orderBy('seq')
      .execute();
    expect(changes.map((x) => x.detail.oversees)).toEqual([[c.agencyId], 'all']);
  });

  it("shows the overseeing auditor an operation's leak review once it has ended, never while it runs", async () => {
    await setOversight('sysadmin', coordination, [elsewhere]);
    const op = await executingOperation(c, 'PLOVER');
    const url = `/api/audit/operations/${op.id}/leak-review`;
    // While it runs the compartment holds for auditors of the agency and of the coordination body alike.
    expect((await c.call('GET', url, c.cookies.auditor)).statusCode).toBe(404);
    await setOversight('sysadmin', coordination, [c.agencyId]);
    expect((await c.call('GET', url, cookies.coordAuditor)).statusCode).toBe(404);
    await c.call('POST', `/api/operations/plans/${op.id}/conclude`, c.cookies.deputy);
    const review = await c.call('GET', url, cookies.coordAuditor);
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json().events.length).toBeGreaterThan(0);
    expect((await c.call('GET', url, c.cookies.auditor)).statusCode).toBe(200);
    // A coordination body that does not oversee the agency does not see it.
    await setOversight('sysadmin', coordination, [elsewhere]);
    expect((await c.call('GET', url, cookies.coordAuditor)).statusCode).toBe(404);
  });

  it("makes the demo's coordination office oversee every demo agency", async () => {
    await loadDemo(t.database.db);
    const demo = await t.database.db
      .selectFrom('agencies')
      .select(['id', 'kind'])
      .where(
        'name',
        'in',
        DEMO_AGENCIES.map((a) => a.name),
      )
      .execute();
    const office = demo.find((a) => a.kind === 'coordination');
    if (!office) throw new Error('no demo coordination agency');
    const res = await c.call('GET', `/api/agencies/${office.id}/oversight`, cookies.sysadmin);
    expect(res.statusCode, res.body).toBe(200);
    expect([...res.json().oversees].sort()).toEqual(
      demo
        .filter((a) => a.id !== office.id)
        .map((a) => a.id)
        .sort(),
    );
  });
});
