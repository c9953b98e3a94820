import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { openCase as openProtectionCase } from '../protection/case-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// Who took part in a case's hearings, without identity. A screening opens a protection case; its caseworker
// records the person's consent to share her pseudonym with the prosecution office. The prosecutor ties her to the
// trial as a victim-witness: she is called "Person 7" only while that consent lasts (each showing audited on her
// protection case), "Victim-witness 1" once it is withdrawn; without consent she cannot be tied at all.

let t: TestApp;
let prosecutor: string;
let worker: string;
let officeId: string;
let caseId: string;
let protectionCaseId: string;
const hearing = {} as Record<'trial' | 'verdict' | 'cancelled', string>;

const DAY = 86_400_000;
const at = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = prosecutor) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = () => `/api/prosecution/cases/${caseId}`;
const court = async () => (await api('GET', `${base()}/court`)).json();
const post = async (url: string, payload: object, status = 201) => {
  const r = await api('POST', `${base()}${url}`, payload);
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};
const participantRows = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('prosecution_participants')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  officeId = await insertAgency(t.database.db, 'Office with witnesses', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  const officer = await makeUser(t, ['screening_officer']);
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  protectionCaseId = await openProtectionCase(t, screener, worker);
  const own = await api('POST', `/api/protection/cases/${protectionCaseId}/owner`, undefined, worker);
  expect(own.statusCode).toBe(200);
  caseId = (await api('POST', '/api/prosecution/cases', { title: 'Karaoke bar case' })).json().id;
  for (const [k, n] of [
    ['trial', -20],
    ['verdict', -10],
    ['cancelled', -5],
  ] as const)
    hearing[k] = (
      await post('/hearings', { kind: k === 'cancelled' ? 'bail' : k, at: at(n), court: 'Court' })
    ).hearingId;
  await post(`/hearings/${hearing.cancelled}/outcome`, { outcome: 'cancelled' }, 200);
}, 120_000);
afterAll(() => t.close());

describe('who took part', () => {
  const tie = (hearingId = hearing.trial) =>
    api('POST', `${base()}/hearings/${hearingId}/participants`, {
      role: 'victim_witness',
      protectionCaseId,
      measures: ['video_link', 'screen', 'pseudonym_only'],
    });

  it('cannot tie a victim-witness to a protection case that does not share her pseudonym', async () => {
    const before = await participantRows();
    expect((await tie()).statusCode).toBe(404);
    const other = await api('POST', `${base()}/hearings/${hearing.trial}/participants`, {
      role: 'witness',
      protectionCaseId,
      measures: [],
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.message).toMatch(/^protectionCaseId: only a victim-witness/);
    const cancelled = await api('POST', `${base()}/hearings/${hearing.cancelled}/participants`, {
      role: 'officer',
      measures: [],
    });
    expect(cancelled.statusCode).toBe(409);
    expect(await participantRows()).toBe(before);
  });

  it('names her by her pseudonym only while she consents to share it with the office', async () => {
    const consent = await api(
      'POST',
      `/api/protection/cases/${protectionCaseId}/consents`,
      { item: 'pseudonym', agencyId: officeId, language: 'my' },
      worker,
    );
    expect(consent.statusCode, consent.body).toBe(201);
    const tied = await tie();
    expect(tied.statusCode, tied.body).toBe(201);
    expect(tied.json()).toMatchObject({ role: 'victim_witness', n: 1, label: 'Person 7' });
    await post(`/hearings/${hearing.trial}/participants`, { role: 'officer', measures: [] });
    await post(`/hearings/${hearing.trial}/participants`, { role: 'witness', measures: ['interpreter'] });
    expect((await court()).hearings[0].participants).toEqual([
      {
        id: tied.json().participantId,
        role: 'victim_witness',
        n: 1,
        label: 'Person 7',
        pseudonym: 'Person 7',
        protectionCaseId,
        measures: ['video_link', 'screen', 'pseudonym_only'],
      },
      expect.objectContaining({ role: 'officer', n: 1, label: 'Officer 1', pseudonym: null }),
      expect.objectContaining({ role: 'witness', n: 1, label: 'Witness 1', measures: ['interpreter'] }),
    ]);
    const withdrawn = await api(
      'POST',
      `/api/protection/cases/${protectionCaseId}/consents/${consent.json().consentId}/withdraw`,
      undefined,
      worker,
    );
    expect(withdrawn.statusCode).toBe(200);
    expect((await court()).hearings[0].participants[0]).toMatchObject({
      label: 'Victim-witness 1',
      pseudonym: null,
      protectionCaseId: null,
    });
    expect(JSON.stringify(await court())).not.toContain('Person 7');
  });

  it('keeps her number at a later hearing without consent, and refuses her twice at one hearing', async () => {
    expect((await tie(hearing.verdict)).statusCode).toBe(404);
    const later = await post(`/hearings/${hearing.verdict}/participants`, {
      role: 'victim_witness',
      n: 1,
      measures: ['support_person'],
    });
    expect(later).toMatchObject({ n: 1, label: 'Victim-witness 1' });
    const next = await post(`/hearings/${hearing.verdict}/participants`, {
      role: 'victim_witness',
      measures: [],
    });
    expect(next).toMatchObject({ n: 2, label: 'Victim-witness 2' });
    const before = await participantRows();
    const twice = await api('POST', `${base()}/hearings/${hearing.verdict}/participants`, {
      role: 'victim_witness',
      n: 1,
      measures: [],
    });
    expect(twice.statusCode).toBe(409);
    const gap = await api('POST', `${base()}/hearings/${hearing.verdict}/participants`, {
      role: 'victim_witness',
      n: 5,
      measures: [],
    });
    expect(gap.json().error.message).toBe('n: Victim-witness 5 is not recorded yet; the next new one is 3.');
    expect(await participantRows()).toBe(before);
  });

  it('audits each showing of her pseudonym on her protection case, and the record with ids and codes only', async () => {
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'protection.shared_read')
      .where('resource_id', '=', protectionCaseId)
      .execute();
    // Once when she was tied, once on the court page read while she consented.
    expect(reads.map((r) => r.detail)).toEqual([
      { items: ['pseudonym'], prosecutionCase: caseId },
      { items: ['pseudonym'], prosecutionCase: caseId },
    ]);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.participant')
      .orderBy('seq')
      .execute();
    expect(rows[0]?.detail).toEqual({
      hearing: hearing.trial,
      participant: expect.any(String),
      role: 'victim_witness',
      n: 1,
      protectionCase: protectionCaseId,
      measures: ['video_link', 'screen', 'pseudonym_only'],
    });
    expect(JSON.stringify(rows)).not.toContain('Person 7');
  });
});
