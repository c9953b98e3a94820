import { expect } from 'vitest';
import { screeningStart } from '../screening/screening-fixture.ts';
import { type TestApp, withSession } from '../server/testing.ts';

/** Answers that make the fixture's 16-year-old a presumed victim of trafficking for labour. */
const ANSWERS = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'Shop work',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: '9,000 baht' },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': {
    answer: 'yes',
    observation: '5am to 10pm',
  },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'Unpaid for months' },
};

/**
 * For tests: a walk-in screening completed by `screener` (a screening officer), which opens a protection case in
 * their agency; answers the case's id once `reader` (who may list the agency's cases) finds it by its id. `change`
 * replaces fields of the screening's start (its pseudonym, the person's age, the exploitation).
 */
export async function openCase(
  t: TestApp,
  screener: string,
  reader: string,
  ref = 'W-1',
  change: Record<string, unknown> = {},
): Promise<string> {
  const api = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
  const s = await api(
    'POST',
    '/api/screenings',
    screener,
    screeningStart({ source: 'walk_in', sourceRef: ref, ...change }),
  );
  expect(s.statusCode, s.body).toBe(201);
  const id = s.json().id as string;
  const saved = await api('PATCH', `/api/screenings/${id}`, screener, {
    version: s.json().version,
    answers: ANSWERS,
  });
  const done = await api('POST', `/api/screenings/${id}/complete`, screener, {
    version: saved.json().version,
  });
  expect(done.json().evaluation.outcome).toBe('presumed_trafficked');
  const opened = done.json().protectionCase?.id as string | undefined;
  if (!opened) throw new Error('The completed screening opened no case.');
  const listed = await api('GET', `/api/protection/cases?q=${opened}`, reader);
  expect(listed.statusCode, listed.body).toBe(200);
  const c = (listed.json().cases as { id: string; screeningId: string }[]).find((x) => x.screeningId === id);
  if (!c) throw new Error('The reader does not find the case opened.');
  return c.id;
}
