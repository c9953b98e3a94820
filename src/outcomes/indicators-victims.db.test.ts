import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { PUBLISHED_SETS } from '../screening/published-sets.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import type { Filters } from './filters.ts';
import { type IndicatorTable, indicatorFigures } from './indicators.ts';

// The victim-protection indicators against a small world built through the application's routes, counted by hand:
//
// Operation ORIOLE on a site in Samut Sakhon (the site's registry point), run on 2026-10-05: two
// removals (4 people with 1 child, then 2 with 1 child: 6 removed, 2 of them children). An NGO screener who was on
// the team screens six people:
//   S0  a walk-in (no operation, no place), male, 16, completed 2026-03-10: presumed victim → case C0
//   S1  from ORIOLE, female, 16, completed 2026-10-06: presumed victim → case C1
//   S2  from ORIOLE, female, 24, completed 2026-10-06: presumed victim → case C2
//   S3  from ORIOLE, male, 17, completed 2026-10-06: presumed victim → case C3 (the same person as S0: re-trafficked)
//   S4  from ORIOLE, male, 35, completed 2026-10-06: exploited, not trafficked (no case)
//   S5  from ORIOLE, female, 19: interview not completed (counted nowhere)
// The NGO's social worker takes the four cases:
//   C0  shelter accepted 2026-04-19 (40 days after identification)
//   C1  shelter accepted the day it was identified (0 days); legal aid declined; a shelter stay 2026-10-20 to 2026-11-10
//   C2  medical care accepted 2026-10-11 (5 days); return declined; a stay from 2026-11-25, still open; a wage claim
//       awarded and paid 2026-11-20
//   C3  legal aid declined (no service accepted); its identity carries S0's passport: flagged as an identity match
//
// The application stamps a screening's completion, a case's opening, a service's answer and an operation's log
// with the moment of the request; the test then moves those stamps to the days above, so that periods cut the world
// where it says. "Today" for an open stay is 2026-12-01 (passed to the indicators).

let t: TestApp;
let c: Cast;
let worker: string;
let meOfficer: string;
let opId: string;
const scr = {} as Record<'s0' | 's1' | 's2' | 's3' | 's4' | 's5', string>;
const cases = {} as Record<'c0' | 'c1' | 'c2' | 'c3', string>;
const TODAY = new Date('2026-12-01T12:00:00Z');
const SITE = { lat: '13.5475', lon: '100.2744' }; // Samut Sakhon (Mahachai), src/world/places/towns-thailand.ts

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';
const api = async (method: Method, url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const ok = async (method: Method, url: string, cookie: string, payload?: object) => {
  const r = await api(method, url, cookie, payload);
  expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
  return r.json();
};

/** Answers that make a child or an adult a presumed victim of labour trafficking (src/protection/case-fixture.ts's, and
 * coercion at destination for an adult). */
const PRESUMED = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'Shop',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: 'Wages' },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': { answer: 'yes', observation: 'Hours' },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'Unpaid' },
  'coercion_at_destination.confiscation_of_documents': { answer: 'yes', observation: 'Passport kept' },
  'coercion_at_destination.debt_bondage': { answer: 'yes', observation: 'Debt' },
};
/** Every indicator answered, only the hours and the pay present: exploited, not trafficked. */
const EXPLOITED = Object.fromEntries(
  (PUBLISHED_SETS.get('ilo-ec-2009-labour')?.indicators ?? []).map((i) => [
    i.id,
    /excessive_working_days|low_or_no_salary/.test(i.id)
      ? { answer: 'yes', observation: 'Seen' }
      : { answer: 'no', observation: '' },
  ]),
);

async function screen(person: object, answers: object | null, outcome: string | null, fromOperation = true) {
  const source = fromOperation
    ? { source: 'operation', sourceRef: opId }
    : { source: 'walk_in', sourceRef: 'W-0' };
  const s = await ok('POST', '/api/screenings', c.cookies.carer, screeningStart({ ...source, ...person }));
  if (!answers) return s.id as string;
  const saved = await ok('PATCH', `/api/screenings/${s.id}`, c.cookies.carer, {
    version: s.version,
    answers,
  });
  const done = await ok('POST', `/api/screenings/${s.id}/complete`, c.cookies.carer, {
    version: saved.version,
  });
  expect(done.evaluation.outcome, JSON.stringify(done.evaluation.explanation)).toBe(outcome);
  return s.id as string;
}

const DOMAINS = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'];
const NEEDS = DOMAINS.map((domain) => ({ domain, level: 'some', note: '' }));
async function service(caseId: string, name: string, decision: 'accepted' | 'declined') {
  const { serviceId } = await ok('POST', `/api/protection/cases/${caseId}/services`, worker, {
    service: name,
    language: 'my',
  });
  await ok('POST', `/api/protection/cases/${caseId}/services/${serviceId}/decision`, worker, {
    decision,
    language: 'my',
  });
  return serviceId as string;
}

/** Moves the stamps the application set at the moment of each request to the days of the world above. */
async function dateTheWorld(services: Record<string, string>) {
  const db = t.database.db;
  const at = (iso: string) => new Date(iso);
  await sql`UPDATE operations SET started_at = ${at('2026-10-05T01:00:00Z')},
    concluded_at = ${at('2026-10-05T09:00:00Z')} WHERE id = ${opId}`.execute(db);
  await sql`UPDATE operation_log SET occurred_at = ${at('2026-10-05T03:00:00Z')}
    WHERE operation_id = ${opId}`.execute(db);
  for (const [s, day] of [
    [scr.s0, '2026-03-10T09:00:00Z'],
    [scr.s1, '2026-10-06T10:00:00Z'],
    [scr.s2, '2026-10-06T10:00:00Z'],
    [scr.s3, '2026-10-06T10:00:00Z'],
    [scr.s4, '2026-10-06T10:00:00Z'],
  ] as const) {
    await sql`UPDATE screenings SET completed_at = ${at(day)} WHERE id = ${s}`.execute(db);
    await sql`UPDATE protection_cases SET opened_at = ${at(day)} WHERE screening_id = ${s}`.execute(db);
  }
  for (const [id, day] of [
    ['c0 shelter', '2026-04-19T10:00:00Z'],
    ['c1 shelter', '2026-10-06T15:00:00Z'],
    ['c1 legal_aid', '2026-10-07T10:00:00Z'],
    ['c2 medical', '2026-10-11T12:00:00Z'],
    ['c2 return', '2026-10-12T10:00:00Z'],
    ['c3 legal_aid', '2026-10-08T10:00:00Z'],
  ] as const)
    await sql`UPDATE protection_service_events SET at = ${at(day)} WHERE service_id = ${services[id]}`.execute(
      db,
    );
}

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: c.ngoAgency }));
  t.clock.advance(31_000);
  meOfficer = await signIn(t, await makeUser(t, ['me_officer']));
  t.clock.advance(31_000);
  for (const [attribute, value] of Object.entries(SITE))
    await ok('POST', `/api/intel/entities/${c.entity.id}/facts`, c.cookies.analyst, { attribute, value });

  // ORIOLE: two removals, concluded.
  opId = (await executingOperation(c, 'ORIOLE')).id;
  const log = (who: string, entry: object) =>
    ok('POST', `/api/operations/plans/${opId}/log`, who, {
      id: randomUUID(),
      occurredAt: new Date(Date.now() + 1000).toISOString(),
      ...entry,
    });
  const removal = { kind: 'removal', languages: ['my'], to: 'Shelter', transport: '', medicalNeeds: '' };
  await log(c.cookies.carer, { ...removal, count: 4, children: 1 });
  await log(c.cookies.carer, { ...removal, count: 2, children: 1 });
  await ok('POST', `/api/operations/plans/${opId}/conclude`, c.cookies.deputy);

  // The six screenings.
  const presumed = 'presumed_trafficked';
  scr.s0 = await screen({ sex: 'male', age: 16 }, PRESUMED, presumed, false);
  scr.s1 = await screen({ sex: 'female', age: 16 }, PRESUMED, presumed);
  scr.s2 = await screen({ sex: 'female', age: 24, guardian: '' }, PRESUMED, presumed);
  scr.s3 = await screen({ sex: 'male', age: 17 }, PRESUMED, presumed);
  scr.s4 = await screen({ sex: 'male', age: 35, guardian: '' }, EXPLOITED, 'exploited_not_trafficked');
  scr.s5 = await screen({ sex: 'female', age: 19, guardian: '' }, null, null);
  type Listed = { id: string; screeningId: string }[];
  const listed = (await ok('GET', '/api/protection/cases', worker)).cases as Listed;
  for (const k of ['c0', 'c1', 'c2', 'c3'] as const) {
    const found = listed.find((x) => x.screeningId === scr[`s${k[1]}` as keyof typeof scr]);
    cases[k] = found?.id ?? '';
    await ok('POST', `/api/protection/cases/${cases[k]}/owner`, worker);
    await ok('POST', `/api/protection/cases/${cases[k]}/needs`, worker, { language: 'my', needs: NEEDS });
  }
  expect(listed).toHaveLength(4);

  // Services, stays, a claim paid, the identity match.
  const services: Record<string, string> = {
    'c0 shelter': await service(cases.c0, 'shelter', 'accepted'),
    'c1 shelter': await service(cases.c1, 'shelter', 'accepted'),
    'c1 legal_aid': await service(cases.c1, 'legal_aid', 'declined'),
    'c2 medical': await service(cases.c2, 'medical', 'accepted'),
    'c2 return': await service(cases.c2, 'return', 'declined'),
    'c3 legal_aid': await service(cases.c3, 'legal_aid', 'declined'),
  };
  const post = (caseId: string, path: string, body?: object) =>
    ok('POST', `/api/protection/cases/${caseId}/${path}`, worker, body);
  const shelter = { place: 'Provincial shelter', freeToLeave: true };
  const stay = await post(cases.c1, 'stays', { ...shelter, startedOn: '2026-10-20' });
  await post(cases.c1, `stays/${stay.stayId ?? stay.id}/end`, { endedOn: '2026-11-10' });
  await post(cases.c2, 'stays', { ...shelter, startedOn: '2026-11-25' });
  const claim = { route: 'labour_claim', forum: 'Labour Court', amountClaimed: 45000, currency: 'THB' };
  const { claimId } = await post(cases.c2, 'compensation', claim);
  await post(cases.c2, `compensation/${claimId}/status`, { status: 'filed', on: '2026-10-20' });
  const award = { status: 'awarded', on: '2026-11-10', amountAwarded: 30000 };
  await post(cases.c2, `compensation/${claimId}/status`, award);
  const payment = { amount: 30000, receivedOn: '2026-11-20', from: 'employer' };
  await post(cases.c2, `compensation/${claimId}/payments`, payment);
  const passport = [{ kind: 'passport', number: 'MC 123456', country: 'MM' }];
  const person = { names: ['Aung Ko'], birthDate: '2010-01-02', nationality: 'MM', phones: [], photo: null };
  const identity = async (caseId: string) =>
    (
      await ok('PUT', `/api/protection/cases/${caseId}/identity`, worker, {
        ...person,
        documents: passport,
        address: 'Unknown',
      })
    ).earlierCaseId;
  expect(await identity(cases.c0)).toBeNull();
  expect(await identity(cases.c3)).toBe(cases.c0);

  await dateTheWorld(services);
}, 240_000);
afterAll(() => t.close());

const figures = (f: Filters = {}) => indicatorFigures(t.database.db, f, TODAY);
/** The table's cells as "key | key: count", zeros left out. */
const nonZero = (tables: IndicatorTable[], id: string) =>
  Object.fromEntries(
    (tables.find((x) => x.id === id)?.cells ?? [])
      .filter((x) => x.count > 0)
      .map((x) => [x.key.join(' | '), x.count]),
  );
const stagesOf = (tables: IndicatorTable[], id: string) =>
  Object.fromEntries((tables.find((x) => x.id === id)?.cells ?? []).map((x) => [x.key.join(' | '), x.count]));
const STAGES = ['removed', 'screened', 'presumed victims', 'protection cases'];
const SERVICES = ['accepted a service', 'declined a service', 'received compensation'];
const funnel = (counts: number[]) =>
  Object.fromEntries([...STAGES, ...SERVICES].map((k, i) => [k, counts[i]]));

describe('the protection indicators of a hand-counted world', () => {
  it('count every row, over all time', async () => {
    const { tables, medians } = await figures();
    // removed 6 (4 + 2 in ORIOLE's log); screened 5 (S0–S4; S5 not completed); presumed 4 (S0–S3); cases 4
    // (C0–C3); accepted 3 (C0, C1, C2); declined 3 (C1, C2, C3); compensated 1 (C2's claim paid).
    expect(stagesOf(tables, 'protection')).toEqual(funnel([6, 5, 4, 4, 3, 3, 1]));
    // S1 female child, S2 female adult, S0 and S3 male children (S4 was not presumed).
    expect(nonZero(tables, 'victims-identified')).toEqual({
      'female | child': 1,
      'female | adult': 1,
      'male | child': 2,
    });
    // Shelter-days are nights. C1 (child): 2026-10-20, leaving 2026-11-10 = 21 nights; C2 (adult): from
    // 2026-11-25, open, to today 2026-12-01 = 6 nights.
    expect(nonZero(tables, 'shelter-days')).toEqual({ child: 21, adult: 6 });
    // C1 0 days, C2 5 days, C0 40 days, C3 nothing accepted; the median of 0, 5, 40 is 5.
    expect(nonZero(tables, 'days-to-first-service')).toEqual({
      '0 to 1 day': 1,
      '2 to 7 days': 1,
      'more than 30 days': 1,
      'no service accepted yet': 1,
    });
    expect(medians).toEqual([expect.objectContaining({ id: 'days-to-first-service', days: 5, of: 3 })]);
    // C3 carries C0's passport; C0, C1, C2 are not flagged.
    expect(nonZero(tables, 're-trafficking')).toEqual({
      'identity match with an earlier case': 1,
      'not flagged': 3,
    });
    // The justice lines are indicators-justice.db.test.ts's (no arrest here, no case file).
    expect(nonZero(tables, 'national')).toEqual({
      'victims identified': 4,
      'victims identified: children': 3, // S0, S1, S3
      'victims identified: women and girls': 2, // S1, S2
      'victims identified: men and boys': 2, // S0, S3
      'cases investigated (operations concluded)': 1, // ORIOLE
      'victims assisted (accepted a service)': 3,
      'victims compensated': 1,
    });
    for (const table of tables)
      expect(table.total, table.id).toBe(table.cells.reduce((a, x) => a + x.count, 0));
  });

  it('narrow to a period: October cuts the stay and leaves the walk-in out; November holds only shelter-days', async () => {
    const oct = await figures({ from: '2026-10-01', to: '2026-10-31' });
    // S0 and C0 (March) fall out: screened 4, presumed 3, cases 3 (C1–C3); accepted 2 (C1, C2: the answers of
    // the cases opened in the period); declined 3; C2's payment counts with its case.
    expect(stagesOf(oct.tables, 'protection')).toEqual(funnel([6, 4, 3, 3, 2, 3, 1]));
    expect(nonZero(oct.tables, 'victims-identified')).toEqual({
      'female | child': 1,
      'female | adult': 1,
      'male | child': 1,
    });
    // C1's nights from 2026-10-20 to the period's end (the 31st's included): 12; C2's stay starts after it.
    expect(nonZero(oct.tables, 'shelter-days')).toEqual({ child: 12 });
    expect(nonZero(oct.tables, 'days-to-first-service')).toEqual({
      '0 to 1 day': 1,
      '2 to 7 days': 1,
      'no service accepted yet': 1,
    });
    expect(oct.medians[0]).toMatchObject({ days: 2.5, of: 2 });
    expect(nonZero(oct.tables, 're-trafficking')).toEqual({
      'identity match with an earlier case': 1,
      'not flagged': 2,
    });

    const nov = await figures({ from: '2026-11-01', to: '2026-11-30' });
    expect(stagesOf(nov.tables, 'protection')).toEqual(funnel([0, 0, 0, 0, 0, 0, 0]));
    // C1's nights from the period's start until she leaves on 2026-11-10: 9 (12 + 9 = 21 in all); C2's nights of
    // 2026-11-25 to 30: 6.
    expect(nonZero(nov.tables, 'shelter-days')).toEqual({ child: 9, adult: 6 });
  });

  it('narrow by sex and by age group', async () => {
    const women = (await figures({ sex: 'female' })).tables;
    // Removals have no sex recorded (unknown): 0. S1, S2 screened and presumed; C1, C2 accepted and declined;
    // C2 compensated.
    expect(stagesOf(women, 'protection')).toEqual(funnel([0, 2, 2, 2, 2, 2, 1]));
    expect(nonZero(women, 'victims-identified')).toEqual({ 'female | child': 1, 'female | adult': 1 });
    expect(nonZero(women, 'shelter-days')).toEqual({ child: 21, adult: 6 });
    expect(nonZero(women, 're-trafficking')).toEqual({ 'not flagged': 2 });

    const children = (await figures({ age: 'child' })).tables;
    // The log's 2 children; S0, S1, S3 screened, presumed and with cases; C0, C1 accepted; C1, C3 declined;
    // no child compensated.
    expect(stagesOf(children, 'protection')).toEqual(funnel([2, 3, 3, 3, 2, 2, 0]));
    expect(nonZero(children, 'shelter-days')).toEqual({ child: 21 });
    expect(nonZero(children, 'days-to-first-service')).toEqual({
      '0 to 1 day': 1,
      'more than 30 days': 1,
      'no service accepted yet': 1,
    });
    expect(nonZero(children, 're-trafficking')).toEqual({
      'identity match with an earlier case': 1,
      'not flagged': 2,
    });
    // 4 adults removed; S2, S4 screened; S2 presumed, C2's case accepted, declined and compensated.
    expect(stagesOf((await figures({ age: 'adult' })).tables, 'protection')).toEqual(
      funnel([4, 2, 1, 1, 1, 1, 1]),
    );
  });

  it("narrow by province: the site's province keeps ORIOLE's people, not the walk-in", async () => {
    const here = (await figures({ province: 'Samut Sakhon', country: 'TH' })).tables;
    // S0 and C0 came in without an operation: no place.
    expect(stagesOf(here, 'protection')).toEqual(funnel([6, 4, 3, 3, 2, 3, 1]));
    expect(nonZero(here, 'shelter-days')).toEqual({ child: 21, adult: 6 });
    const elsewhere = (await figures({ province: 'Bangkok' })).tables;
    for (const id of [
      'protection',
      'victims-identified',
      'shelter-days',
      'days-to-first-service',
      're-trafficking',
    ])
      expect(elsewhere.find((x) => x.id === id)?.total, id).toBe(0);
  });
});

describe('GET /api/outcomes/indicators on the same world', () => {
  it('shows figures of 3 and more and hides those under 3 (null)', async () => {
    const res = await api(
      'GET',
      '/api/outcomes/indicators?province=Samut%20Sakhon&from=2026-10-01&to=2026-10-31',
      meOfficer,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const shown = (id: string) =>
      Object.fromEntries(
        (body.tables.find((x: { id: string }) => x.id === id)?.cells ?? []).map(
          (x: { key: string[]; count: number | null }) => [x.key.join(' | '), x.count],
        ),
      );
    // As in October (the walk-in is out already): 6 removed, 3 presumed, 3 cases, 3 declined shown; 2 accepted and
    // 1 compensated hidden, and the 4 screened with them (secondary suppression: else the funnel's total would
    // give back their sum).
    expect(shown('protection')).toEqual({
      removed: 6,
      screened: null,
      'presumed victims': 3,
      'protection cases': 3,
      'accepted a service': null,
      'declined a service': 3,
      'received compensation': null,
    });
    // C1's 12 October days shown; the three presumed victims (one a cell) hidden, their total of 3 shown.
    expect(shown('shelter-days')).toEqual({ child: 12, adult: 0, unknown: 0 });
    const identified = body.tables.find((x: { id: string }) => x.id === 'victims-identified');
    expect(identified.total).toBe(3);
    expect(Object.entries(shown('victims-identified')).filter(([, n]) => n !== 0)).toEqual([
      ['female | child', null],
      ['female | adult', null],
      ['male | child', null],
    ]);
    // The median of two cases (0 and 5 days) withheld, and that it is of two.
    expect(body.medians[0]).toMatchObject({ days: null, of: null });
    const counts = body.tables.flatMap((x: { cells: { count: number | null }[] }) =>
      x.cells.map((y) => y.count),
    );
    expect(counts.filter((n: number | null) => n !== null && n > 0 && n < 3)).toEqual([]);
  });
});
