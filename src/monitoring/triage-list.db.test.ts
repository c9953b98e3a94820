import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// The triage queue read a page at a time, in SQL: the triage order when no column is asked for, any column either
// way, the words of the tip and its place, each filter, and nothing of another agency's tips.

let t: TestApp;
let hotline: string;
let stranger: string;
const queue = '/api/monitoring/queue';
const ids: Record<string, string> = {};

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const enter = async (name: string, over: object) => {
  const res = await api('POST', '/api/monitoring/intake', hotline, {
    channel: 'hotline',
    language: 'th',
    text: `${name} tip`,
    kind: 'labour',
    place: { hint: '' },
    peopleCount: null,
    children: 'unknown',
    danger: 'medium',
    reporter: null,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  ids[res.json().id] = name;
  return res.json().id as string;
};

beforeAll(async () => {
  t = await startTestApp();
  const ngo = await insertAgency(t.database.db, 'Hotline NGO', 'ngo');
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: ngo }));
  stranger = await signIn(t, await makeUser(t, ['hotline_operator']));
  await enter('alpha', {
    danger: 'low',
    children: 'no',
    peopleCount: 3,
    receivedAt: minutesAgo(120),
    text: 'Alpha: a garment workshop locks its workers in',
    place: { hint: 'Soi 5' },
  });
  // Past its four hours untriaged: escalated when the queue is read.
  await enter('bravo', {
    danger: 'high',
    channel: 'ngo',
    kind: 'sexual',
    children: 'yes',
    peopleCount: 12,
    receivedAt: minutesAgo(300),
    text: 'Bravo: girls at the karaoke bar of Đặng Văn Quốc',
  });
  await enter('charlie', {
    danger: 'life',
    channel: 'online',
    kind: 'begging',
    children: 'yes',
    text: 'Charlie: a boy begging at the pier will be moved tonight',
  });
  await enter('delta', {
    peopleCount: 1,
    channel: 'walk_in',
    receivedAt: minutesAgo(60),
    text: 'Delta: a boat',
  });
  const echo = await enter('echo', {
    danger: 'unknown',
    kind: 'forced_criminality',
    children: 'no',
    peopleCount: 40,
    receivedAt: minutesAgo(30),
    text: 'Echo: a scam compound',
  });
  const triaged = await api('POST', `/api/monitoring/tips/${echo}/triage`, hotline, {
    danger: 'high',
    kind: 'forced_criminality',
    children: 'no',
  });
  expect(triaged.statusCode, triaged.body).toBe(200);
});
afterAll(() => t?.close());

type Reply = { tips: { id: string }[]; total: number; page: number; size: number };
const list = async (query: string, who = hotline) => {
  const r = await api('GET', `${queue}?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const names = (r: Reply) => r.tips.map((x) => ids[x.id]);

describe('the triage queue, on the server', () => {
  it('keeps the triage order without a column: a risk to life, then escalated, then new by danger', async () => {
    const all = await list('');
    expect(names(all)).toEqual(['charlie', 'bravo', 'delta', 'alpha', 'echo']);
    expect(all).toMatchObject({ total: 5, page: 1, size: 100 });
    expect(names(await list('sort=urgency&order=desc'))).toEqual(names(all));
    expect(names(await list('sort=urgency&order=asc'))).toEqual([...names(all)].reverse());
  });

  it('sorts by a column either way, empty values last', async () => {
    const received = ['charlie', 'echo', 'delta', 'alpha', 'bravo'];
    expect(names(await list('sort=received_at&order=desc'))).toEqual(received);
    expect(names(await list('sort=received_at&order=asc'))).toEqual([...received].reverse());
    expect(names(await list('sort=people&order=desc'))).toEqual([
      'echo',
      'bravo',
      'alpha',
      'delta',
      'charlie',
    ]);
    expect(names(await list('sort=people&order=asc'))).toEqual([
      'delta',
      'alpha',
      'bravo',
      'echo',
      'charlie',
    ]);
    // Kinds in their list's order (labour, sexual, …, begging, …), the triage order within a kind.
    expect(names(await list('sort=kind&order=asc'))).toEqual(['delta', 'alpha', 'bravo', 'echo', 'charlie']);
    expect(names(await list('sort=status&order=desc'))).toEqual([
      'echo',
      'charlie',
      'bravo',
      'delta',
      'alpha',
    ]);
  });

  it('cuts pages and counts every match; a page past the end gives the last', async () => {
    const p1 = await list('size=2');
    expect(names(p1)).toEqual(['charlie', 'bravo']);
    expect(p1).toMatchObject({ total: 5, page: 1, size: 2 });
    expect(names(await list('size=2&page=2'))).toEqual(['delta', 'alpha']);
    const past = await list('size=2&page=40');
    expect(past).toMatchObject({ total: 5, page: 3 });
    expect(names(past)).toEqual(['echo']);
  });

  it('finds by the words of the tip and its place, folded for case and accents', async () => {
    expect(names(await list('q=QUOC'))).toEqual(['bravo']);
    expect(names(await list('q=garment%20soi%205'))).toEqual(['alpha']);
    expect(await list('q=nobody')).toMatchObject({ tips: [], total: 0, page: 1 });
  });

  it('filters by channel, danger, kind, children, status, escalated and overdue', async () => {
    expect(names(await list('channel=hotline'))).toEqual(['alpha', 'echo']);
    expect(names(await list('danger=life'))).toEqual(['charlie']);
    expect(names(await list('kind=labour'))).toEqual(['delta', 'alpha']);
    expect(names(await list('children=yes'))).toEqual(['charlie', 'bravo']);
    expect(names(await list('status=triaged'))).toEqual(['echo']);
    expect(names(await list('escalated=yes'))).toEqual(['bravo']);
    expect(names(await list('overdue=yes'))).toEqual(['bravo']);
    expect((await list('overdue=no')).total).toBe(4);
    expect(names(await list('children=yes&q=pier'))).toEqual(['charlie']);
  });

  it("lists nothing of another agency's tips", async () => {
    expect(await list('', stranger)).toMatchObject({ tips: [], total: 0 });
  });

  it('audits what the page returned, never the words', async () => {
    await list('q=karaoke&size=1');
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'monitoring.queue_read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toEqual({ count: 1, total: 1, page: 1 });
    expect(JSON.stringify(entry.detail)).not.toContain('karaoke');
  });

  it('refuses a column it does not sort by, a channel it does not know and a page too large', async () => {
    const bad = await api('GET', `${queue}?sort=reporter`, hotline);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await api('GET', `${queue}?channel=fax`, hotline)).statusCode).toBe(400);
    expect((await api('GET', `${queue}?size=1000`, hotline)).statusCode).toBe(400);
  });
});
