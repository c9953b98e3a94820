import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, withSession } from '../server/testing.ts';
import { startDemoTestApp } from './demo-testing.ts';

// The demo's tips reach the roles that read tips (monitoring.read) in the agency that received them, and no one
// else: the NGO's hotline passes its file to the police unit under TLP:AMBER, and the unit imports it.

let t: TestApp;

beforeAll(async () => {
  ({ t } = await startDemoTestApp());
}, 180_000);
afterAll(() => t.close());

describe("the demo's tips", () => {
  it('are seen by the police analyst and investigator, and by no other demo user', async () => {
    const users = (await t.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
      id: string;
      roles: { name: string }[];
    }[];
    const seen: Record<string, number> = {};
    for (const u of users) {
      const signIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/demo-sign-in',
        payload: { userId: u.id },
      });
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/monitoring/tips?limit=200',
        ...withSession(signIn.cookies[0]?.value ?? ''),
      });
      const role = u.roles.map((r) => r.name).join('+');
      seen[role] = (seen[role] ?? 0) + (res.statusCode === 200 ? res.json().tips.length : 0);
    }
    expect(seen).toEqual({
      admin: 0,
      analyst: 60,
      auditor: 0,
      coordinator: 0,
      hotline_operator: 0,
      investigator: 60,
      labour_inspector: 0,
      me_officer: 0,
      monitor: 0,
      operation_commander: 0,
      prosecutor: 0,
      screening_officer: 0,
      social_worker: 0,
    });
    const tlp = await t.database.db.selectFrom('tips').select('tlp').distinct().execute();
    expect(tlp).toEqual([{ tlp: 'AMBER' }]);
  });
});
