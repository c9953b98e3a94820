import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

let t: TestApp;
let commander: string;
let deputy: string;
let analyst: string;
let outsider: string;

const assessment = {
  dangerToLife: 'high',
  childrenPresent: 'yes',
  peopleAtRisk: 14,
  exploitation: ['sexual'],
  intelligence: { strongestSourceGrade: '1', strongestInfoGrade: 'B', corroboratingReports: 3 },
  nonTestimonialEvidence: ['financial', 'call_records'],
  risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 0 },
  corruptionLeakRisk: 'high',
  servicesReady: false,
};
const api = (method: 'GET' | 'POST', url: string, payload: object | undefined, cookie: string) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const c = await makeUser(t, ['operation_commander']);
  commander = await signIn(t, c);
  const d = await makeUser(t, ['operation_commander'], { agencyId: c.agencyId });
  deputy = await signIn(t, d);
  const a = await makeUser(t, ['analyst'], { agencyId: c.agencyId });
  analyst = await signIn(t, a);
  const o = await makeUser(t, ['operation_commander']);
  t.clock.advance(30_000);
  outsider = await signIn(t, o);
});
afterAll(() => t.close());

describe('intervention decisions', () => {
  it('records the recommendation with its reasons, approved by someone other than the decider, with dissent beside it', async () => {
    const made = await api(
      'POST',
      '/api/operations/decisions',
      {
        target: { label: 'Golden Massage, Pattaya' },
        assessment,
        decision: 'planned_raid_and_rescue',
        rationale: 'Children held; intelligence graded 1B and corroborated.',
      },
      commander,
    );
    expect(made.statusCode).toBe(201);
    const d = made.json();
    expect(d).toMatchObject({
      recommendation: 'planned_raid_and_rescue',
      followsRecommendation: true,
      status: 'awaiting_approval',
    });
    expect(d.cautions).toContainEqual({ code: 'services_not_ready' });
    expect(
      (
        await api(
          'POST',
          `/api/operations/decisions/${d.id}/approval`,
          { approve: true, note: 'self' },
          commander,
        )
      ).statusCode,
    ).toBe(403);
    const dissented = await api(
      'POST',
      `/api/operations/decisions/${d.id}/dissent`,
      { text: 'A raid will scatter the victims; inspect first.' },
      analyst,
    );
    expect(dissented.json().dissents).toHaveLength(1);
    const approved = (
      await api(
        'POST',
        `/api/operations/decisions/${d.id}/approval`,
        { approve: true, note: 'Prepare shelter places first.' },
        deputy,
      )
    ).json();
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).not.toBe(approved.decidedBy);
    expect(approved.approvedById).not.toBe(approved.decidedById);
    expect((await api('GET', `/api/operations/decisions/${d.id}`, undefined, outsider)).statusCode).toBe(404);
  });

  it('asks why when the decision departs from the recommendation', async () => {
    const bare = await api(
      'POST',
      '/api/operations/decisions',
      { target: { label: 'Farm' }, assessment, decision: 'community_monitoring', rationale: 'no' },
      commander,
    );
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toMatch(/departs from the recommendation/);
    const reasoned = await api(
      'POST',
      '/api/operations/decisions',
      {
        target: { label: 'Farm' },
        assessment,
        decision: 'intelligence_build_up',
        rationale: 'The only corroboration comes from the same family of sources.',
      },
      commander,
    );
    expect(reasoned.json().followsRecommendation).toBe(false);
  });

  it('refuses any objective but the three: seeking out irregular migrants is not an intervention', async () => {
    const r = await api(
      'POST',
      '/api/operations/decisions',
      { target: { label: 'Site' }, assessment, decision: 'immigration_sweep', rationale: 'x'.repeat(30) },
      commander,
    );
    expect(r.statusCode).toBe(400);
  });
});
