import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import type { Filters } from './filters.ts';
import { type IndicatorTable, indicatorTables } from './indicators.ts';
import { caseSummaryFigures } from './summary-figures.ts';

// The justice indicators past the arrests, against a small world built through the application's routes and
// counted by hand:
//
// Operation ORIOLE on a site in Samut Sakhon (the site's registry point), run on 2026-10-05: two arrests (the owner
// named in the plan, a broker at the gate). The police conclude it and share its case file with a prosecution
// office, which opens a case file from it (the two arrested become its suspects) and lays three charges on
// 2026-10-15:
//   K1  the owner, TH-ATIP-6: indicted 2026-10-20, convicted 2026-11-05, sentenced 2026-11-12; the defence's appeal
//       varies the sentence (2026-11-24), sentenced again 2026-11-25
//   K2  the broker, TH-PC-312: indicted 2026-10-20, convicted 2026-11-05; the defence's appeal is allowed
//       (2026-11-20), acquitted on retrial 2026-11-28
//   K3  the broker, TH-MWO-131: dropped 2026-10-20
// Court days are given in the requests; the arrests' time, the operation's start and end and the charges' laying are
// stamped by the application at the moment of the request, and the test moves them to the days above.

let t: TestApp;
let c: Cast;
let prosecutor: string;
let meOfficer: string;
let opId: string;
const SITE = { lat: '13.5475', lon: '100.2744' }; // Samut Sakhon (Mahachai), src/world/places/towns-thailand.ts

const api = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const ok = async (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) => {
  const r = await api(method, url, cookie, payload);
  expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
  return r.json();
};

async function dateTheWorld() {
  const db = t.database.db;
  await db
    .updateTable('operations')
    .set({ started_at: new Date('2026-10-05T01:00:00Z'), concluded_at: new Date('2026-10-05T09:00:00Z') })
    .where('id', '=', opId)
    .execute();
  await db
    .updateTable('operation_log')
    .set({ occurred_at: new Date('2026-10-05T03:00:00Z') })
    .where('operation_id', '=', opId)
    .execute();
  await sql`UPDATE prosecution_charges SET laid_at = ${new Date('2026-10-15T03:00:00Z')}
    WHERE case_id IN (SELECT id FROM prosecution_cases WHERE operation_id = ${opId})`.execute(db);
}

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  const office = await makeUser(t, ['prosecutor'], {
    agencyId: await insertAgency(t.database.db, 'Provincial prosecution office', 'prosecution'),
  });
  prosecutor = await signIn(t, office);
  t.clock.advance(31_000);
  meOfficer = await signIn(t, await makeUser(t, ['me_officer']));
  t.clock.advance(31_000);
  for (const [attribute, value] of Object.entries(SITE))
    await ok('POST', `/api/intel/entities/${c.entity.id}/facts`, c.cookies.analyst, { attribute, value });

  opId = (await executingOperation(c, 'ORIOLE')).id;
  const arrest = async (person: string, entityId: string | null, targetIndex: number | null) =>
    ok('POST', `/api/operations/plans/${opId}/log`, c.cookies.arrester, {
      id: randomUUID(),
      kind: 'arrest',
      occurredAt: new Date(Date.now() + 1000).toISOString(),
      person,
      entityId,
      targetIndex,
      place: 'Office',
      separatedFromVictims: true,
      separationNote: '',
    });
  await arrest('Owner', c.suspect.id, 0);
  await arrest('Broker at the gate', null, null);
  await ok('POST', `/api/operations/plans/${opId}/conclude`, c.cookies.deputy);
  await ok('POST', `/api/operations/plans/${opId}/prosecution-share`, c.cookies.investigator, {
    agencyId: office.agencyId,
    exhibitIds: [],
  });

  const file = await ok('POST', '/api/prosecution/cases', prosecutor, { operationId: opId });
  const base = `/api/prosecution/cases/${file.id}`;
  const suspects = (await ok('GET', base, prosecutor)).suspects as { id: string; label: string }[];
  const suspect = (label: string) => suspects.find((s) => s.label === label)?.id;
  const lay = async (label: string, offence: string) =>
    (
      await ok('POST', `${base}/charges`, prosecutor, {
        suspectId: suspect(label),
        country: 'TH',
        offence,
        victims: 'adults',
      })
    ).chargeId as string;
  const k1 = await lay('Owner', 'TH-ATIP-6');
  const k2 = await lay('Broker at the gate', 'TH-PC-312');
  const k3 = await lay('Broker at the gate', 'TH-MWO-131');
  const decide = (charge: string, decision: string, on: string, extra: object = {}) =>
    ok('POST', `${base}/charges/${charge}/decisions`, prosecutor, { decision, on, ...extra });
  const sentence = (charge: string, on: string, prisonMonths: number) =>
    ok('POST', `${base}/charges/${charge}/sentences`, prosecutor, { on, prisonMonths, suspended: false });
  const appeal = async (charge: string, lodgedOn: string, result: string, on: string) => {
    const { appealId } = await ok('POST', `${base}/charges/${charge}/appeals`, prosecutor, {
      by: 'defence',
      lodgedOn,
    });
    await ok('POST', `${base}/appeals/${appealId}/decision`, prosecutor, { result, on });
  };
  await decide(k1, 'indicted', '2026-10-20');
  await decide(k2, 'indicted', '2026-10-20');
  await decide(k3, 'dropped', '2026-10-20', { reason: 'The witness for this count left the country' });
  await decide(k1, 'convicted', '2026-11-05');
  await decide(k2, 'convicted', '2026-11-05');
  await sentence(k1, '2026-11-12', 96);
  await appeal(k1, '2026-11-14', 'varied', '2026-11-24');
  await sentence(k1, '2026-11-25', 72);
  await appeal(k2, '2026-11-10', 'allowed', '2026-11-20');
  await decide(k2, 'acquitted', '2026-11-28');
  await dateTheWorld();
}, 240_000);
afterAll(() => t.close());

const tables = (f: Filters = {}) => indicatorTables(t.database.db, f);
const stagesOf = (ts: IndicatorTable[], id: string) =>
  Object.fromEntries((ts.find((x) => x.id === id)?.cells ?? []).map((x) => [x.key.join(' | '), x.count]));
const justice = (counts: number[]) =>
  Object.fromEntries(
    ['arrests', 'charges laid', 'charges convicted', 'sentences'].map((k, i) => [k, counts[i]]),
  );
const JUSTICE_NATIONAL = [
  'suspects arrested',
  'cases prosecuted (at least one charge laid)',
  'cases with a conviction',
  'people convicted',
];
const national = (ts: IndicatorTable[]) =>
  Object.fromEntries(JUSTICE_NATIONAL.map((k) => [k, stagesOf(ts, 'national')[k]]));

describe('the justice indicators of a hand-counted case file', () => {
  it('count charges by where they stand: a conviction overturned is none, a sentence given again is one', async () => {
    const all = await tables();
    // 2 arrests; K1, K2, K3 laid; K1 stands convicted (K2's conviction was overturned and it was acquitted, K3
    // dropped); K1 sentenced (its second sentence replaces the first, varied on appeal).
    expect(stagesOf(all, 'justice')).toEqual(justice([2, 3, 1, 1]));
    // One case file with charges and a conviction; one person convicted: the owner, not the broker.
    expect(national(all)).toEqual({
      'suspects arrested': 2,
      'cases prosecuted (at least one charge laid)': 1,
      'cases with a conviction': 1,
      'people convicted': 1,
    });
    // No evidence linked to any element yet: the three charges have nothing proven.
    expect(stagesOf(all, 'testimony-burden')).toMatchObject({ 'nothing proven yet': 3 });
  });

  it('give the press summary the same standing: one conviction, one acquittal, one sentence (the last)', async () => {
    const file = await t.database.db
      .selectFrom('prosecution_cases')
      .select('id')
      .where('operation_id', '=', opId)
      .executeTakeFirstOrThrow();
    const f = await caseSummaryFigures(t.database.db, file.id);
    expect([f.charges, f.convictions, f.acquittals, f.sentences.length]).toEqual([3, 1, 1, 1]);
  });

  it('narrow to a period by the day of each step', async () => {
    // October: the arrests (2026-10-05) and the charges (2026-10-15); the verdicts are November's.
    const oct = await tables({ from: '2026-10-01', to: '2026-10-31' });
    expect(stagesOf(oct, 'justice')).toEqual(justice([2, 3, 0, 0]));
    expect(national(oct)).toEqual({
      'suspects arrested': 2,
      'cases prosecuted (at least one charge laid)': 1,
      'cases with a conviction': 0,
      'people convicted': 0,
    });
    // November: K1 convicted 2026-11-05 and sentenced (again) 2026-11-25.
    expect(stagesOf(await tables({ from: '2026-11-01', to: '2026-11-30' }), 'justice')).toEqual(
      justice([0, 0, 1, 1]),
    );
    // A fortnight holding K1's first sentence and K2's conviction, later overturned: K1 only.
    expect(stagesOf(await tables({ from: '2026-11-01', to: '2026-11-15' }), 'justice')).toEqual(
      justice([0, 0, 1, 1]),
    );
    // The last days of November: K1's second sentence (2026-11-25) and K2's acquittal; K1's conviction is earlier.
    expect(stagesOf(await tables({ from: '2026-11-21', to: '2026-11-30' }), 'justice')).toEqual(
      justice([0, 0, 0, 1]),
    );
  });

  it("narrow by the operation's province and agencies, not by sex (and say so)", async () => {
    expect(stagesOf(await tables({ province: 'Samut Sakhon', country: 'TH' }), 'justice')).toEqual(
      justice([2, 3, 1, 1]),
    );
    expect(stagesOf(await tables({ province: 'Bangkok' }), 'justice')).toEqual(justice([0, 0, 0, 0]));
    // The case file counts for the office that holds it and for the police agency the operation came from.
    expect(stagesOf(await tables({ agency: c.agencyId }), 'justice')).toEqual(justice([2, 3, 1, 1]));
    expect(stagesOf(await tables({ agency: c.ngoAgency }), 'justice')).toEqual(justice([0, 0, 0, 0]));
    const women = await tables({ sex: 'female' });
    expect(stagesOf(women, 'justice')).toEqual(justice([2, 3, 1, 1]));
    expect(women.find((x) => x.id === 'justice')?.unfiltered).toEqual(['sex']);
  });

  it('come through the route with the figures under 3 hidden', async () => {
    const res = await api('GET', '/api/outcomes/indicators?province=Samut%20Sakhon', meOfficer);
    expect(res.statusCode, res.body).toBe(200);
    const cells = res.json().tables.find((x: { id: string }) => x.id === 'justice').cells;
    // 2 arrests, 1 conviction and 1 sentence hidden; the 3 charges shown.
    expect(cells.map((x: { count: number | null }) => x.count)).toEqual([null, 3, null, null]);
  });
});
