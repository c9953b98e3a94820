import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// The hotline's queue: a risk to life comes first whatever arrived before it; a tip left untriaged past its target
// is escalated once and rises; the same matter told by a caller and an NGO monitor is linked for a person to confirm.

let t: TestApp;
let hotline: string;
let monitor: string;
let stranger: string;

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const enter = async (cookie: string, over: object) => {
  const res = await api('POST', '/api/monitoring/intake', cookie, {
    channel: 'hotline',
    language: 'th',
    text: 'Workers at a garment workshop are locked in at night.',
    kind: 'labour',
    place: { hint: 'Soi 5 workshop' },
    peopleCount: null,
    children: 'unknown',
    danger: 'medium',
    reporter: null,
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as {
    id: string;
    dueAt: string;
    duplicates: { id: string; score: number; reasons: unknown[] }[];
  };
};
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

beforeAll(async () => {
  t = await startTestApp();
  const ngo = await insertAgency(t.database.db, 'Hotline NGO', 'ngo');
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: ngo }));
  monitor = await signIn(t, await makeUser(t, ['monitor'], { agencyId: ngo }));
  stranger = await signIn(t, await makeUser(t, ['hotline_operator']));
});
afterAll(async () => t?.close());

describe('the triage queue', () => {
  let low: string;
  let late: string;
  let life: string;

  it('sets the target by danger and puts a risk to life first, then what is escalated', async () => {
    const a = await enter(hotline, { danger: 'low', receivedAt: hoursAgo(2) });
    low = a.id;
    expect(new Date(a.dueAt).getTime() - new Date(hoursAgo(2)).getTime()).toBeGreaterThan(71.9 * 3_600_000);
    late = (
      await enter(hotline, { danger: 'high', receivedAt: hoursAgo(5), text: 'A boat crew has not been paid' })
    ).id;
    life = (
      await enter(hotline, {
        danger: 'life',
        text: 'A girl says she will be moved tonight',
        place: { hint: 'Pier 3' },
      })
    ).id;
    const queue = (await api('GET', '/api/monitoring/queue', hotline)).json().tips;
    expect(queue.map((q: { id: string }) => q.id)).toEqual([life, late, low]);
    expect(queue[1]).toMatchObject({ overdue: true, escalated: true });
    expect(queue[0]).toMatchObject({ overdue: false, escalated: false, danger: 'life' });
    const events = (await api('GET', `/api/monitoring/tips/${late}/intake`, hotline)).json().events;
    expect(events.map((e: { kind: string; by: string | null }) => [e.kind, e.by])).toEqual([
      ['entered', expect.any(String)],
      ['escalated', null],
    ]);
    expect(events[1].detail).toMatchObject({ overdue: true });
    const notices = (await api('GET', '/api/me/notices', hotline)).json();
    expect(notices.notices).toContainEqual(
      expect.objectContaining({ kind: 'tips_overdue', detail: { kind: 'tips_overdue', count: 1 } }),
    );
    // A second look does not escalate again.
    await api('GET', '/api/monitoring/queue', hotline);
    const again = (await api('GET', `/api/monitoring/tips/${late}/intake`, hotline)).json().events;
    expect(again).toHaveLength(2);
  });

  it('leaves "new" when triaged, and closes with a reason', async () => {
    const r = await api('POST', `/api/monitoring/tips/${late}/triage`, hotline, {
      danger: 'high',
      kind: 'labour',
      children: 'no',
      note: 'called back',
    });
    expect(r.statusCode, r.body).toBe(200);
    const queue = (await api('GET', '/api/monitoring/queue', hotline)).json().tips;
    expect(queue.find((q: { id: string }) => q.id === late)).toMatchObject({
      status: 'triaged',
      overdue: false,
    });
    expect(
      (
        await api('POST', `/api/monitoring/tips/${low}/close`, hotline, {
          reason: 'Not trafficking: a wage dispute, referred to the labour office',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await api('GET', '/api/monitoring/queue', hotline)).json().tips.map((q: { id: string }) => q.id),
    ).not.toContain(low);
    expect(
      (
        await api('POST', `/api/monitoring/tips/${low}/triage`, hotline, {
          danger: 'low',
          kind: 'labour',
          children: 'no',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('keeps another agency out, and the monitor out of triage', async () => {
    expect((await api('GET', `/api/monitoring/tips/${life}/intake`, stranger)).statusCode).toBe(404);
    expect(
      (await api('POST', `/api/monitoring/tips/${life}/escalate`, stranger, { note: '' })).statusCode,
    ).toBe(404);
    expect((await api('GET', '/api/monitoring/queue', stranger)).json().tips).toEqual([]);
    expect(
      (
        await api('POST', `/api/monitoring/tips/${life}/triage`, monitor, {
          danger: 'low',
          kind: 'labour',
          children: 'no',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('duplicates across sources', () => {
  it('links a monitor’s report to a hotline call by the same phone and place, and a person confirms it', async () => {
    const call = await enter(hotline, {
      text: 'Caller says the karaoke bar on Rama 2 keeps girls; the manager answers 081 234 7788.',
      kind: 'sexual',
      place: { hint: 'Rama 2 karaoke', lat: 13.6651, lon: 100.4401 },
      phones: ['0812347788'],
    });
    const seen = await enter(monitor, {
      channel: 'monitor',
      language: 'my',
      text: 'Girls from Myawaddy are kept at a karaoke bar near Rama 2 road.',
      kind: 'sexual',
      place: { hint: 'karaoke near Rama 2', lat: 13.6655, lon: 100.4405 },
      phones: ['+66 81 234 7788'],
    });
    expect(seen.duplicates.map((d) => d.id)).toEqual([call.id]);
    expect(seen.duplicates[0]?.reasons).toEqual([
      { code: 'same_number', kind: 'phone', count: 1 },
      { code: 'near', metres: 62 },
      { code: 'words_shared', percent: 21 },
    ]);
    const unrelated = await enter(monitor, {
      text: 'A fishing boat left without papers',
      place: { hint: 'Pak Nam' },
    });
    expect(unrelated.duplicates).toEqual([]);
    const view = (await api('GET', `/api/monitoring/tips/${call.id}/intake`, hotline)).json();
    expect(view.duplicates).toEqual([
      expect.objectContaining({ id: seen.id, status: 'suggested', channel: 'monitor' }),
    ]);
    expect(
      (
        await api('POST', `/api/monitoring/tips/${call.id}/duplicates/${seen.id}`, hotline, {
          decision: 'confirmed',
        })
      ).statusCode,
    ).toBe(200);
    const after = (await api('GET', `/api/monitoring/tips/${seen.id}/intake`, hotline)).json();
    expect(after.duplicates[0].status).toBe('confirmed');
    expect(
      (
        await api('POST', `/api/monitoring/tips/${call.id}/duplicates/${unrelated.id}`, hotline, {
          decision: 'confirmed',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a phone that cannot be one, naming the field and not the value', async () => {
    const res = await api('POST', '/api/monitoring/intake', hotline, {
      channel: 'hotline',
      language: 'th',
      text: 'x',
      kind: 'labour',
      place: {},
      peopleCount: null,
      children: 'no',
      danger: 'low',
      reporter: null,
      phones: ['12'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^phones\[0\]: /);
    expect(res.body).not.toContain('"12"');
  });
});
