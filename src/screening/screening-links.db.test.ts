import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, executingOperation, operationCast } from '../operations/operation-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';

let t: TestApp;
let c: Cast;
let opId: string;
let receiver: string;
let stranger: string;

const plans = '/api/operations/plans';
const ANSWERS = {
  'deceptive_recruitment.deceived_about_the_nature_of_the_job_location_or': {
    answer: 'yes',
    observation: 'Told shop work',
  },
  'deceptive_recruitment.deceived_about_wages_earnings': {
    answer: 'yes',
    observation: 'Promised 9,000 baht',
  },
  'exploitative_conditions_of_work.excessive_working_days_or_hours': {
    answer: 'yes',
    observation: '5am to 10pm',
  },
  'exploitative_conditions_of_work.low_or_no_salary': { answer: 'yes', observation: 'Unpaid for months' },
};

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  opId = (await executingOperation(c, 'IBIS')).id;
  await c.call('POST', `${plans}/${opId}/log`, c.cookies.carer, {
    id: randomUUID(),
    kind: 'removal',
    occurredAt: new Date().toISOString(),
    count: 4,
    children: 4,
    languages: ['my'],
    to: 'Provincial shelter',
    transport: 'Van',
    medicalNeeds: '',
  });
  receiver = await signIn(t, await makeUser(t, ['screening_officer'], { agencyId: c.servicesAgency }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['screening_officer']));
});
afterAll(() => t.close());

async function screen(cookie: string, n: number) {
  const s = await c.call('POST', '/api/screenings', cookie, {
    source: 'operation',
    sourceRef: opId,
    pseudonym: `Person ${n}`,
    place: { kind: 'shelter', description: 'Interview room' },
    language: 'my',
    interpreter: { used: true, name: 'Interpreter', language: 'my' },
    consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
    age: 16,
    ageDoubtful: false,
    guardian: 'Shelter guardian',
    exploitation: 'labour',
    setId: 'ilo-ec-2009-labour',
  });
  expect(s.statusCode).toBe(201);
  const saved = await c.call('PATCH', `/api/screenings/${s.json().id}`, cookie, {
    version: s.json().version,
    answers: ANSWERS,
  });
  const done = await c.call('POST', `/api/screenings/${s.json().id}/complete`, cookie, {
    version: saved.json().version,
  });
  expect(done.json().evaluation.outcome).toBe('presumed_trafficked');
  return s.json().id as string;
}

describe('screening linked to the rest of the cycle', () => {
  it('starts from the operations whose people the screener receives, and from no other', async () => {
    for (const cookie of [c.cookies.carer, receiver]) {
      const ops = (await c.call('GET', '/api/screening/operations', cookie)).json().operations;
      expect(ops).toEqual([expect.objectContaining({ id: opId, codeName: 'IBIS', removed: 4, screened: 0 })]);
      expect(JSON.stringify(ops)).not.toContain('Golden Prawn');
    }
    expect((await c.call('GET', '/api/screening/operations', stranger)).json().operations).toEqual([]);
    const refused = await c.call('POST', '/api/screenings', stranger, {
      source: 'operation',
      sourceRef: opId,
      pseudonym: 'Person X',
      place: { kind: 'shelter', description: 'Room' },
      language: 'my',
      interpreter: { used: false },
      consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
      age: 30,
      ageDoubtful: false,
      exploitation: 'labour',
      setId: 'ilo-ec-2009-labour',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^sourceRef: /);
  });

  it('opens a protection case under the pseudonym for each presumed victim', async () => {
    const id = await screen(c.cookies.carer, 1);
    const s = (await c.call('GET', `/api/screenings/${id}`, c.cookies.carer)).json();
    expect(s.protectionCase).toMatchObject({ status: 'open' });
    const cases = (await c.call('GET', '/api/protection/cases', c.cookies.carer)).json().cases;
    expect(cases).toEqual([
      expect.objectContaining({ screeningId: id, pseudonym: 'Person 1', child: true, status: 'open' }),
    ]);
    expect((await c.call('GET', '/api/protection/cases', c.cookies.socialWorker)).json().cases).toEqual([]);
  });

  it("feeds the site's target profile with counts only, once the operation has ended and from three screenings", async () => {
    await screen(receiver, 2);
    const entity = `/api/intel/entities/${c.entity.id}`;
    expect((await c.call('GET', entity, c.cookies.analyst)).json().screeningFindings).toBeNull();
    await c.call('POST', `${plans}/${opId}/conclude`, c.cookies.deputy);
    expect((await c.call('GET', entity, c.cookies.analyst)).json().screeningFindings).toEqual({
      screened: 2,
      suppressed: true,
      presumedTrafficked: null,
      indicators: [],
    });
    await screen(receiver, 3);
    const page = (await c.call('GET', entity, c.cookies.analyst)).json();
    expect(page.screeningFindings).toMatchObject({ screened: 3, suppressed: false, presumedTrafficked: 3 });
    expect(page.screeningFindings.indicators).toContainEqual(
      expect.objectContaining({ indicator: 'exploitative_conditions_of_work.low_or_no_salary', observed: 3 }),
    );
    const text = JSON.stringify(page.screeningFindings);
    for (const personal of ['Person 1', 'Person 2', 'Unpaid for months', 'Shelter guardian'])
      expect(text).not.toContain(personal);
    const ops = (await c.call('GET', '/api/screening/operations', receiver)).json().operations;
    expect(ops).toEqual([expect.objectContaining({ id: opId, screened: 3 })]);
  });
});
