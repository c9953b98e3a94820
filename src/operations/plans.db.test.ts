import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing.ts';
import { approvedOperation, type Cast, fullPlan, operationCast, SECRET_PLACE } from './operation-fixture.ts';

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
});
afterAll(() => t.close());

const plans = '/api/operations/plans';

describe('operation plans', () => {
  it('are planned only on an approved raid or rescue decision', async () => {
    const pending = (
      await c.call('POST', '/api/operations/decisions', c.cookies.planner, {
        target: { label: 'Somewhere else' },
        assessment: (
          await c.call('GET', `/api/operations/decisions/${c.decision.id}`, c.cookies.planner)
        ).json().assessment,
        decision: 'planned_raid_and_rescue',
        rationale: 'Corroborated.',
      })
    ).json();
    const r = await c.call('POST', plans, c.cookies.planner, { decisionId: pending.id, codeName: 'HERON' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.message).toMatch(/not been approved/);
  });

  it('refuses a save made on a stale version instead of losing the other commander’s work', async () => {
    const made = (
      await c.call('POST', plans, c.cookies.planner, { decisionId: c.decision.id, codeName: 'KESTREL' })
    ).json();
    expect(made).toMatchObject({ status: 'planning', version: 1, myRole: 'command' });
    const twice = await c.call('POST', plans, c.cookies.planner, {
      decisionId: c.decision.id,
      codeName: 'KESTREL2',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/operation KESTREL is already planned/);
    await c.call('POST', `${plans}/${made.id}/members`, c.cookies.planner, {
      userId: c.users.deputy.id,
      role: 'command',
      team: 'Command',
      language: null,
    });
    const plan = fullPlan(c);
    const first = await c.call('PUT', `${plans}/${made.id}/plan`, c.cookies.planner, { version: 1, plan });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await c.call('PUT', `${plans}/${made.id}/plan`, c.cookies.deputy, {
      version: 1,
      plan: { ...plan, transport: 'One bus' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.details).toEqual({ currentVersion: 2 });
    const now = (await c.call('GET', `${plans}/${made.id}`, c.cookies.deputy)).json();
    expect(now.plan.transport).toBe(plan.transport);
  });

  it('is approved only when every objective has someone responsible, and not by its planner', async () => {
    const made = (
      await c.call('POST', plans, c.cookies.planner, {
        decisionId: (await c.approvedDecision()).id,
        codeName: 'OSPREY',
      })
    ).json();
    const saved = (
      await c.call('PUT', `${plans}/${made.id}/plan`, c.cookies.planner, {
        version: made.version,
        plan: fullPlan(c),
      })
    ).json();
    expect(saved.gaps).toEqual(
      expect.arrayContaining([
        { code: 'no_arrest_member' },
        { code: 'no_interpreter', language: 'my' },
        { code: 'no_victim_care' },
      ]),
    );
    await c.call('POST', `${plans}/${made.id}/members`, c.cookies.planner, {
      userId: c.users.deputy.id,
      role: 'command',
      team: 'Command',
      language: null,
    });
    const early = await c.call('POST', `${plans}/${made.id}/approval`, c.cookies.deputy, {
      version: saved.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.gaps).toContainEqual({ code: 'no_interpreter', language: 'my' });
    const interpreterWithoutLanguage = await c.call(
      'POST',
      `${plans}/${made.id}/members`,
      c.cookies.planner,
      {
        userId: c.users.interpreter.id,
        role: 'interpreter',
        team: 'Care',
        language: null,
      },
    );
    expect(interpreterWithoutLanguage.statusCode).toBe(400);
    const socialWorker = await c.call('POST', `${plans}/${made.id}/members`, c.cookies.planner, {
      userId: c.users.socialWorker.id,
      role: 'victim_care',
      team: 'Care',
      language: null,
    });
    expect(socialWorker.statusCode).toBe(400);
    for (const [who, role, language] of [
      ['investigator', 'evidence', null],
      ['arrester', 'arrest', null],
      ['interpreter', 'interpreter', 'my'],
      ['carer', 'victim_care', null],
    ] as const)
      expect(
        (
          await c.call('POST', `${plans}/${made.id}/members`, c.cookies.planner, {
            userId: c.users[who].id,
            role,
            team: 'Alpha',
            language,
          })
        ).statusCode,
      ).toBe(200);
    const ready = (await c.call('GET', `${plans}/${made.id}`, c.cookies.planner)).json();
    expect(ready.gaps).toEqual([]);
    const self = await c.call('POST', `${plans}/${made.id}/approval`, c.cookies.planner, {
      version: ready.version,
    });
    expect(self.statusCode).toBe(403);
    const approved = await c.call('POST', `${plans}/${made.id}/approval`, c.cookies.deputy, {
      version: ready.version,
    });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const noGo = await c.call('POST', `${plans}/${made.id}/start`, c.cookies.deputy);
    expect(noGo.statusCode).toBe(409);
    expect(noGo.json().error.details.noGo).toEqual(['Intelligence re-checked']);
    // Confirming the go/no-go items just before the raid keeps the approval.
    const ticked = await c.call('POST', `${plans}/${made.id}/checklist`, c.cookies.deputy, {
      list: 'goNoGo',
      index: 0,
      done: true,
    });
    expect(ticked.json()).toMatchObject({ status: 'approved', noGo: [], version: approved.json().version });
    const noItem = await c.call('POST', `${plans}/${made.id}/checklist`, c.cookies.deputy, {
      list: 'goNoGo',
      index: 5,
      done: true,
    });
    expect(noItem.statusCode).toBe(400);
    // Editing an approved plan sends it back for approval.
    const edited = (
      await c.call('PUT', `${plans}/${made.id}/plan`, c.cookies.deputy, {
        version: ticked.json().version,
        plan: {
          ...fullPlan(c),
          goNoGo: [
            { item: 'Intelligence re-checked', done: false },
            { item: 'Boats on the river checked', done: false },
          ],
        },
      })
    ).json();
    expect(edited.status).toBe('planning');
    // A save keeps the ticks as they stand: only the checklist route ticks.
    expect(edited.plan.goNoGo).toEqual([
      { item: 'Intelligence re-checked', done: true },
      { item: 'Boats on the river checked', done: false },
    ]);
  });

  it('ends a removed member’s access at once', async () => {
    const op = await approvedOperation(c, 'MERLIN');
    expect((await c.call('GET', `${plans}/${op.id}`, c.cookies.interpreter)).statusCode).toBe(200);
    const view = (await c.call('GET', `${plans}/${op.id}`, c.cookies.planner)).json();
    const member = view.members.find((m: { userId: string }) => m.userId === c.users.interpreter.id);
    const removed = await c.call('DELETE', `${plans}/${op.id}/members/${member.id}`, c.cookies.planner);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().gaps).toContainEqual({ code: 'no_interpreter', language: 'my' });
    expect((await c.call('GET', `${plans}/${op.id}`, c.cookies.interpreter)).statusCode).toBe(404);
    expect((await c.call('GET', `${plans}/${op.id}/log`, c.cookies.interpreter)).statusCode).toBe(404);
    const list = (await c.call('GET', plans, c.cookies.interpreter)).json().operations;
    expect(list.map((o: { id: string }) => o.id)).not.toContain(op.id);
  });

  it('shows receiving services a logistics brief without the target, place or time', async () => {
    const op = await approvedOperation(c, 'SWIFT');
    const briefs = (await c.call('GET', '/api/operations/briefs', c.cookies.socialWorker)).json().briefs;
    const brief = briefs.find((b: { id: string }) => b.id === op.id);
    expect(brief).toMatchObject({
      codeName: 'SWIFT',
      readyBy: '2026-12-02',
      expectedPeople: { count: 14, children: 3, languages: ['my'] },
    });
    const text = JSON.stringify(briefs);
    expect(text).not.toContain(SECRET_PLACE);
    expect(text).not.toContain('Golden Prawn');
    expect(text).not.toContain('04:30');
    expect((await c.call('GET', `${plans}/${op.id}`, c.cookies.socialWorker)).statusCode).toBe(404);
    const elsewhere = (await c.call('GET', '/api/operations/briefs', c.cookies.otherSocialWorker)).json()
      .briefs;
    expect(elsewhere.map((b: { id: string }) => b.id)).not.toContain(op.id);
    expect(
      (await c.call('GET', `/api/operations/briefs/${op.id}`, c.cookies.otherSocialWorker)).statusCode,
    ).toBe(404);
  });

  it('withholds the decision’s target from non-members once an operation is planned on it', async () => {
    const asOutsider = (
      await c.call('GET', `/api/operations/decisions/${c.decision.id}`, c.cookies.outsider)
    ).json();
    expect(asOutsider.target).toMatchObject({ compartmented: true, entityId: null });
    expect(asOutsider.operation).toEqual({ codeName: 'KESTREL', id: null, member: false });
    expect(JSON.stringify(asOutsider)).not.toContain('Golden Prawn');
    const list = (await c.call('GET', '/api/operations/decisions', c.cookies.analyst)).json().decisions;
    expect(JSON.stringify(list)).not.toContain('Golden Prawn');
    const asMember = (
      await c.call('GET', `/api/operations/decisions/${c.decision.id}`, c.cookies.planner)
    ).json();
    expect(asMember.target.label).toBe('Golden Prawn Peeling Shed');
    expect(asMember.operation).toMatchObject({ codeName: 'KESTREL', member: true });
    expect(asMember.operation.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
