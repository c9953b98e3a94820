import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';

// Saved link charts: an analyst saves one, a colleague of the same agency (read-only) lists and opens it, another
// agency finds nothing; bad charts are refused with where and why; the audit holds ids, never the title.

let t: TestApp;
let analyst: string;
let commander: string;
let outsider: string;
const PERSON = '7d5e4c1a-2b3c-4d5e-8f90-0a1b2c3d4e5f';
const SITE = '0f1e2d3c-4b5a-4968-8776-655443322110';
const TITLE = 'Golden Star karaoke suppliers';

const chart = (over: object = {}) => ({
  start: SITE,
  expanded: [SITE],
  nodes: [
    { id: SITE, x: 0, y: 0, pinned: true, hidden: false },
    { id: PERSON, x: 120.5, y: -40, pinned: false, hidden: false },
    { id: 'tel:+66812345678', x: 60, y: 90, pinned: false, hidden: true },
  ],
  filters: { types: ['works_at', 'call'], minWeight: 2, from: '2026-01-01T00:00:00Z', worstSource: '2' },
  grouped: false,
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  commander = await signIn(t, await makeUser(t, ['operation_commander'], { agencyId: a.agencyId }));
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
}, 60_000);
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), ...withSession(cookie) });

describe('saved link charts', () => {
  let id = '';

  it('saves a chart and gives it back as saved', async () => {
    const res = await call(analyst, 'POST', '/api/intel/network/charts', { title: TITLE, chart: chart() });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    id = body.id;
    expect(body.title).toBe(TITLE);
    expect(body.nodes).toBe(3);
    expect(body.createdBy).toMatch(/^Test user /);
    expect(body.chart).toEqual(chart());
  });

  it('is listed and opened by a colleague of the agency, who may not change it', async () => {
    const list = (await call(commander, 'GET', '/api/intel/network/charts')).json();
    expect(list.charts.map((c: { id: string }) => c.id)).toEqual([id]);
    const one = await call(commander, 'GET', `/api/intel/network/charts/${id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().chart.nodes[1]).toEqual({ id: PERSON, x: 120.5, y: -40, pinned: false, hidden: false });
    const change = await call(commander, 'PUT', `/api/intel/network/charts/${id}`, {
      title: 'x',
      chart: chart(),
    });
    expect(change.statusCode).toBe(403);
  });

  it('is updated in place by an analyst', async () => {
    const moved = chart({ grouped: true, nodes: [{ id: SITE, x: 5, y: 6, pinned: false, hidden: false }] });
    const res = await call(analyst, 'PUT', `/api/intel/network/charts/${id}`, {
      title: 'Renamed',
      chart: moved,
    });
    expect(res.statusCode).toBe(200);
    const back = (await call(analyst, 'GET', `/api/intel/network/charts/${id}`)).json();
    expect(back.title).toBe('Renamed');
    expect(back.nodes).toBe(1);
    expect(back.chart).toEqual(moved);
  });

  it('is not found by another agency, to read or to change', async () => {
    expect((await call(outsider, 'GET', `/api/intel/network/charts/${id}`)).statusCode).toBe(404);
    const put = await call(outsider, 'PUT', `/api/intel/network/charts/${id}`, {
      title: 'x',
      chart: chart(),
    });
    expect(put.statusCode).toBe(404);
    expect((await call(outsider, 'GET', '/api/intel/network/charts')).json().charts).toEqual([]);
  });

  it('refuses a bad chart, saying where and why', async () => {
    const bad = await call(analyst, 'POST', '/api/intel/network/charts', {
      title: TITLE,
      chart: chart({ nodes: [{ id: 'DROP TABLE', x: 0, y: 0, pinned: false, hidden: false }] }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/chart\.nodes\.0\.id.*entity id/);
    const far = await call(analyst, 'POST', '/api/intel/network/charts', {
      title: TITLE,
      chart: chart({ nodes: [{ id: SITE, x: 1e9, y: 0, pinned: false, hidden: false }] }),
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().error.message).toMatch(/chart\.nodes\.0\.x/);
    const blank = await call(analyst, 'POST', '/api/intel/network/charts', { title: ' ', chart: chart() });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.message).toMatch(/title/);
    const notId = await call(analyst, 'GET', '/api/intel/network/charts/nope');
    expect(notId.statusCode).toBe(400);
  });

  it('audits every read and change with ids only', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'resource_id', 'detail'])
      .where('action', 'like', 'intel.chart_%')
      .where('outcome', '=', 'success')
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'intel.chart_create')).toHaveLength(1);
    expect(actions.filter((a) => a === 'intel.chart_update')).toHaveLength(1);
    expect(actions.filter((a) => a === 'intel.chart_read')).toHaveLength(2);
    expect(actions.filter((a) => a === 'intel.chart_list').length).toBeGreaterThanOrEqual(2);
    const create = rows.find((r) => r.action === 'intel.chart_create');
    expect(create?.resource_id).toBe(id);
    expect(JSON.stringify(create?.detail)).toContain(PERSON);
    const all = JSON.stringify(rows);
    expect(all).not.toContain('Golden Star');
    expect(all).not.toContain('Renamed');
    expect(all).not.toContain('+66812345678');
  });
});
