import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../platform/logger.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from './testing.ts';

// Text a person typed, with a NUL in it: refused as input (400), and never written to the log.
const CANARY = 'Somchai Canary';
const NUL_TEXT = `${CANARY}\u0000 0812345678`;

let t: TestApp;
let lines: string[] = [];
let commander: string;
let officer: string;
let analyst: string;
let auditor: string;
let entityId: string;

const assessment = {
  dangerToLife: 'high',
  childrenPresent: 'yes',
  peopleAtRisk: 14,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '1', strongestInfoGrade: 'B', corroboratingReports: 3 },
  nonTestimonialEvidence: ['financial', 'call_records'],
  risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 0 },
  corruptionLeakRisk: 'high',
  servicesReady: true,
};
const screening = screeningStart();

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  t = await startTestApp({}, { logger: createLogger('trace', sink) });
  const c = await makeUser(t, ['operation_commander']);
  commander = await signIn(t, c);
  const a = await makeUser(t, ['analyst'], { agencyId: c.agencyId });
  analyst = await signIn(t, a);
  auditor = await signIn(t, await makeUser(t, ['auditor'], { agencyId: c.agencyId }));
  t.clock.advance(30_000);
  officer = await signIn(t, await makeUser(t, ['screening_officer']));
  const entity = await t.app.inject({
    method: 'POST',
    url: '/api/intel/entities',
    ...withSession(analyst),
    payload: { type: 'site', label: 'Golden Prawn Peeling Shed' },
  });
  entityId = entity.json().id;
});
afterAll(() => t.close());

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

/** The answer is a plain 400 that does not echo the input, and the log holds none of it. */
async function expectRefusedUnlogged(
  run: () => Promise<{ statusCode: number; body: string }>,
  secrets: string[] = [CANARY, '0812345678'],
) {
  lines = [];
  const res = await run();
  expect(res.statusCode, res.body).toBe(400);
  for (const s of secrets) expect(res.body).not.toContain(s);
  const log = lines.join('\n');
  expect(log).toContain('"status":400');
  for (const s of secrets) expect(log).not.toContain(s);
  expect(log).not.toMatch(/\\u0000/);
}

describe('text with a NUL and out-of-range dates are bad input, not server errors', () => {
  it("in a decision's rationale", async () => {
    await expectRefusedUnlogged(() =>
      send('POST', '/api/operations/decisions', commander, {
        target: { label: 'Golden Prawn Peeling Shed' },
        assessment,
        decision: 'planned_raid_and_rescue',
        rationale: NUL_TEXT,
      }),
    );
  });

  it("in a screening's source reference, interpreter and guardian", async () => {
    for (const over of [
      { sourceRef: NUL_TEXT },
      { interpreter: { used: true, name: NUL_TEXT, language: 'my' } },
      { guardian: NUL_TEXT },
    ])
      await expectRefusedUnlogged(() => send('POST', '/api/screenings', officer, { ...screening, ...over }));
  });

  it("in a screening's observation", async () => {
    const started = await send('POST', '/api/screenings', officer, screening);
    expect(started.statusCode, started.body).toBe(201);
    const s = started.json();
    await expectRefusedUnlogged(() =>
      send('PATCH', `/api/screenings/${s.id}`, officer, {
        version: s.version,
        answers: {
          'deceptive_recruitment.deceived_about_wages_earnings': { answer: 'yes', observation: NUL_TEXT },
        },
      }),
    );
    const after = await send('GET', `/api/screenings/${s.id}`, officer);
    expect(after.json().version).toBe(s.version);
  });

  it('in a timeline that asks for events before the year 0', async () => {
    for (const before of ['0000-01-01T00:00:00Z', '0000-01-01', '+010000-01-01T00:00:00Z'])
      await expectRefusedUnlogged(
        () =>
          send(
            'GET',
            `/api/intel/entities/${entityId}/timeline?before=${encodeURIComponent(before)}`,
            analyst,
          ),
        ['0000-01-01', '010000'],
      );
    const fine = await send(
      'GET',
      `/api/intel/entities/${entityId}/timeline?before=2026-12-01T00:00:00Z`,
      analyst,
    );
    expect(fine.statusCode).toBe(200);
  });

  it('in search terms and filters of the query string', async () => {
    const q = encodeURIComponent(NUL_TEXT);
    await expectRefusedUnlogged(() => send('GET', `/api/intel/search?q=${q}`, analyst));
    await expectRefusedUnlogged(() => send('GET', `/api/monitoring/tips?q=${q}`, analyst));
    await expectRefusedUnlogged(() => send('GET', `/api/audit?resourceId=${q}`, auditor));
    await expectRefusedUnlogged(() =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { username: NUL_TEXT, password: 'x' },
      }),
    );
  });

  it('other control characters are refused too; tabs and line breaks are kept', async () => {
    await expectRefusedUnlogged(() =>
      send('POST', '/api/operations/decisions', commander, {
        target: { label: 'Golden Prawn Peeling Shed' },
        assessment,
        decision: 'planned_raid_and_rescue',
        rationale: `${CANARY}\u001b[2J`,
      }),
    );
    const ok = await send('POST', '/api/operations/decisions', commander, {
      target: { label: 'Golden Prawn Peeling Shed' },
      assessment,
      decision: 'planned_raid_and_rescue',
      rationale: 'Children seen.\r\n\tGraded 1B.',
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
