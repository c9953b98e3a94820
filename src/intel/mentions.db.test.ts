import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles } from '../access/roles.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { mentionEdges, reMentionReports } from './mentions.ts';

let t: TestApp;
let a: TestUser;
let mine: string;
let theirs: string;
let source: string;
const ids: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = mine) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const report = async (text: string, cookie = mine, sourceId = source) =>
  (
    await api(
      'POST',
      '/api/intel/reports',
      {
        sourceId,
        reportedOn: '2026-09-01',
        title: 'Seen',
        handling: 'P',
        items: [{ text, sourceGrade: '2', infoGrade: 'B' }],
      },
      cookie,
    )
  ).json().id as string;
const actorOf = (u: TestUser): Actor => ({
  kind: 'user',
  userId: u.id,
  agencyId: u.agencyId,
  roles: ['analyst'],
  permissions: permissionsOfRoles(['analyst']),
  label: 'test',
});

beforeAll(async () => {
  t = await startTestApp();
  a = await makeUser(t, ['analyst']);
  mine = await signIn(t, a);
  const b = await makeUser(t, ['analyst']);
  t.clock.advance(30_000);
  theirs = await signIn(t, b);
  for (const [type, label] of [
    ['person', 'Somchai Jaidee'],
    ['site', 'Golden Karaoke Bar'],
    ['phone', '+66812345678'],
    ['site', 'Household 1, Ho'],
    ['person', 'Ho'],
  ] as const)
    ids[label] = (await api('POST', '/api/intel/entities', { type, label })).json().id;
  // A namesake in another agency is never found in this agency's reports.
  ids.namesake = (
    await api('POST', '/api/intel/entities', { type: 'person', label: 'Somchai Jaidee' }, theirs)
  ).json().id;
  source = (await api('POST', '/api/intel/sources', { code: 'S1', kind: 'informant' })).json().id;
});
afterAll(() => t.close());

describe('reports tied to the entities they name', () => {
  it('finds names in any spelling, phone numbers in any format, and a name inside a longer one only once', async () => {
    const r1 = await report(
      'Somchay Chaidee (tel 081-234-5678) runs the Golden Karaoke Bar; he visits Household 1, Ho.',
    );
    const res = await api('GET', `/api/intel/reports/${r1}/mentions`);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .entities.map((e: { label: string }) => e.label)
        .sort(),
    ).toEqual(['+66812345678', 'Golden Karaoke Bar', 'Household 1, Ho', 'Somchai Jaidee']);
    const r2 = await report('สมชาย ใจดี was seen at Golden Karaoke Bar again.');
    const named = (await api('GET', `/api/intel/entities/${ids['Golden Karaoke Bar']}/reports`)).json()
      .reports;
    expect(named.map((r: { id: string }) => r.id).sort()).toEqual([r1, r2].sort());
    expect(named[0]).toMatchObject({ title: 'Seen', reportedOn: '2026-09-01', items: [1] });
    // The other agency may not read the report, nor the mentions.
    expect((await api('GET', `/api/intel/reports/${r1}/mentions`, undefined, theirs)).statusCode).toBe(404);
    const stored = await t.database.db.selectFrom('report_mentions').select('entity_id').execute();
    expect(stored.map((m) => m.entity_id)).not.toContain(ids.namesake);
  });

  it('turns mentions in one report into pairs for the graph, with the reports', async () => {
    const edges = await mentionEdges(t.database.db, actorOf(a), [ids['Golden Karaoke Bar'] ?? '']);
    const person = edges.find((e) => [e.a, e.b].includes(ids['Somchai Jaidee'] ?? ''));
    expect(person?.reportIds).toHaveLength(2);
    expect(edges).toHaveLength(3);
    const stranger = await makeUser(t, ['analyst']);
    expect(await mentionEdges(t.database.db, actorOf(stranger), [ids['Golden Karaoke Bar'] ?? ''])).toEqual(
      [],
    );
  });

  it('reads reports again once: those never read, those read by an earlier finder, then none', async () => {
    const before = await report('Nothing is named here about Kampong Pier.');
    ids['Kampong Pier'] = (
      await api('POST', '/api/intel/entities', { type: 'site', label: 'Kampong Pier' })
    ).json().id;
    await sql`UPDATE report_mention_runs SET version = 0 WHERE report_id = ${before}`.execute(t.database.db);
    expect(await reMentionReports(t.database.db, t.config.secretKeys)).toBe(1);
    expect(await reMentionReports(t.database.db, t.config.secretKeys)).toBe(0);
    const named = (await api('GET', `/api/intel/entities/${ids['Kampong Pier']}/reports`)).json().reports;
    expect(named.map((r: { id: string }) => r.id)).toEqual([before]);
    // A report written without the finder (a loader) has no run: it is read at the next start.
    await sql`DELETE FROM report_mention_runs WHERE report_id = ${before}`.execute(t.database.db);
    expect(await reMentionReports(t.database.db, t.config.secretKeys)).toBe(1);
    // An agency's reports all read again on demand (after a bulk load of entities).
    expect(await reMentionReports(t.database.db, t.config.secretKeys, { agencyId: a.agencyId })).toBe(3);
  });

  it('takes a name several sites share for those in the town the text names, or for all of them', async () => {
    const farms: string[] = [];
    for (const town of ['Siem Reap, KH', 'Sa Pa, VN', 'Siem Reap, KH']) {
      const id = (
        await api('POST', '/api/intel/entities', { type: 'site', label: 'Lucky Sugarcane Plantation' })
      ).json().id as string;
      const fact = await api('POST', `/api/intel/entities/${id}/facts`, {
        attribute: 'address',
        value: town,
      });
      expect(fact.statusCode).toBe(201);
      farms.push(id);
    }
    const named = async (text: string) =>
      (await api('GET', `/api/intel/reports/${await report(text)}/mentions`))
        .json()
        .entities.map((e: { id: string }) => e.id)
        .filter((id: string) => farms.includes(id))
        .sort();
    // Two farms of the name in Siem Reap: both, and not the one in Sa Pa.
    expect(await named('Source reports that Mony guards Lucky Sugarcane Plantation in Siem Reap.')).toEqual(
      [farms[0], farms[2]].sort(),
    );
    expect(await named('LUCKY SUGARCANE PLANTATION, SA PA: workers locked in.')).toEqual([farms[1]]);
    // No town of theirs named: all three.
    expect(await named('Lucky Sugarcane Plantation hires again.')).toEqual([...farms].sort());
  });
});
