import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A labour inspection recorded on a phone on a plantation without a connection, sent when it returns (sync-rules.ts,
// inspection_visit / inspection_interview / inspection_findings): each record carries the phone's id and time;
// sent again it is answered as recorded and nothing changes; findings saved on a revision the office has saved
// over are refused with the findings now, and kept on the current revision they are saved.

let t: TestApp;
let phone: string;
let office: string;
let id: string;
const P = '/api/monitoring/inspections';
const iso = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const FORCED = 'ilo11.retention_of_identity_documents';
const WAGES = 'ilo11.withholding_of_wages';
const audits = (action: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['outcome', 'detail'])
    .where('action', '=', action)
    .where('resource_id', '=', id)
    .orderBy('seq')
    .execute();

beforeAll(async () => {
  t = await startTestApp();
  const labour = await insertAgency(t.database.db, 'Labour Protection Office (sync test)', 'labour');
  const a = await makeUser(t, ['labour_inspector'], { agencyId: labour });
  const b = await makeUser(t, ['labour_inspector'], { agencyId: labour });
  phone = await signIn(t, a);
  t.clock.advance(31_000);
  office = await signIn(t, b);
  const planned = await api('POST', P, phone, {
    kind: 'unannounced',
    plannedOn: iso(0),
    workplace: { name: 'Bang Phli Palm Plantation', sector: 'Agriculture', country: 'TH' },
    inspectorIds: [b.id],
  });
  expect(planned.statusCode, planned.body).toBe(201);
  id = planned.json().id;
  for (const who of [phone, office])
    expect((await api('POST', `${P}/${id}/independence`, who, { statement: 'no_interest' })).statusCode).toBe(
      200,
    );
});
afterAll(() => t?.close());

describe('an inspection recorded offline and sent later', () => {
  it('records the visit once, however often it is sent', async () => {
    const visit = {
      id: crypto.randomUUID(),
      visitedOn: iso(0),
      workers: { female: 6, male: 9, other: 0, under18: 1, migrant: 12 },
    };
    const first = await api('POST', `${P}/${id}/visit`, phone, visit);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().duplicate).toBe(false);
    const again = await api('POST', `${P}/${id}/visit`, phone, visit);
    expect(again.json()).toEqual({ id, status: 'visited', duplicate: true });
    expect(await audits('monitoring.inspection_visit')).toHaveLength(1);
  });

  it('records an interview once under the phone id, at the time recorded on the phone', async () => {
    const at = new Date(Date.now() - 40 * 60_000).toISOString();
    const interview = {
      id: crypto.randomUUID(),
      at,
      code: 'CANARY-Harvester-P3',
      private: true,
      language: 'my',
      interpreter: true,
      sex: 'male',
      under18: false,
    };
    const first = await api('POST', `${P}/${id}/interviews`, phone, interview);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ id: interview.id, duplicate: false });
    const again = await api('POST', `${P}/${id}/interviews`, phone, interview);
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    const p = (await api('GET', `${P}/${id}`, phone)).json();
    expect(p.interviews).toHaveLength(1);
    expect(p.interviews[0]).toMatchObject({ id: interview.id, code: interview.code, at });
    expect(await audits('monitoring.inspection_interview')).toHaveLength(1);
    // A time still to come is refused.
    const later = await api('POST', `${P}/${id}/interviews`, phone, {
      ...interview,
      id: crypto.randomUUID(),
      at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(later.statusCode).toBe(400);
  });

  it('saves findings once; a save on a revision the office saved over is refused with theirs, then kept', async () => {
    const before = (await api('GET', `${P}/${id}`, phone)).json();
    expect(before.findings.revision).toBe(0);
    expect(before.findings.savedAt).toBeNull();
    const at = new Date(Date.now() - 30 * 60_000).toISOString();
    const mine = {
      id: crypto.randomUUID(),
      at,
      revision: 0,
      indicators: [
        { id: FORCED, answer: 'observed', workers: 4, observation: 'CANARY passports in the foreman hut' },
      ],
      breaches: [],
    };
    const first = await api('PUT', `${P}/${id}/findings`, phone, mine);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ observed: 1, breaches: 0, revision: 1, duplicate: false });
    const again = await api('PUT', `${P}/${id}/findings`, phone, mine);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ observed: 1, revision: 1, duplicate: true });
    const saved = (await api('GET', `${P}/${id}`, phone)).json();
    expect(saved.findings.savedAt).toBe(at);

    // The office saves on revision 1: wages withheld.
    const theirs = await api('PUT', `${P}/${id}/findings`, office, {
      revision: 1,
      indicators: [
        { id: FORCED, answer: 'observed', workers: 4, observation: 'CANARY passports in the foreman hut' },
        { id: WAGES, answer: 'observed', workers: 9, observation: 'CANARY paid only at season end' },
      ],
      breaches: [{ breach: 'unpaid_wages', workers: 9, note: '' }],
    });
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json().revision).toBe(2);

    // The phone, still on revision 1, saves a breach: refused with the findings now, nothing saved.
    const late = {
      id: crypto.randomUUID(),
      at: new Date(Date.now() - 20 * 60_000).toISOString(),
      revision: 1,
      indicators: mine.indicators,
      breaches: [{ breach: 'excessive_hours', workers: 7, note: 'CANARY 14 hours a day' }],
    };
    const stale = await api('PUT', `${P}/${id}/findings`, phone, late);
    expect(stale.statusCode).toBe(409);
    const error = stale.json().error;
    expect(error.code).toBe('stale_revision');
    expect(error.details.current.revision).toBe(2);
    expect(error.details.current.indicators).toContainEqual({
      id: WAGES,
      answer: 'observed',
      workers: 9,
      observation: 'CANARY paid only at season end',
    });
    expect(error.details.current.breaches).toEqual([{ breach: 'unpaid_wages', workers: 9, note: '' }]);
    const unchanged = (await api('GET', `${P}/${id}`, phone)).json();
    expect(unchanged.findings.revision).toBe(2);

    // Kept: sent again on the current revision, over theirs.
    const kept = await api('PUT', `${P}/${id}/findings`, phone, {
      ...late,
      revision: 2,
      breaches: [...error.details.current.breaches, ...late.breaches],
    });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ revision: 3, breaches: 2, duplicate: false });

    const trail = await audits('monitoring.inspection_findings');
    expect(trail.map((a) => a.outcome)).toEqual(['success', 'success', 'failure', 'success']);
    expect(JSON.stringify(trail)).not.toContain('CANARY');
    expect(JSON.stringify(trail[2]?.detail)).toContain('"baseRevision":1');
  });

  it('never takes an id from another inspection', async () => {
    const other = await api('POST', P, phone, {
      kind: 'planned',
      plannedOn: iso(1),
      workplace: { name: 'Another plantation', sector: 'Agriculture', country: 'TH' },
    });
    const p = (await api('GET', `${P}/${id}`, phone)).json();
    const reused = await api('POST', `${P}/${other.json().id}/interviews`, phone, {
      id: p.interviews[0].id,
      code: 'CANARY-Other',
      private: true,
      language: 'th',
      interpreter: false,
      sex: 'female',
      under18: false,
    });
    expect(reused.statusCode).toBe(409);
  });
});
