import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { loadDemo } from '../world/demo.ts';
import { screeningStart } from './screening-fixture.ts';

let t: TestApp;
let first: string;
let second: string;

const I = {
  wages: 'deceptive_recruitment.deceived_about_wages_earnings',
  hours: 'exploitative_conditions_of_work.excessive_working_days_or_hours',
  salary: 'exploitative_conditions_of_work.low_or_no_salary',
};

beforeAll(async () => {
  t = await startTestApp();
  await loadDemo(t.database.db);
  const one = await makeUser(t, ['screening_officer']);
  first = await signIn(t, one);
  t.clock.advance(30_000);
  // A second screener of the same agency, on another device.
  second = await signIn(t, await makeUser(t, ['screening_officer'], { agencyId: one.agencyId }));
});
afterAll(() => t.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

describe('answers saved on a version someone has saved over (a phone back from offline)', () => {
  it('are refused with the answers now; kept on the current version they merge per indicator', async () => {
    const s = (await api('POST', '/api/screenings', first, screeningStart())).json();
    const theirs = await api('PATCH', `/api/screenings/${s.id}`, second, {
      version: s.version,
      answers: {
        [I.wages]: { answer: 'yes', observation: 'Promised 9,000 baht a month' },
        [I.hours]: { answer: 'no', observation: '' },
      },
    });
    expect(theirs.statusCode).toBe(200);

    const mine = { [I.hours]: { answer: 'yes', observation: 'Works 5am to 10pm' } };
    const stale = await api('PATCH', `/api/screenings/${s.id}`, first, { version: s.version, answers: mine });
    expect(stale.statusCode).toBe(409);
    const error = stale.json().error;
    expect(error.code).toBe('conflict');
    expect(error.details.current.version).toBe(theirs.json().version);
    expect(error.details.current.answers[I.wages]).toEqual({
      answer: 'yes',
      observation: 'Promised 9,000 baht a month',
    });
    expect(error.details.current.answers[I.hours].answer).toBe('no');
    // Nothing saved.
    const after = (await api('GET', `/api/screenings/${s.id}`, first)).json();
    expect(after.version).toBe(theirs.json().version);
    expect(after.answers[I.hours].answer).toBe('no');

    // Kept: sent again on the current version, theirs stay for the indicators it does not name.
    const kept = await api('PATCH', `/api/screenings/${s.id}`, first, {
      version: error.details.current.version,
      answers: mine,
    });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().answers[I.hours]).toEqual(mine[I.hours]);
    expect(kept.json().answers[I.wages].observation).toBe('Promised 9,000 baht a month');

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['outcome', 'detail'])
      .where('action', '=', 'screening.answer')
      .where('resource_id', '=', s.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.outcome)).toEqual(['success', 'failure', 'success']);
    const failed = JSON.stringify(audit[1]?.detail);
    expect(failed).toContain('"baseVersion"');
    // The audit names how many indicators, never what was said.
    expect(failed).not.toContain('5am');
  });

  it('a completed screening refuses answers without sending them back', async () => {
    const s = (
      await api('POST', '/api/screenings', first, screeningStart({ age: 30, guardian: null }))
    ).json();
    const done = await api('POST', `/api/screenings/${s.id}/complete`, first, { version: s.version });
    expect(done.statusCode).toBe(200);
    const late = await api('PATCH', `/api/screenings/${s.id}`, first, {
      version: done.json().version,
      answers: { [I.salary]: { answer: 'yes', observation: 'Not paid' } },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details).toBeUndefined();
  });
});
