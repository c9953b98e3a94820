import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { loadDemo } from '../world/demo.ts';
import { screeningStart } from './screening-fixture.ts';

let t: TestApp;
let cookie: string;
let other: string;
let providerId: string;

const I = {
  job: 'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or',
  wages: 'deceptive_recruitment.deceived_about_wages_earnings',
  hours: 'exploitative_conditions_of_work.excessive_working_days_or_hours',
  salary: 'exploitative_conditions_of_work.low_or_no_salary',
};

const start = screeningStart();

beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.database.db);
  const officer = await makeUser(t, ['screening_officer']);
  cookie = await signIn(t, officer);
  const elsewhere = await makeUser(t, ['screening_officer']);
  t.clock.advance(30_000);
  other = await signIn(t, elsewhere);
  const res = await t.app.inject({ method: 'GET', url: '/api/service-providers', ...withSession(cookie) });
  const providers =
    res.json().providers ??
    (() => {
      throw new Error(res.body);
    })();
  providerId = providers.find((p: { kind: string }) => p.kind === 'shelter').id;
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, c = cookie) =>
  t.app.inject({ method, url, ...withSession(c), ...(payload ? { payload } : {}) });

describe('a screening interview', () => {
  it('is refused without consent, and for a child without a guardian', async () => {
    const noConsent = await api('POST', '/api/screenings', {
      ...start,
      consent: { ...start.consent, interview: false },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.message).toMatch(/consent/);
    const noGuardian = await api('POST', '/api/screenings', { ...start, age: null, guardian: null });
    expect(noGuardian.statusCode).toBe(400);
    expect(noGuardian.json().error.message).toMatch(/guardian/);
    const atScene = await api('POST', '/api/screenings', {
      ...start,
      place: { kind: 'crime_scene', description: 'the factory' },
    });
    expect(atScene.statusCode).toBe(400);
  });

  it('runs from answers to an explained outcome, then a referral with consent, all audited', async () => {
    const created = await api('POST', '/api/screenings', start);
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s.guardian).toBe('Shelter guardian on duty');
    const stored = await t.database.db
      .selectFrom('screenings')
      .select('guardian_enc')
      .where('id', '=', s.id)
      .executeTakeFirstOrThrow();
    expect(stored.guardian_enc).not.toContain('guardian');

    const noObservation = await api('PATCH', `/api/screenings/${s.id}`, {
      version: s.version,
      answers: { [I.job]: { answer: 'yes', observation: ' ' } },
    });
    expect(noObservation.statusCode).toBe(400);
    const saved = await api('PATCH', `/api/screenings/${s.id}`, {
      version: s.version,
      answers: {
        [I.job]: { answer: 'yes', observation: 'Told she would work in a shop' },
        [I.wages]: { answer: 'yes', observation: 'Promised 9,000 baht a month' },
        [I.hours]: { answer: 'yes', observation: 'Works 5am to 10pm' },
      },
    });
    expect(saved.statusCode).toBe(200);
    // Resumable: a second save with the new version adds to the answers.
    const more = await api('PATCH', `/api/screenings/${s.id}`, {
      version: saved.json().version,
      answers: { [I.salary]: { answer: 'yes', observation: 'Not paid for three months' } },
    });
    expect(Object.keys(more.json().answers)).toHaveLength(4);
    // A stale version loses nothing: it is refused.
    const stale = await api('PATCH', `/api/screenings/${s.id}`, {
      version: saved.json().version,
      answers: { [I.salary]: { answer: 'no', observation: '' } },
    });
    expect(stale.statusCode).toBe(409);

    const done = await api('POST', `/api/screenings/${s.id}/complete`, { version: more.json().version });
    expect(done.statusCode).toBe(200);
    expect(done.json().evaluation.outcome).toBe('presumed_trafficked');
    expect(done.json().evaluation.rule).toMatch(/a child needs no means/);
    expect(done.json().evaluation.basis.rule.code).toBe('child_act_exploitation');
    expect(done.json().nonPunishment).toBe(true);

    const noConsent = await api('POST', `/api/screenings/${s.id}/referrals`, {
      providerId,
      consent: false,
      sharedItems: ['pseudonym'],
    });
    expect(noConsent.statusCode).toBe(400);
    const referral = await api('POST', `/api/screenings/${s.id}/referrals`, {
      providerId,
      consent: true,
      sharedItems: ['pseudonym', 'age', 'language'],
    });
    expect(referral.statusCode).toBe(201);
    expect(referral.json()).toMatchObject({ status: 'sent', sharedItems: ['pseudonym', 'age', 'language'] });
    const accepted = await api('PATCH', `/api/referrals/${referral.json().id}`, { status: 'accepted' });
    expect(accepted.json().status).toBe('accepted');

    const actions = (
      await t.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('resource_id', 'in', [s.id, referral.json().id])
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'screening.start',
        'screening.answer',
        'screening.complete',
        'referral.create',
        'referral.status',
      ]),
    );
  });

  it('is invisible to another agency, exactly as a missing one', async () => {
    const s = (await api('POST', '/api/screenings', start)).json();
    const foreign = await api('GET', `/api/screenings/${s.id}`, undefined, other);
    const missing = await api(
      'GET',
      '/api/screenings/00000000-0000-4000-8000-000000000000',
      undefined,
      other,
    );
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(
      (await api('GET', '/api/screenings', undefined, other))
        .json()
        .screenings.map((x: { id: string }) => x.id),
    ).not.toContain(s.id);
  });
});

describe('evaluation through the API', () => {
  it('answers the batch format, and names unknown indicators', async () => {
    const ok = await api('POST', '/api/screening/evaluate', [
      { age: 30, exploitation: 'labour', indicators: [I.hours, I.salary] },
    ]);
    expect(ok.json().results[0].outcome).toBe('exploited_not_trafficked');
    const bad = await api('POST', '/api/screening/evaluate', {
      screenings: [{ ref: 'x', age: 30, exploitation: 'labour', indicators: ['made.up'] }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/"made.up" is not an indicator/);
  });

  it('serves a published set with the questions put to the person, in the seven languages', async () => {
    const set = (await api('GET', '/api/screening/sets/ilo-forced-labour-11')).json();
    expect(Object.keys(set.questions).sort()).toEqual(['en', 'km', 'lo', 'my', 'th', 'vi', 'zh']);
    for (const questions of Object.values(set.questions) as Record<string, string>[])
      expect(Object.keys(questions).sort()).toEqual(set.indicators.map((i: { id: string }) => i.id).sort());
    expect(set.rules.checklist).toBeDefined();
  });

  it("takes an agency's own indicator set as data, versioned", async () => {
    const local = {
      id: 'national-screening-form',
      version: '1',
      name: 'National screening form',
      kind: 'checklist',
      exploitation: ['labour'],
      source: 'Agency form',
      complete: true,
      rules: { checklist: 'Any indicator present: full screening.' },
      indicators: [{ id: 'nsf.passport_held', label: 'Passport held by employer' }],
    };
    expect((await api('POST', '/api/screening/sets', local)).statusCode).toBe(201);
    expect((await api('POST', '/api/screening/sets', local)).statusCode).toBe(409);
    const sets = (await api('GET', '/api/screening/sets')).json().sets.map((s: { id: string }) => s.id);
    expect(sets).toContain('national-screening-form');
    const badSet = await api('POST', '/api/screening/sets', { ...local, id: 'x2', indicators: [] });
    expect(badSet.statusCode).toBe(400);
    // Without questions for the person, it has none; with them, they are served as given.
    expect((await api('GET', '/api/screening/sets/national-screening-form')).json().questions).toEqual({});
    const asked = { th: { 'nsf.passport_held': 'นายจ้างยึดหนังสือเดินทางของคุณไว้หรือไม่' } };
    expect(
      (await api('POST', '/api/screening/sets', { ...local, version: '2', questions: asked })).statusCode,
    ).toBe(201);
    expect((await api('GET', '/api/screening/sets/national-screening-form')).json().questions).toEqual(asked);
    const stray = await api('POST', '/api/screening/sets', {
      ...local,
      version: '3',
      questions: { en: { 'nsf.elsewhere': 'Were you elsewhere?' } },
    });
    expect(stray.statusCode).toBe(400);
    expect(stray.json().error.message).toContain('names no indicator of the set');
    expect(
      (await api('GET', '/api/screening/sets', undefined, other))
        .json()
        .sets.map((s: { id: string }) => s.id),
    ).not.toContain('national-screening-form');
  });
});
