import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../server/testing.ts';
import { type Cast, operationCast } from './operation-fixture.ts';

let t: TestApp;
let c: Cast;
const plans = '/api/operations/plans';
const NAMES = ['OSPREY', 'BITTERN', 'CORMORANT', 'avocet', 'DUNLIN'];

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  for (const codeName of NAMES)
    await c.call('POST', plans, c.cookies.planner, { decisionId: (await c.approvedDecision()).id, codeName });
  const { operations } = (await c.call('GET', `${plans}?q=dunlin`, c.cookies.planner)).json();
  await c.call('POST', `${plans}/${operations[0].id}/cancel`, c.cookies.planner, { reason: 'Target moved.' });
});
afterAll(() => t.close());

const list = async (query: string, who = c.cookies.planner) => {
  const r = await c.call('GET', `${plans}?${query}`, who);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { operations: { codeName: string; status: string }[]; total: number; page: number };
};
const names = (r: { operations: { codeName: string }[] }) => r.operations.map((o) => o.codeName);

describe('the list of operations, on the server', () => {
  it('sorts by code name either way, ignoring case, a page at a time with the total', async () => {
    const p1 = await list('sort=code_name&order=asc&size=2');
    expect(names(p1)).toEqual(['avocet', 'BITTERN']);
    expect(p1).toMatchObject({ total: 5, page: 1, size: 2 });
    expect(names(await list('sort=code_name&order=asc&size=2&page=2'))).toEqual(['CORMORANT', 'DUNLIN']);
    expect(names(await list('sort=code_name&order=desc&size=2'))).toEqual(['OSPREY', 'DUNLIN']);
    // Past the end: the last page.
    const past = await list('sort=code_name&order=asc&size=2&page=40');
    expect(past.page).toBe(3);
    expect(names(past)).toEqual(['OSPREY']);
  });

  it('finds by words and filters by status', async () => {
    expect(names(await list('q=cormo'))).toEqual(['CORMORANT']);
    expect(names(await list('status=cancelled'))).toEqual(['DUNLIN']);
    expect((await list('status=planning')).total).toBe(4);
    expect(names(await list('q=prawn&status=cancelled'))).toEqual(['DUNLIN']); // the target's words
  });

  it('lists nothing to someone who is no member', async () => {
    expect((await list('', c.cookies.analyst)).total).toBe(0);
  });

  it('refuses a column it does not sort by and a page too large, saying which', async () => {
    const bad = await c.call('GET', `${plans}?sort=secret_place`, c.cookies.planner);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/sort/);
    expect((await c.call('GET', `${plans}?size=1000`, c.cookies.planner)).statusCode).toBe(400);
  });
});
