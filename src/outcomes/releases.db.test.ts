import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { permissionsOfRoles, type Role } from '../access/roles.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { indicatorTables } from './indicators.ts';
import { approveRelease, prepareRelease } from './releases.ts';
import type { CountTable, PublishedTable } from './suppression.ts';

// Releases: prepared by one, approved by a second (never the preparer), stored exactly as released and frozen once
// public; a later release of the same table over a longer period hides what a subtraction would reveal; approval
// refuses a release that a release published in between would expose; readers see public releases only.

let t: TestApp;
let officer: TestUser;
let coordinator: TestUser;
let cookies: Record<'officer' | 'coordinator' | 'analyst' | 'social', string>;

const actorOf = (u: TestUser, roles: Role[]): Actor => ({
  kind: 'user',
  userId: u.id,
  agencyId: u.agencyId,
  roles,
  permissions: permissionsOfRoles(roles),
  label: u.username,
});

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

/** Victims by sex and age; `grow` adds to the cell other, adult (the same table over a longer period). */
const victims = (grow = 0): CountTable => ({
  id: 'victims_by_sex_age',
  title: 'Victims identified, by sex and age group',
  dimensions: ['sex', 'age'],
  cells: [
    { key: ['female', 'child'], count: 4 },
    { key: ['female', 'adult'], count: 30 },
    { key: ['female', 'unknown'], count: 20 },
    { key: ['male', 'child'], count: 15 },
    { key: ['male', 'adult'], count: 40 },
    { key: ['male', 'unknown'], count: 60 },
    { key: ['other', 'child'], count: 25 },
    { key: ['other', 'adult'], count: 35 + grow },
    { key: ['other', 'unknown'], count: 45 },
  ],
  total: 274 + grow,
});
const source = (grow: number) => async () => [victims(grow)];

beforeAll(async () => {
  t = await startTestApp();
  officer = await makeUser(t, ['me_officer'], { totp: false });
  coordinator = await makeUser(t, ['coordinator'], { agencyId: officer.agencyId, totp: false });
  const analyst = await makeUser(t, ['analyst']);
  const social = await makeUser(t, ['social_worker']);
  cookies = {
    officer: await signIn(t, officer),
    coordinator: await signIn(t, coordinator),
    analyst: await signIn(t, analyst),
    social: await signIn(t, social),
  };
}, 60_000);
afterAll(() => t.close());

const stored = async (id: string) =>
  (
    await t.database.db
      .selectFrom('outcome_release_tables')
      .select('published')
      .where('release_id', '=', id)
      .executeTakeFirstOrThrow()
  ).published as PublishedTable;

describe('releases of aggregate figures', () => {
  it('refuses approval by the preparer; a second person makes it public; a later, longer period hides what subtraction reveals', async () => {
    const me = actorOf(officer, ['me_officer']);
    const co = actorOf(coordinator, ['coordinator']);
    const first = await prepareRelease(
      t.database.db,
      me,
      source(0),
      { title: 'January to June', tables: ['victims_by_sex_age'], filters: {}, k: 11 },
      'r1',
    );
    expect(first.hidden).toBe(4);
    const self = await api('POST', `/api/outcomes/releases/${first.id}/approve`, cookies.officer);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toBe(
      'You prepared this release: a second person must approve it before it is published.',
    );
    await approveRelease(t.database.db, co, first.id, 'a1');
    const r1 = await stored(first.id);
    expect(r1.cells.map((c) => c.count)).toEqual([null, null, 20, null, null, 60, 25, 35, 45]);

    // The same table over the whole year: one cell grew by 3. Subtracting would give 3 for the cell, its row,
    // its column and the grand total: all four are hidden in the second release, and what it grew by stays unknown.
    const second = await prepareRelease(
      t.database.db,
      me,
      source(3),
      { title: 'January to December', tables: ['victims_by_sex_age'], filters: {}, k: 11 },
      'r2',
    );
    const r2 = await stored(second.id);
    expect(r2.cells[7]?.count).toBeNull();
    expect(r2.margins.find((m) => m.value === 'other')?.count).toBeNull();
    expect(r2.margins.find((m) => m.value === 'adult')?.count).toBeNull();
    expect(r2.total).toBeNull();
    const view = await api('GET', `/api/outcomes/releases/${second.id}`, cookies.coordinator);
    expect(view.statusCode, view.body).toBe(200);
    const consistency = view
      .json()
      .report.entries.filter((e: { reason: string }) => e.reason === 'release_consistency');
    expect(consistency.map((e: { words: string }) => e.words)).toEqual([
      'the figure for sex other, age adult is hidden: subtracting the same figure in the earlier release "January to June" would leave fewer than 11',
      'the total for sex other is hidden: subtracting the same figure in the earlier release "January to June" would leave fewer than 11',
      'the total for age adult is hidden: subtracting the same figure in the earlier release "January to June" would leave fewer than 11',
      'the grand total is hidden: subtracting the same figure in the earlier release "January to June" would leave fewer than 11',
    ]);
    // Stored exactly as released: once public, neither the release nor its tables can change.
    await expect(
      sql`UPDATE outcome_release_tables SET published = '{}' WHERE release_id = ${first.id}`.execute(
        t.database.db,
      ),
    ).rejects.toThrow(/stored as released/);
    await expect(
      sql`UPDATE outcome_releases SET title = 'x' WHERE id = ${first.id}`.execute(t.database.db),
    ).rejects.toThrow(/public release cannot change/);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'detail'])
      .where('resource_id', '=', first.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.outcome])).toEqual([
      ['outcomes.release_prepared', 'success'],
      ['outcomes.release_approved', 'denied'],
      ['outcomes.release_approved', 'success'],
    ]);
    expect(audit[0]?.detail).toEqual({ tables: 1, hidden: 4, k: 11, dp: false, earlierReleases: 0 });
  });

  it('refuses to approve a release that one published since it was prepared would expose', async () => {
    const me = actorOf(officer, ['me_officer']);
    const co = actorOf(coordinator, ['coordinator']);
    // Both prepared against the same public releases; the first approved makes the second unsafe (they differ by 2).
    const a = await prepareRelease(
      t.database.db,
      me,
      source(30),
      { title: 'A', tables: ['victims_by_sex_age'], filters: {}, k: 11 },
      'ra',
    );
    const b = await prepareRelease(
      t.database.db,
      me,
      source(32),
      { title: 'B', tables: ['victims_by_sex_age'], filters: {}, k: 11 },
      'rb',
    );
    await approveRelease(t.database.db, co, a.id, 'aa');
    await expect(approveRelease(t.database.db, co, b.id, 'ab')).rejects.toThrow(/prepare this release again/);
    const again = await prepareRelease(
      t.database.db,
      me,
      source(32),
      { title: 'B again', tables: ['victims_by_sex_age'], filters: {}, k: 11 },
      'rb2',
    );
    await approveRelease(t.database.db, co, again.id, 'ab2');
    expect((await stored(again.id)).cells[7]?.count).toBeNull();
  });

  it('through the API: prepared from the indicators, approved, listed, downloaded as CSV; readers see public releases only', async () => {
    const names = (await indicatorTables(t.database.db, {})).slice(0, 2).map((x) => x.id);
    const prep = await api('POST', '/api/outcomes/releases', cookies.officer, {
      title: 'First quarter',
      tables: names,
      filters: { from: '2026-01-01', to: '2026-03-31' },
      epsilon: 1,
    });
    expect(prep.statusCode, prep.body).toBe(201);
    const id = prep.json().id as string;
    // Waiting for approval: invisible to a reader without the publishing permission.
    expect((await api('GET', `/api/outcomes/releases/${id}`, cookies.analyst)).statusCode).toBe(404);
    expect(
      (await api('GET', '/api/outcomes/releases?status=prepared', cookies.analyst)).json().releases,
    ).toEqual([]);
    const pending = (await api('GET', '/api/outcomes/releases?status=prepared', cookies.coordinator)).json()
      .releases;
    expect(pending.map((r: { id: string }) => r.id)).toContain(id);
    expect((await api('POST', `/api/outcomes/releases/${id}/approve`, cookies.coordinator)).statusCode).toBe(
      200,
    );
    const listed = (await api('GET', '/api/outcomes/releases', cookies.analyst)).json().releases;
    expect(listed[0]).toMatchObject({
      id,
      title: 'First quarter',
      status: 'public',
      k: 11,
      epsilon: 1,
      tables: names,
    });
    const read = (await api('GET', `/api/outcomes/releases/${id}`, cookies.analyst)).json();
    expect(read.report.entries).toBeNull();
    expect(read.report.words.at(-1)).toMatch(
      /^Differentially private: every count has random noise added \(Laplace, ε = 1 /,
    );
    expect(read.filters).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    const csv = await api('GET', `/api/outcomes/releases/${id}/csv`, cookies.analyst);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[0]).toBe('table,title,figure,value');
    expect(csv.body).toContain('k = 11; ""hidden"" marks a figure not published.');
    // Aggregates only for the social worker's role: no reading of releases at all.
    expect((await api('GET', '/api/outcomes/releases', cookies.social)).statusCode).toBe(403);
    expect(
      (await api('POST', '/api/outcomes/releases', cookies.analyst, { title: 'x', tables: names }))
        .statusCode,
    ).toBe(403);
    const unknown = await api('POST', '/api/outcomes/releases', cookies.officer, {
      title: 'x',
      tables: ['no_such_table'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(
      /^No table named no_such_table: a release names tables from the indicators/,
    );
  });
});
