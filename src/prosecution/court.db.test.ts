import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { courtOutcomeFigures } from './court-read.ts';

// A case file in a Thai court, with dates relative to today: first appearance 60 days ago (a disclosure deadline
// set there is now overdue), trial, verdict 10 days ago (convicted on one charge, acquitted on another, a lesser
// offence on a third; a fourth dropped), a sentence, appeals lodged within the 30-day period; out-of-order steps
// refused with nothing changed; the office's reminders; another office sees none of it; the audit log holds ids
// and codes only; the court figures for outcomes. Who took part is in court-participation.db.test.ts.

let t: TestApp;
let prosecutor: string;
let stranger: string;
let officeId: string;
let caseId: string;
const ch = {} as Record<'convicted' | 'acquitted' | 'dropped' | 'lesser' | 'undecided', string>;
const hearing = {} as Record<'first' | 'trial' | 'verdict' | 'appeal', string>;
const deadline = {} as Record<'disclosure' | 'filing' | 'convicted' | 'lesser', string>;
const appeal = {} as Record<'defence' | 'prosecution', string>;
const COURT = 'Central Criminal Court for Trafficking Cases, courtroom 4';
const REASON = 'CANARY-REASON the witness for this count left the country';

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const at = (n: number) => `${day(n)}T03:00:00.000Z`;
const api = (method: 'GET' | 'POST', url: string, payload?: object, cookie = prosecutor) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const base = () => `/api/prosecution/cases/${caseId}`;
const court = async (cookie = prosecutor) => (await api('GET', `${base()}/court`, undefined, cookie)).json();
const post = async (url: string, payload: object, status = 201) => {
  const r = await api('POST', `${base()}${url}`, payload);
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};
const TABLES = [
  'prosecution_decisions',
  'prosecution_sentences',
  'prosecution_appeals',
  'prosecution_hearings',
  'prosecution_deadlines',
] as const;
/** Rows of the court tables, open deadlines and change audits: what a refusal must leave as it was. */
const counts = async () => {
  const db = t.database.db;
  const out: number[] = [];
  for (const table of TABLES)
    out.push(
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
  const open = await db
    .selectFrom('prosecution_deadlines')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('closed_on', 'is', null)
    .executeTakeFirstOrThrow();
  const audits = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', 'like', 'prosecution.%')
    .where('action', 'not in', ['prosecution.court_read', 'prosecution.deadlines_read'])
    .executeTakeFirstOrThrow();
  return [...out, Number(open.n), Number(audits.n)];
};

beforeAll(async () => {
  t = await startTestApp();
  officeId = await insertAgency(t.database.db, 'Provincial court office', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: officeId }));
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['prosecutor']));
  caseId = (await api('POST', '/api/prosecution/cases', { title: 'Fishing boat recruitment network' })).json()
    .id;
  const owner = (await post('/suspects', { label: 'Boat owner', role: 'site_owner' })).suspectId;
  const broker = (await post('/suspects', { label: 'Broker at the port', role: 'broker' })).suspectId;
  const lay = async (suspectId: string, offence: string) =>
    (await post('/charges', { suspectId, country: 'TH', offence, victims: 'adults' })).chargeId as string;
  ch.convicted = await lay(owner, 'TH-ATIP-6');
  ch.acquitted = await lay(broker, 'TH-PC-312');
  ch.dropped = await lay(broker, 'TH-MWO-131');
  ch.lesser = await lay(broker, 'TH-ATIP-6');
  ch.undecided = await lay(owner, 'TH-PC-310');
}, 120_000);
afterAll(() => t.close());

describe('a case through court', () => {
  it('goes from first appearance to trial, verdict, sentence and appeals within the deadline', async () => {
    hearing.first = (
      await post('/hearings', { kind: 'first_appearance', at: at(-60), court: COURT })
    ).hearingId;
    const first = await post(
      `/hearings/${hearing.first}/outcome`,
      { outcome: 'held', note: 'Remanded', deadline: { kind: 'disclosure', dueOn: day(-5) } },
      200,
    );
    expect(first.deadline).toMatchObject({ kind: 'disclosure', dueOn: day(-5) });
    deadline.disclosure = first.deadline.id;
    for (const c of [ch.convicted, ch.acquitted, ch.lesser])
      await post(`/charges/${c}/decisions`, { decision: 'indicted', on: day(-55) });
    const dropped = await post(`/charges/${ch.dropped}/decisions`, {
      decision: 'dropped',
      on: day(-50),
      reason: REASON,
    });
    expect(dropped.deadline).toBeNull();
    hearing.trial = (await post('/hearings', { kind: 'trial', at: at(-20), court: COURT })).hearingId;
    await post(`/hearings/${hearing.trial}/outcome`, { outcome: 'held' }, 200);
    hearing.verdict = (await post('/hearings', { kind: 'verdict', at: at(-10), court: COURT })).hearingId;
    await post(`/hearings/${hearing.verdict}/outcome`, { outcome: 'held' }, 200);
    const verdict = (chargeId: string, decision: string, extra: object = {}) =>
      post(`/charges/${chargeId}/decisions`, {
        decision,
        on: day(-10),
        hearingId: hearing.verdict,
        ...extra,
      });
    const convicted = await verdict(ch.convicted, 'convicted');
    expect(convicted.deadline).toMatchObject({ kind: 'appeal', dueOn: day(20), days: 30 });
    deadline.convicted = convicted.deadline.id;
    const acquitted = await verdict(ch.acquitted, 'acquitted');
    const lesser = await verdict(ch.lesser, 'convicted_lesser', { lesserOffence: 'TH-ATIP-6/1' });
    deadline.lesser = lesser.deadline.id;
    const sentence = await post(`/charges/${ch.convicted}/sentences`, {
      on: day(-3),
      prisonMonths: 96,
      fine: { amount: 200000, currency: 'THB' },
      compensation: { amount: 150000.5, currency: 'THB' },
    });
    expect(sentence.decisionId).toBe(convicted.decisionId);
    const prosecution = await post(`/charges/${ch.acquitted}/appeals`, {
      by: 'prosecution',
      lodgedOn: day(-2),
    });
    expect(prosecution).toMatchObject({ withinDeadline: true, deadlineDueOn: day(20) });
    appeal.prosecution = prosecution.appealId;
    const defence = await post(`/charges/${ch.convicted}/appeals`, { by: 'defence', lodgedOn: day(-1) });
    expect(defence.withinDeadline).toBe(true);
    appeal.defence = defence.appealId;

    const page = await court();
    expect(page.hearings.map((h: { kind: string; outcome: string }) => [h.kind, h.outcome])).toEqual([
      ['first_appearance', 'held'],
      ['trial', 'held'],
      ['verdict', 'held'],
    ]);
    const standing = (id: string) => page.charges.find((c: { id: string }) => c.id === id);
    expect(standing(ch.convicted)).toMatchObject({
      suspect: 'Boat owner',
      decision: { decision: 'convicted', on: day(-10), hearingId: hearing.verdict },
      sentence: {
        prisonMonths: 96,
        suspended: false,
        fine: { amount: 200000, currency: 'THB' },
        compensation: { amount: 150000.5, currency: 'THB' },
      },
    });
    expect(standing(ch.acquitted)).toMatchObject({ decision: { decision: 'acquitted' }, sentence: null });
    expect(standing(ch.dropped).decision).toMatchObject({ decision: 'dropped', reason: REASON });
    expect(standing(ch.lesser).decision).toMatchObject({ lesserOffence: 'TH-ATIP-6/1' });
    expect(standing(ch.lesser).decision.lesserTitle).toBe('Forced labour or services');
    expect(standing(ch.undecided).decision).toBeNull();
    expect(page.decisions).toHaveLength(7);
    expect(page.appeals.map((a: { by: string; decisionId: string }) => [a.by, a.decisionId])).toEqual([
      ['prosecution', acquitted.decisionId],
      ['defence', convicted.decisionId],
    ]);
    // The prosecution's appeal met its deadline; the defence's leaves the office's own open.
    const states = Object.fromEntries(
      page.deadlines.map((d: { id: string; state: string; closure: string | null }) => [
        d.id,
        d.closure ?? d.state,
      ]),
    );
    expect(states).toEqual({
      [deadline.disclosure]: 'overdue',
      [acquitted.deadline.id]: 'met',
      [deadline.convicted]: 'ahead',
      [deadline.lesser]: 'ahead',
    });
  });

  it('refuses steps out of order, saying why, with nothing changed', async () => {
    const before = await counts();
    const refuse = async (url: string, payload: object, status: number, message: RegExp) => {
      const r = await api('POST', `${base()}${url}`, payload);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().error.message).toMatch(message);
    };
    await refuse(
      `/charges/${ch.dropped}/decisions`,
      { decision: 'convicted', on: day(-1) },
      409,
      /dropped charge is closed/,
    );
    await refuse(
      `/charges/${ch.undecided}/decisions`,
      { decision: 'convicted', on: day(-1) },
      409,
      /indicted \(or dropped\) first/,
    );
    await refuse(
      `/charges/${ch.convicted}/decisions`,
      { decision: 'acquitted', on: day(-1) },
      409,
      /appeal allowed/,
    );
    await refuse(
      `/charges/${ch.undecided}/decisions`,
      { decision: 'indicted', on: day(2) },
      400,
      /has not come yet/,
    );
    await refuse(`/charges/${ch.undecided}/decisions`, { decision: 'dropped', on: day(-1) }, 400, /^reason/);
    await refuse(
      `/charges/${ch.undecided}/decisions`,
      { decision: 'indicted', on: day(-1), reason: 'x' },
      400,
      /^reason/,
    );
    await refuse(
      `/charges/${ch.acquitted}/sentences`,
      { on: day(-1), prisonMonths: 12 },
      409,
      /this charge is acquitted/,
    );
    await refuse(
      `/charges/${ch.convicted}/sentences`,
      { on: day(-1), prisonMonths: 12 },
      409,
      /sentenced already/,
    );
    await refuse(
      `/charges/${ch.lesser}/sentences`,
      { on: day(-1), prisonMonths: 0, suspended: true },
      400,
      /^suspended/,
    );
    await refuse(
      `/charges/${ch.acquitted}/appeals`,
      { by: 'prosecution', lodgedOn: day(-1) },
      409,
      /appealed this verdict already/,
    );
    await refuse(
      `/charges/${ch.dropped}/appeals`,
      { by: 'defence', lodgedOn: day(-1) },
      409,
      /against a verdict; this charge is dropped/,
    );
    await refuse(
      `/charges/${ch.lesser}/appeals`,
      { by: 'defence', lodgedOn: day(-11) },
      400,
      /before the verdict/,
    );
    await refuse(
      `/hearings/${hearing.trial}/outcome`,
      { outcome: 'adjourned' },
      409,
      /recorded already \(held\)/,
    );
    const r = await api('POST', `${base()}/charges/${ch.undecided}/decisions`, {
      decision: 'convicted_lesser',
      on: day(-1),
      lesserOffence: 'KH-LSHT-10',
    });
    expect(r.json().error.message).toBe(
      'lesserOffence: KH-LSHT-10 is not another offence of TH in the catalogue.',
    );
    expect(await counts()).toEqual(before);
    // A hearing is not held before its time; adjourned, it may be.
    hearing.appeal = (
      await post('/hearings', {
        kind: 'appeal_hearing',
        at: at(40),
        court: 'Court of Appeal',
        deadline: { kind: 'filing', dueOn: day(7) },
      })
    ).hearingId;
    await refuse(`/hearings/${hearing.appeal}/outcome`, { outcome: 'held' }, 409, /not held before then/);
    deadline.filing = (await court()).deadlines.find((d: { kind: string }) => d.kind === 'filing').id;
  });

  it('takes a new sentence after an appeal varies it, and a new verdict after one is allowed', async () => {
    await post(`/appeals/${appeal.defence}/decision`, { result: 'varied', on: day(0) }, 200);
    const again = await api('POST', `${base()}/appeals/${appeal.defence}/decision`, {
      result: 'dismissed',
      on: day(0),
    });
    expect(again.statusCode).toBe(409);
    await post(`/charges/${ch.convicted}/sentences`, { on: day(0), prisonMonths: 72, suspended: false });
    await post(`/appeals/${appeal.prosecution}/decision`, { result: 'allowed', on: day(0) }, 200);
    const retried = await post(`/charges/${ch.acquitted}/decisions`, { decision: 'convicted', on: day(0) });
    expect(retried.deadline).toMatchObject({ dueOn: day(30), days: 30 });
    const page = await court();
    const standing = (id: string) => page.charges.find((c: { id: string }) => c.id === id);
    expect(standing(ch.convicted).sentence.prisonMonths).toBe(72);
    expect(standing(ch.acquitted)).toMatchObject({ decision: { decision: 'convicted' }, sentence: null });
  });

  it('lists the office’s deadlines overdue and due soon, oldest first, and drops one once closed', async () => {
    const due = async (query = '', cookie = prosecutor) =>
      (await api('GET', `/api/prosecution/deadlines${query}`, undefined, cookie)).json();
    const soon = await due();
    expect(soon.today).toBe(day(0));
    expect(
      soon.deadlines.map((d: { id: string; state: string; daysLeft: number }) => [d.id, d.state, d.daysLeft]),
    ).toEqual([
      [deadline.disclosure, 'overdue', -5],
      [deadline.filing, 'due', 7],
    ]);
    const month = await due('?days=30');
    expect(month.deadlines.map((d: { dueOn: string; kind: string }) => [d.dueOn, d.kind])).toEqual([
      [day(-5), 'disclosure'],
      [day(7), 'filing'],
      [day(20), 'appeal'],
      [day(20), 'appeal'],
      [day(30), 'appeal'],
    ]);
    expect(month.deadlines[0].caseRef).toMatch(/^PC-\d{4}-\d{6}$/);
    await post(`/deadlines/${deadline.disclosure}/close`, { closure: 'met', on: day(0) }, 200);
    const closedTwice = await api('POST', `${base()}/deadlines/${deadline.disclosure}/close`, {
      closure: 'met',
      on: day(0),
    });
    expect(closedTwice.statusCode).toBe(409);
    expect((await due()).deadlines.map((d: { id: string }) => d.id)).toEqual([deadline.filing]);
    expect((await due('?days=30', stranger)).deadlines).toEqual([]);
  });
});

describe('another office and the audit log', () => {
  it('gives another office’s prosecutor 404 for every court route of the case, changing nothing', async () => {
    const before = await counts();
    const as = (method: 'GET' | 'POST', url: string, payload?: object) =>
      api(method, `${base()}${url}`, payload, stranger).then((r) => r.statusCode);
    expect(await as('GET', '/court')).toBe(404);
    expect(await as('POST', '/hearings', { kind: 'bail', at: at(-1), court: COURT })).toBe(404);
    expect(await as('POST', `/charges/${ch.undecided}/decisions`, { decision: 'indicted', on: day(0) })).toBe(
      404,
    );
    expect(await as('POST', `/appeals/${appeal.defence}/decision`, { result: 'withdrawn', on: day(0) })).toBe(
      404,
    );
    expect(await as('POST', `/deadlines/${deadline.filing}/close`, { closure: 'met', on: day(0) })).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('records every step with ids and codes only', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('resource_id', '=', caseId)
      .where('action', 'like', 'prosecution.%')
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'hearing_schedule',
      'hearing_outcome',
      'decision',
      'sentence',
      'appeal_lodge',
      'appeal_decide',
      'deadline_close',
      'court_read',
    ])
      expect(actions).toContain(`prosecution.${a}`);
    const text = JSON.stringify(rows);
    for (const secret of ['CANARY', 'courtroom', 'Remanded', 'Boat owner'])
      expect(text).not.toContain(secret);
    const decision = rows.find(
      (r) => r.action === 'prosecution.decision' && r.detail.code === 'convicted_lesser',
    );
    expect(decision?.detail).toEqual({
      charge: ch.lesser,
      decision: expect.any(String),
      code: 'convicted_lesser',
      hearing: hearing.verdict,
      lesserOffence: 'TH-ATIP-6/1',
      deadline: deadline.lesser,
      superseded: [],
    });
  });

  it('gives the office’s court figures for outcomes', async () => {
    expect(await courtOutcomeFigures(t.database.db, officeId)).toEqual({
      charges: 5,
      byDecision: { undecided: 1, indicted: 0, dropped: 1, convicted: 2, acquitted: 0, convicted_lesser: 1 },
      convictionsByCategory: { trafficking: 1, debt_bondage: 1, forced_labour: 1 },
      sentences: { count: 1, prisonMonths: 72, suspended: 0 },
    });
  });
});
