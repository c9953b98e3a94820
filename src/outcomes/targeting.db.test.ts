import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, withSession } from '../server/testing.ts';
import { startDemoTestApp } from '../world/demo-testing.ts';
import { generateWorld } from '../world/generate.ts';

// Targeting on the demo, loaded into the database as `npm start` loads it: the demo world's sites of concern
// (by its truth: run by a criminal group, "exploitative"; the demo has no "severe" site) rank above every other
// site; a site's rank and reasons for the decision screen; the M&E officer sees communities, never sites.

let t: TestApp;
let analyst: string;
let meOfficer: string;
let concern: string[];
let others: string[];

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });

async function signIn(role: string) {
  const users = (await t.app.inject({ method: 'GET', url: '/api/auth/demo-users' })).json().users as {
    id: string;
    roles: { label: string }[];
  }[];
  const user = users.find((u) => u.roles.some((r) => r.label === role));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/demo-sign-in',
    payload: { userId: user?.id },
  });
  return res.cookies[0]?.value ?? '';
}

beforeAll(async () => {
  ({ t } = await startDemoTestApp());
  analyst = await signIn('Intelligence analyst');
  meOfficer = await signIn('Monitoring and evaluation officer');
  // The demo's truth, generated again as the demo load did (same preset and seed).
  const dir = mkdtempSync(join(tmpdir(), 'lantern-targeting-demo-'));
  try {
    await generateWorld({ preset: 'demo', seed: 1, out: dir });
    const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as {
      sites: { name: string; severity: string; registration_no: string | null }[];
    };
    const registered = truth.sites.filter((s) => s.registration_no);
    concern = registered.filter((s) => ['severe', 'exploitative'].includes(s.severity)).map((s) => s.name);
    others = registered.filter((s) => !['severe', 'exploitative'].includes(s.severity)).map((s) => s.name);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
afterAll(() => t.close());

interface Ranked {
  rank: number;
  entityId: string;
  label: string;
  reasons: unknown[];
  figures: { tips: number; reports: number; brokers: number };
}

describe('targeting on the demo', () => {
  it("ranks the demo's sites of concern above every other site, each with its reasons", async () => {
    expect(concern.sort()).toEqual([
      'Asia Construction Site 21',
      'Asia Tech Park Dawei',
      'Star Banana Plantation',
    ]);
    const res = await get('/api/outcomes/targeting/sites', analyst);
    expect(res.statusCode, res.body).toBe(200);
    const { of, sites } = res.json() as { of: number; sites: Ranked[] };
    expect(of).toBe(sites.length);
    const top = sites.slice(0, concern.length).map((s) => s.label);
    expect(top.sort()).toEqual(concern);
    for (const s of sites.slice(concern.length)) expect(others).toContain(s.label);
    for (const s of sites.slice(0, concern.length)) {
      expect(s.reasons.length).toBeGreaterThan(1);
      expect(s.figures.reports).toBeGreaterThan(0);
    }
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'outcomes.targeting_sites')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.detail)).toEqual([
      { ranked: of, shown: of, exploitation: null, byArea: false, days: 365 },
    ]);
  });

  it('filters by exploitation type', async () => {
    const res = await get('/api/outcomes/targeting/sites?exploitation=forced_criminality', analyst);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json().sites as Ranked[])[0]?.label).toBe('Asia Tech Park Dawei');
  });

  it("gives a site's rank and reasons for the decision, and 404 for what is not a visible site", async () => {
    const { sites, of } = (await get('/api/outcomes/targeting/sites', analyst)).json() as {
      of: number;
      sites: Ranked[];
    };
    const second = sites[1];
    const res = await get(`/api/outcomes/targeting/sites/${second?.entityId}`, analyst);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.of).toBe(of);
    expect(body.site.rank).toBe(2);
    expect(body.site.reasons).toEqual(second?.reasons);
    const missing = await get('/api/outcomes/targeting/sites/00000000-0000-4000-8000-000000000000', analyst);
    expect(missing.statusCode).toBe(404);
  });

  it('keeps sites from the M&E officer, who sees source communities in aggregate only', async () => {
    expect((await get('/api/outcomes/targeting/sites', meOfficer)).statusCode).toBe(403);
    const res = await get('/api/outcomes/targeting/communities', meOfficer);
    expect(res.statusCode, res.body).toBe(200);
    const { communities } = res.json() as { communities: Record<string, unknown>[] };
    expect(communities.length).toBeGreaterThan(0);
    const crossings = Number(
      (
        await t.database.db
          .selectFrom('crossings')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    let counted = 0;
    for (const c of communities) {
      expect(Object.keys(c).sort()).toEqual(
        [
          'area',
          'children',
          'crossings',
          'irregular',
          'key',
          'nationality',
          'noDocument',
          'rank',
          'reasons',
          'retrafficked',
          'score',
          'victims',
        ].sort(),
      );
      expect(c.crossings).toBeGreaterThanOrEqual(11);
      // Reasons go out as codes with their figures, which the screens word.
      for (const r of c.reasons as { code: string }[])
        expect(['presumed_victims', 'retrafficked', 'irregular', 'no_document', 'children']).toContain(
          r.code,
        );
      counted += c.crossings as number;
    }
    expect(counted).toBeLessThanOrEqual(crossings);
  });
});
