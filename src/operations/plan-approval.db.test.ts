import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing.ts';
import { approvedOperation, type Cast, fullPlan, operationCast } from './operation-fixture.ts';

let t: TestApp;
let c: Cast;
const plans = '/api/operations/plans';

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
});
afterAll(() => t.close());

const noticesOf = async (cookie: string) =>
  (await c.call('GET', '/api/me/notices', cookie)).json().notices as {
    kind: string;
    text: string;
    detail: unknown;
  }[];

describe('the two-person rule on operation plans', () => {
  it('refuses approval by a commander who changed the place and time since the last approval', async () => {
    const op = await approvedOperation(c, 'HERON');
    const first = await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.deputy, {
      version: op.version,
    });
    expect(first.json()).toMatchObject({ status: 'approved' });
    // The deputy, a commanding member, moves the raid to another place and time, then tries to approve it alone.
    const moved = await c.call('PUT', `${plans}/${op.id}/plan`, c.cookies.deputy, {
      version: first.json().version,
      plan: { ...fullPlan(c), place: 'A different warehouse', startsAt: '2026-12-04T01:00:00.000Z' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().status).toBe('planning');
    const alone = await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.deputy, {
      version: moved.json().version,
    });
    expect(alone.statusCode).toBe(403);
    expect(alone.json().error.message).toMatch(/changed this plan/);
    // The planner changed nothing since, but planned it: still refused.
    const planner = await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.planner, {
      version: moved.json().version,
    });
    expect(planner.statusCode).toBe(403);
    // A third commander, who changed nothing, approves.
    await c.call('POST', `${plans}/${op.id}/members`, c.cookies.planner, {
      userId: c.users.outsider.id,
      role: 'command',
      team: 'Command',
      language: null,
    });
    const other = await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.outsider, {
      version: moved.json().version,
    });
    expect(other.statusCode).toBe(200);
    expect(other.json().status).toBe('approved');
  });

  it('tells the team when a change of place or time voids the approval', async () => {
    const op = await approvedOperation(c, 'EGRET');
    const first = await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.deputy, {
      version: op.version,
    });
    const before = (await noticesOf(c.cookies.investigator)).length;
    const moved = await c.call('PUT', `${plans}/${op.id}/plan`, c.cookies.planner, {
      version: first.json().version,
      plan: { ...fullPlan(c), startsAt: '2026-12-05T02:00:00.000Z' },
    });
    expect(moved.json().status).toBe('planning');
    const notices = await noticesOf(c.cookies.investigator);
    expect(notices).toHaveLength(before + 1);
    expect(notices.at(-1)).toMatchObject({
      kind: 'plan_changed_after_approval',
      detail: { codeName: 'EGRET', changed: ['time'], console: false },
    });
    // Nothing of the change itself is in the notice: no place, no time.
    expect(JSON.stringify(notices.at(-1)?.detail)).not.toMatch(/2026-12-05|warehouse/i);
    // The one who made the change is not notified of it.
    expect((await noticesOf(c.cookies.planner)).some((n) => JSON.stringify(n.detail).includes('EGRET'))).toBe(
      false,
    );
  });

  it('keeps the target of the approved decision: a new target needs a new decision', async () => {
    const op = await approvedOperation(c, 'PLOVER');
    const other = (
      await c.call('POST', '/api/intel/entities', c.cookies.analyst, {
        type: 'site',
        label: 'Rival karaoke bar',
      })
    ).json();
    const retarget = await c.call('PUT', `${plans}/${op.id}/plan`, c.cookies.planner, {
      version: op.version,
      plan: { ...fullPlan(c), target: { entityId: other.id, label: 'Rival karaoke bar' } },
    });
    expect(retarget.statusCode).toBe(409);
    expect(retarget.json().error.message).toMatch(/new target needs a new decision/);
    const read = await c.call('GET', `${plans}/${op.id}`, c.cookies.planner);
    expect(read.json().plan.target.entityId).toBe(c.entity.id);
  });
});
