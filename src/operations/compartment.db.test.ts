import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
import {
  approvedOperation,
  type Cast,
  operationCast,
  SECRET_PLACE,
  SECRET_START,
} from './operation-fixture.ts';

let t: TestApp;
let c: Cast;
let opId: string;
let decisionId: string;
let exhibitId: string;
let entryId: string;
let getRoutes: string[];
let briefBeforeStart: unknown;
let screenableBeforeStart: unknown;
let receiver: string;

const plans = '/api/operations/plans';

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  const op = await approvedOperation(c, 'KESTREL');
  opId = op.id;
  decisionId = op.decisionId;
  briefBeforeStart = (await c.call('GET', `/api/operations/briefs/${opId}`, c.cookies.socialWorker)).json();
  t.clock.advance(31_000);
  receiver = await signIn(t, await makeUser(t, ['screening_officer'], { agencyId: c.servicesAgency }));
  screenableBeforeStart = (await c.call('GET', '/api/screening/operations', receiver)).json().operations;
  // Before the start, an analyst outside the compartment looks the target up.
  await c.call('GET', `/api/intel/entities/${c.entity.id}`, c.cookies.analyst);
  // A commander outside it tries to open the operation, then finds the target through bulk reads: a search naming
  // the site, the agency's FtM export, the site's timeline, the page of a worker linked to the site.
  await c.call('GET', `${plans}/${opId}`, c.cookies.outsider);
  const worker = (
    await c.call('POST', '/api/intel/entities', c.cookies.analyst, { type: 'person', label: 'Min Thu' })
  ).json();
  await c.call('POST', '/api/intel/links', c.cookies.analyst, {
    type: 'works_at',
    fromId: worker.id,
    toId: c.entity.id,
  });
  await c.call('GET', `/api/intel/entities/${worker.id}`, c.cookies.outsider);
  await c.call('GET', '/api/intel/search?q=Golden%20Prawn', c.cookies.outsider);
  await c.call('GET', '/api/intel/export/ftm', c.cookies.outsider);
  await c.call('GET', `/api/intel/entities/${c.entity.id}/timeline`, c.cookies.outsider);
  const view = (await c.call('GET', `${plans}/${opId}`, c.cookies.planner)).json();
  for (const [index] of (view.plan.goNoGo as unknown[]).entries())
    await c.call('POST', `${plans}/${opId}/checklist`, c.cookies.planner, {
      list: 'goNoGo',
      index,
      done: true,
    });
  await c.call('POST', `${plans}/${opId}/approval`, c.cookies.deputy, { version: view.version });
  await c.call('POST', `${plans}/${opId}/start`, c.cookies.deputy);
  entryId = randomUUID();
  const x = await c.call('POST', `${plans}/${opId}/log`, c.cookies.investigator, {
    id: entryId,
    kind: 'exhibit',
    occurredAt: new Date().toISOString(),
    exhibit: {
      nature: 'physical',
      category: 'ledger',
      description: 'Debt ledger found at the target',
      where: SECRET_PLACE,
      sealNumber: 'S-77',
      digitalHash: null,
    },
  });
  exhibitId = x.json().exhibitId;
  // A member removed mid-operation is an outsider from then on.
  const member = view.members.find((m: { userId: string }) => m.userId === c.users.interpreter.id);
  await c.call('DELETE', `${plans}/${opId}/members/${member.id}`, c.cookies.planner);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  getRoutes = Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([path]) => path);
});
afterAll(() => t.close());

/** Every URL a GET route can be called with, each path parameter filled with every id tied to the operation. */
function urls(): string[] {
  const ids = [opId, c.entity.id, c.suspect.id, decisionId, exhibitId, entryId];
  const out: string[] = [];
  for (const path of getRoutes) {
    if (!path.includes('{')) {
      out.push(path);
      continue;
    }
    for (const id of ids) out.push(path.replace(/\{[^}]+\}/g, id));
  }
  out.push(
    '/api/intel/search?q=Golden%20Prawn',
    '/api/intel/search?q=Warehouse%207',
    '/api/intel/search?q=Somchai',
    '/api/audit?resourceType=operation',
    `/api/audit?resourceId=${opId}`,
    `/api/audit?resourceId=${exhibitId}`,
    '/api/audit?resourceType=exhibit',
    `/api/audit?resourceId=${c.entity.id}`,
  );
  return out;
}

/**
 * What an outsider must never learn: the place, the time, or that this target is this operation's. A listing
 * (audit entries, decisions) is judged item by item: an audit entry naming an id someone typed into a filter, or
 * an earlier decision on the same site made before any compartment, is not a link to this operation.
 */
function leaks(body: string): string | null {
  if (body.includes(SECRET_PLACE)) return 'the place';
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return single(body); // not one JSON document: an export in JSON lines, a file
  }
  if (parsed === null || typeof parsed !== 'object') return single(body);
  const lists = Object.values(parsed).filter(Array.isArray) as unknown[][];
  // One list, with at most a page's numbers beside it (total, page, size).
  if (lists.length === 1 && Object.values(parsed).every((v) => Array.isArray(v) || typeof v === 'number'))
    return lists[0]?.map((e) => single(JSON.stringify(e))).find((x) => x !== null) ?? null;
  return single(body);
}

function single(body: string): string | null {
  if (body.includes(SECRET_PLACE)) return 'the place';
  if (body.includes(SECRET_START) || body.includes('2026-12-03T04:30')) return 'the time';
  const namesOperation = body.includes(opId) || body.includes('KESTREL') || body.includes(exhibitId);
  const namesTarget =
    body.includes(c.entity.id) || body.includes('Golden Prawn') || body.includes(c.suspect.id);
  if (namesOperation && namesTarget) return 'the target of the operation';
  return null;
}

describe('the compartment', () => {
  it('is checked by a route list that covers the operation routes', () => {
    expect(getRoutes).toEqual(
      expect.arrayContaining([
        '/api/operations/plans/{id}',
        '/api/operations/plans/{id}/log',
        '/api/operations/plans/{id}/exhibits',
        '/api/operations/plans/{id}/leak-review',
        '/api/audit/operations/{id}/leak-review',
        '/api/evidence/exhibits/{id}',
        '/api/intel/entities/{id}',
        '/api/intel/search',
        '/api/intel/export/ftm',
        '/api/intel/entities/{id}/timeline',
        '/api/audit',
      ]),
    );
  });

  for (const who of [
    'outsider',
    'analyst',
    'admin',
    'auditor',
    'socialWorker',
    'otherSocialWorker',
    'interpreter',
  ] as const) {
    it(`reveals nothing of the target, place or time to a non-member (${who}) on any route`, async () => {
      const found: string[] = [];
      for (const url of urls()) {
        const res = await c.call('GET', url, c.cookies[who]);
        const leak = leaks(res.body);
        if (leak) found.push(`${url} (${res.statusCode}) reveals ${leak}`);
      }
      expect(found).toEqual([]);
      // Every GET route the app has, read one after another: 7-28 s on a quiet two-core machine, more under load.
    }, 120_000);
  }

  it('refuses non-members every operation route with "not found", reads and writes alike', async () => {
    const plan = (await c.call('GET', `${plans}/${opId}`, c.cookies.planner)).json();
    const attempts: [string, string, object | undefined][] = [
      ['GET', `${plans}/${opId}`, undefined],
      ['GET', `${plans}/${opId}/log`, undefined],
      ['GET', `${plans}/${opId}/exhibits`, undefined],
      ['GET', `${plans}/${opId}/review`, undefined],
      ['GET', `${plans}/${opId}/leak-review`, undefined],
      ['GET', `${plans}/${opId}/candidates`, undefined],
      ['GET', `/api/evidence/exhibits/${exhibitId}`, undefined],
      ['PUT', `${plans}/${opId}/plan`, { version: plan.version, plan: plan.plan }],
      [
        'POST',
        `${plans}/${opId}/members`,
        { userId: c.users.outsider.id, role: 'arrest', team: '', language: null },
      ],
      ['POST', `${plans}/${opId}/approval`, { version: plan.version }],
      ['POST', `${plans}/${opId}/conclude`, undefined],
      [
        'POST',
        `${plans}/${opId}/log`,
        { id: randomUUID(), kind: 'note', occurredAt: new Date().toISOString(), text: 'x' },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const res = await c.call(method as 'GET', url, c.cookies.outsider, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = (await c.call('GET', plans, c.cookies.outsider)).json().operations;
    expect(list).toEqual([]);
  });

  it("withholds the decision's assessment and the names of who decided and approved from non-members", async () => {
    const asOutsider = (
      await c.call('GET', `/api/operations/decisions/${decisionId}`, c.cookies.outsider)
    ).json();
    expect(asOutsider).toMatchObject({
      assessment: { withheld: true },
      reasons: [],
      cautions: [],
      decidedBy: null,
      decidedById: null,
      approvedBy: null,
      approvedById: null,
      target: { compartmented: true },
      // Free text about the target is withheld too: sent empty, the screens say why.
      rationale: '',
    });
    const text = JSON.stringify(asOutsider);
    for (const secret of [
      'childrenPresent',
      'peopleAtRisk',
      'nonTestimonialEvidence',
      'call_records',
      c.users.planner.id,
      c.users.deputy.id,
    ])
      expect(text).not.toContain(secret);
    const asMember = (
      await c.call('GET', `/api/operations/decisions/${decisionId}`, c.cookies.planner)
    ).json();
    expect(asMember.assessment).toMatchObject({ childrenPresent: 'yes', peopleAtRisk: 14 });
    expect(asMember.decidedById).toBe(c.users.planner.id);
  });

  it('shows receiving services a brief that does not change when the operation is approved or starts', async () => {
    const after = (await c.call('GET', `/api/operations/briefs/${opId}`, c.cookies.socialWorker)).json();
    expect(after).toEqual(briefBeforeStart);
    expect(Object.keys(after).sort()).toEqual([
      'codeName',
      'expectedPeople',
      'id',
      'readyBy',
      'screeningSite',
    ]);
    const listed = (await c.call('GET', '/api/operations/briefs', c.cookies.socialWorker)).json().briefs;
    expect(JSON.stringify(listed)).not.toMatch(/executing|approved|status|04:30/);
    // Nor does the list of operations a receiving screener may screen people from change when it starts.
    const screenable = (await c.call('GET', '/api/screening/operations', receiver)).json().operations;
    expect(screenable).toEqual(screenableBeforeStart);
    expect(screenable).toEqual([expect.objectContaining({ id: opId, codeName: 'KESTREL' })]);
    expect(JSON.stringify(screenable)).not.toMatch(/executing|approved|status/);
  });

  it('lets members see what outsiders cannot', async () => {
    const asMember = await c.call('GET', `${plans}/${opId}`, c.cookies.arrester);
    expect(asMember.json().plan.place).toBe(SECRET_PLACE);
    const audit = (await c.call('GET', `/api/audit?resourceId=${opId}`, c.cookies.admin)).json().entries;
    expect(audit).toEqual([]);
  });

  it('shows the commanders who looked at the target before the start, and whether they were members then', async () => {
    const review = (await c.call('GET', `${plans}/${opId}/leak-review`, c.cookies.planner)).json();
    const analystName = (
      await t.database.db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', c.users.analyst.id)
        .executeTakeFirstOrThrow()
    ).display_name;
    const looked = review.events.filter(
      (e: { who: string; about: string; action: string; beforeStart: boolean }) =>
        e.who === analystName &&
        e.about === 'the target' &&
        e.action === 'intel.entity_read' &&
        e.beforeStart,
    );
    expect(looked).toEqual([expect.objectContaining({ beforeStart: true, memberAtTheTime: false })]);
    expect(review.nonMembersBeforeStart.some((n: string) => n.startsWith(analystName))).toBe(true);
    const memberReads = review.events.filter(
      (e: { action: string; memberAtTheTime: boolean }) =>
        e.action === 'operations.operation_read' && !e.memberAtTheTime,
    );
    expect(memberReads).toEqual([]);
    // Only commanders run the review; a member without the permission to plan gets "not found".
    expect((await c.call('GET', `${plans}/${opId}/leak-review`, c.cookies.arrester)).statusCode).toBe(404);
  });

  it('shows refused attempts to open the operation and bulk reads that returned its target', async () => {
    const review = (await c.call('GET', `${plans}/${opId}/leak-review`, c.cookies.planner)).json();
    const outsiderName = (
      await t.database.db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', c.users.outsider.id)
        .executeTakeFirstOrThrow()
    ).display_name;
    const by = (action: string, outcome = 'success') =>
      review.events.filter(
        (e: { who: string; action: string; outcome: string; beforeStart: boolean }) =>
          e.who === outsiderName && e.action === action && e.outcome === outcome && e.beforeStart,
      );
    const outside = { beforeStart: true, memberAtTheTime: false };
    expect(by('operations.access', 'denied')).toEqual([
      expect.objectContaining({ ...outside, about: 'the operation' }),
    ]);
    expect(by('intel.search')).toEqual([
      expect.objectContaining({ ...outside, about: 'the target', amongOthers: true }),
    ]);
    expect(by('intel.export_ftm')).toEqual([
      expect.objectContaining({ ...outside, about: 'the target, suspect 1', amongOthers: true }),
    ]);
    expect(by('intel.timeline_read')).toEqual([expect.objectContaining({ ...outside, about: 'the target' })]);
    expect(by('intel.entity_read')).toEqual([
      expect.objectContaining({ ...outside, about: 'the target', amongOthers: true }),
    ]);
    expect(review.nonMembersBeforeStart.some((n: string) => n.startsWith(outsiderName))).toBe(true);
    // A try at an exhibit the operation seized counts as a try at the operation.
    const denied = (events: { who: string; outcome: string; about: string }[]) =>
      events.filter((e) => e.who === outsiderName && e.outcome === 'denied' && e.about === 'the operation')
        .length;
    expect((await c.call('GET', `/api/evidence/exhibits/${exhibitId}`, c.cookies.outsider)).statusCode).toBe(
      404,
    );
    const again = (await c.call('GET', `${plans}/${opId}/leak-review`, c.cookies.planner)).json();
    expect(denied(again.events)).toBe(denied(review.events) + 1);
    // Refusals after the start are there too, and the bulk reads' entries hold ids, never names.
    expect(
      review.events.some(
        (e: { who: string; outcome: string; beforeStart: boolean }) =>
          e.who === outsiderName && e.outcome === 'denied' && !e.beforeStart,
      ),
    ).toBe(true);
    const bulk = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('actor_id', '=', c.users.outsider.id)
      .where('action', 'in', ['intel.search', 'intel.export_ftm'])
      .orderBy('seq')
      .execute();
    for (const action of ['intel.search', 'intel.export_ftm'])
      expect(bulk.find((b) => b.action === action)?.detail.entityIds).toContain(c.entity.id);
    for (const b of bulk) expect(JSON.stringify(b.detail)).not.toMatch(/Golden|Somchai|Warehouse/);
  });
});
