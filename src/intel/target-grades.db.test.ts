import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A decision on a target of the picture takes the grades of the reports about it, not those typed.

let t: TestApp;
let analyst: string;
let commander: string;
let outsider: string;
let siteId: string;
let bareId: string;

const assessment = (source: string, info: string, reports: number) => ({
  dangerToLife: 'high',
  childrenPresent: 'no',
  peopleAtRisk: 6,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: source, strongestInfoGrade: info, corroboratingReports: reports },
  nonTestimonialEvidence: ['call_records'],
  risks: { victims: 'medium', officers: 'low', bystanders: 'low', lawfulWorkers: 0 },
  corruptionLeakRisk: 'low',
  servicesReady: true,
});

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  commander = await signIn(t, await makeUser(t, ['operation_commander'], { agencyId: a.agencyId }));
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(analyst) })).json();
  siteId = (await post('/api/intel/entities', { type: 'site', label: 'Pier 9 cold store' })).id;
  bareId = (await post('/api/intel/entities', { type: 'site', label: 'Nothing known' })).id;
  const source = (await post('/api/intel/sources', { code: 'SRC-9', kind: 'informant' })).id;
  const report = async (infoGrade: string, sourceGrade: string) =>
    (
      await post('/api/intel/reports', {
        sourceId: source,
        reportedOn: '2026-05-01',
        title: 'Cold store',
        handling: 'P',
        items: [{ text: 'Workers locked in at night', sourceGrade, infoGrade }],
      })
    ).id;
  const weak = await report('C', '2');
  const strong = await report('B', '1');
  await post(`/api/intel/entities/${siteId}/facts`, {
    attribute: 'address',
    value: 'Pier 9',
    reportId: weak,
    sourceGrade: '2',
    infoGrade: 'C',
  });
  await post(`/api/intel/entities/${siteId}/facts`, {
    attribute: 'site_kind',
    value: 'seafood_processing',
    reportId: strong,
    sourceGrade: '1',
    infoGrade: 'B',
  });
}, 60_000);
afterAll(() => t.close());

describe('grades from the picture', () => {
  it('gives the best-graded report about a target and how many others back it up', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/intel/entities/${siteId}/grades`,
      ...withSession(analyst),
    });
    expect(res.json().grades).toMatchObject({
      strongestSourceGrade: '1',
      strongestInfoGrade: 'B',
      corroboratingReports: 1,
    });
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/intel/entities/${bareId}/grades`,
      ...withSession(analyst),
    });
    expect(none.json().grades).toBeNull();
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/intel/entities/${siteId}/grades`,
      ...withSession(outsider),
    });
    expect(other.statusCode).toBe(404);
  });

  it('a decision on the target takes them instead of the grades typed; a target the picture knows nothing of keeps them', async () => {
    const decide = (entityId: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/operations/decisions',
        payload: {
          target: { entityId, label: 'Cold store' },
          assessment: assessment('3', 'E', 0),
          decision: 'labour_inspection',
          rationale: 'Assessed on what the picture holds about this cold store.',
        },
        ...withSession(commander),
      });
    const made = await decide(siteId);
    expect(made.statusCode).toBe(201);
    expect(made.json().assessment.intelligence).toEqual({
      strongestSourceGrade: '1',
      strongestInfoGrade: 'B',
      corroboratingReports: 1,
    });
    const typed = (await decide(bareId)).json();
    expect(typed.assessment.intelligence).toEqual({
      strongestSourceGrade: '3',
      strongestInfoGrade: 'E',
      corroboratingReports: 0,
    });
  });
});
