import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
import { type Cast, operationCast } from './operation-fixture.ts';

let t: TestApp;
let c: Cast;
let stranger: string;
const decisions = '/api/operations/decisions';

const assessment = {
  dangerToLife: 'low',
  childrenPresent: 'no',
  peopleAtRisk: 4,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '2', strongestInfoGrade: 'B', corroboratingReports: 2 },
  nonTestimonialEvidence: ['documents'],
  risks: { victims: 'low', officers: 'low', bystanders: 'low', lawfulWorkers: 0 },
  corruptionLeakRisk: 'low',
  servicesReady: true,
};

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  // The cast's decision (on the Golden Prawn Peeling Shed, approved) gets an operation: outside its team, its target
  // is withheld.
  await c.call('POST', '/api/operations/plans', c.cookies.planner, {
    decisionId: c.decision.id,
    codeName: 'HERON',
  });
  const made: [string, string, boolean | null][] = [
    ['Karaoke bar, Mae Sot', 'labour_inspection', null],
    ['Fishing pier, Samut Sakhon', 'community_monitoring', false],
    ['Orchid spa, Pattaya', 'intelligence_build_up', true],
  ];
  const ids = [c.decision.id];
  for (const [label, decision, approve] of made) {
    const d = (
      await c.call('POST', decisions, c.cookies.planner, {
        target: { label },
        assessment,
        decision,
        rationale: 'Chosen after the site visit; the reasons are in the file.',
      })
    ).json();
    expect(d.id, JSON.stringify(d)).toBeTruthy();
    ids.push(d.id);
    if (approve !== null)
      await c.call('POST', `${decisions}/${d.id}/approval`, c.cookies.deputy, { approve, note: 'Seen.' });
  }
  // Decided a day apart, the Golden Prawn first, the Orchid spa last.
  for (const [i, id] of ids.entries())
    await sql`UPDATE intervention_decisions SET decided_at = ${new Date(Date.UTC(2026, 10, 1 + i))}
              WHERE id = ${id}`.execute(t.database.db);
  stranger = await signIn(t, await makeUser(t, ['operation_commander']));
});
afterAll(() => t.close());

interface Reply {
  decisions: { target: string; status: string; decision: string; operation: { codeName: string } | null }[];
  total: number;
  page: number;
  size: number;
}
const list = async (query: string, who = c.cookies.planner) => {
  const r = await c.call('GET', `${decisions}?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as Reply;
};
const targets = (r: Reply) => r.decisions.map((d) => d.target);

describe('the list of intervention decisions, on the server', () => {
  it('sorts by target either way and by date newest first, a page at a time with the total', async () => {
    const p1 = await list('sort=target&order=asc&size=2');
    expect(targets(p1)).toEqual(['Fishing pier, Samut Sakhon', 'Golden Prawn Peeling Shed']);
    expect(p1).toMatchObject({ total: 4, page: 1, size: 2 });
    expect(targets(await list('sort=target&order=asc&size=2&page=2'))).toEqual([
      'Karaoke bar, Mae Sot',
      'Orchid spa, Pattaya',
    ]);
    expect(targets(await list('sort=target&order=desc&size=1'))).toEqual(['Orchid spa, Pattaya']);
    const newest = targets(await list('sort=decided_at&order=desc'));
    expect(newest).toEqual(targets(await list('')));
    expect(newest[0]).toBe('Orchid spa, Pattaya');
    expect(newest[3]).toBe('Golden Prawn Peeling Shed');
    // Statuses in the order a decision goes through them; past the end: the last page.
    expect((await list('sort=status&order=asc')).decisions.map((d) => d.status)).toEqual([
      'awaiting_approval',
      'approved',
      'approved',
      'rejected',
    ]);
    const past = await list('sort=target&order=asc&size=3&page=9');
    expect(past.page).toBe(2);
    expect(targets(past)).toEqual(['Orchid spa, Pattaya']);
  });

  it('finds by words and filters by status and by the intervention decided', async () => {
    expect(targets(await list('q=PATTAYA'))).toEqual(['Orchid spa, Pattaya']);
    expect(targets(await list('q=heron'))).toEqual(['Golden Prawn Peeling Shed']); // the operation's code name
    expect(targets(await list('status=rejected'))).toEqual(['Fishing pier, Samut Sakhon']);
    expect((await list('status=approved')).total).toBe(2);
    expect(targets(await list('decision=labour_inspection'))).toEqual(['Karaoke bar, Mae Sot']);
    expect((await list('q=pier&status=approved')).total).toBe(0);
  });

  it("finds nothing by a compartmented target's withheld words, and nothing of another agency", async () => {
    expect((await list('q=prawn', c.cookies.analyst)).total).toBe(0);
    expect(targets(await list('q=heron', c.cookies.analyst))).toEqual(['Compartmented: operation HERON']);
    expect((await list('', stranger)).total).toBe(0);
  });

  it('refuses a column it does not sort by and a code it does not know', async () => {
    const bad = await c.call('GET', `${decisions}?sort=rationale`, c.cookies.planner);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await c.call('GET', `${decisions}?decision=airstrike`, c.cookies.planner)).statusCode).toBe(400);
  });
});
