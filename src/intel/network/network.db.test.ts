import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';

// A broker (Aung) on phone P1 who works at a site, calling phone P2 of a driver (Min); P2 also calls a number
// no entity holds; money from the driver's account to the broker's. Another agency's analyst sees none of it.

let t: TestApp;
let analyst: string;
let outsider: string;
let agencyId: string;
type Key = 'aung' | 'min' | 'p1' | 'p2' | 'acc1' | 'acc2' | 'site';
const id = {} as Record<Key, string>;

const dir = mkdtempSync(join(tmpdir(), 'lantern-network-'));
const file = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
};
const CALLS = [
  'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
  'C1,+66812345678,+66898765432,2026-05-05T02:30:00+07:00,40,voice,TH-1,13.7,100.5',
  'C2,+66812345678,+66898765432,2026-05-05T10:00:00+07:00,60,voice,TH-1,13.7,100.5',
  'C3,+66898765432,+66812345678,2026-05-06T20:00:00+07:00,20,voice,TH-1,13.7,100.5',
  'C4,+66898765432,+66899999003,2026-05-07T11:00:00+07:00,12,voice,TH-1,13.7,100.5',
  'C5,+66812345678,+66899999003,2026-05-08T11:00:00+07:00,12,voice,TH-1,13.7,100.5',
];

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  agencyId = a.agencyId;
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(analyst) })).json();
  const entity = async (key: Key, type: string, label: string, attribute?: string) => {
    const e = await post('/api/intel/entities', { type, label });
    if (attribute) await post(`/api/intel/entities/${e.id}/facts`, { attribute, value: label });
    id[key] = e.id as string;
  };
  await entity('aung', 'person', 'Ko Aung');
  await entity('min', 'person', 'Min Thu');
  await entity('p1', 'phone', '081 234 5678', 'number');
  await entity('p2', 'phone', '089 876 5432', 'number');
  await entity('acc1', 'account', 'KBANK-1', 'number');
  await entity('acc2', 'account', 'SCB-9', 'number');
  await entity('site', 'site', 'Golden Star karaoke');
  for (const [type, from, to] of [
    ['uses_phone', 'aung', 'p1'],
    ['uses_phone', 'min', 'p2'],
    ['holds_account', 'aung', 'acc1'],
    ['holds_account', 'min', 'acc2'],
    ['works_at', 'aung', 'site'],
  ] as const)
    await post('/api/intel/links', { type, fromId: id[from], toId: id[to] });
  const run = (path: string, mapping: string) =>
    importFile(t.database, {
      actor: SYSTEM_CLI,
      agencyId,
      path,
      mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
      acceptSkips: false,
    });
  await run(file('calls.csv', CALLS), 'lantern');
  await run(
    file('transfers.csv', [
      'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
      'T1,2026-05-07T10:00:00+07:00,bank,SCB-9,Min,KBANK-1,Aung,1500,THB,debt',
      'T2,2026-05-08T10:00:00+07:00,bank,SCB-9,Min,KBANK-1,Aung,500,THB,debt',
    ]),
    'lantern-transfers',
  );
}, 60_000);
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });
const ids = (nodes: { id: string }[]) => new Set(nodes.map((n) => n.id));

describe('the network', () => {
  it('aggregates calls per pair in the import, with counts, totals and the time of day', async () => {
    const res = await get(analyst, `/api/intel/network/neighbourhood?node=${id.p1}&hops=1`);
    expect(res.statusCode).toBe(200);
    const g = res.json();
    const out = g.edges.find((e: { from: string; to: string }) => e.from === id.p1 && e.to === id.p2);
    expect(out.type).toBe('call');
    expect(out.weight).toBe(2);
    expect(out.provenance).toMatchObject({ kind: 'traces', count: 2, total: 100, bands: [1, 1, 0, 0] });
    const back = g.edges.find((e: { from: string; to: string }) => e.from === id.p2 && e.to === id.p1);
    expect(back.provenance.bands).toEqual([0, 0, 0, 1]);
    // The number no entity holds is a node of its own; the phone's holder is reached by the declared link.
    expect(ids(g.nodes)).toEqual(new Set([id.p1, id.p2, id.aung, 'tel:+66899999003']));
    const money = (
      await get(analyst, `/api/intel/network/neighbourhood?node=${id.acc2}&hops=1&types=transfer`)
    ).json();
    expect(money.edges).toEqual([
      expect.objectContaining({
        from: id.acc2,
        to: id.acc1,
        weight: 2,
        provenance: expect.objectContaining({ total: 2000 }),
      }),
    ]);
  });

  it('grows a neighbourhood step by step, and filters by link type and weight', async () => {
    const two = (await get(analyst, `/api/intel/network/neighbourhood?node=${id.aung}&hops=2`)).json();
    const hops = Object.fromEntries(two.nodes.map((n: { id: string; hops: number }) => [n.id, n.hops]));
    expect(hops[id.aung]).toBe(0);
    expect(hops[id.p1]).toBe(1);
    expect(hops[id.site]).toBe(1);
    expect(hops[id.p2]).toBe(2);
    expect(hops[id.min]).toBeUndefined();
    const three = (await get(analyst, `/api/intel/network/neighbourhood?node=${id.aung}&hops=3`)).json();
    expect(ids(three.nodes).has(id.min)).toBe(true);
    const callsOnly = (
      await get(analyst, `/api/intel/network/neighbourhood?node=${id.p1}&hops=1&types=call&minWeight=2`)
    ).json();
    expect(ids(callsOnly.nodes)).toEqual(new Set([id.p1, id.p2]));
    const later = (
      await get(
        analyst,
        `/api/intel/network/neighbourhood?node=${id.p1}&hops=1&types=call&from=2026-05-08T00:00:00Z`,
      )
    ).json();
    expect(ids(later.nodes)).toEqual(new Set([id.p1, 'tel:+66899999003']));
  });

  it('finds the shortest paths between two people, through their phones or their money', async () => {
    const res = (await get(analyst, `/api/intel/network/paths?from=${id.aung}&to=${id.min}`)).json();
    expect(res.paths.length).toBe(2);
    const viaPhones = res.paths.find((p: { nodes: string[] }) => p.nodes.includes(id.p1));
    expect(viaPhones.nodes).toEqual([id.aung, id.p1, id.p2, id.min]);
    expect(viaPhones.edges).toHaveLength(3);
    const viaMoney = res.paths.find((p: { nodes: string[] }) => p.nodes.includes(id.acc1));
    expect(viaMoney.nodes).toEqual([id.aung, id.acc1, id.acc2, id.min]);
    const none = (
      await get(analyst, `/api/intel/network/paths?from=${id.aung}&to=${id.min}&maxHops=2`)
    ).json();
    expect(none.paths).toEqual([]);
  });

  it('finds the common contacts of two phones', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/intel/network/common-contacts',
      payload: { nodes: [id.p1, id.p2] },
      ...withSession(analyst),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().contacts.map((c: { id: string }) => c.id)).toEqual(['tel:+66899999003']);
  });

  it('shows another agency nothing, not even through a number, and audits what it showed', async () => {
    const res = (await get(outsider, `/api/intel/network/neighbourhood?node=${id.aung}&hops=2`)).json();
    expect(res.nodes).toEqual([]);
    const byNumber = (
      await get(outsider, '/api/intel/network/neighbourhood?node=tel:%2B66812345678&hops=1')
    ).json();
    expect(byNumber.edges).toEqual([]);
    const path = (await get(outsider, `/api/intel/network/paths?from=${id.aung}&to=${id.min}`)).json();
    expect(path.paths).toEqual([]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('action', '=', 'intel.network_read')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(audit)).not.toContain('+6681');
  });

  it('counts an import once: the same file again adds no calls', async () => {
    const again = await importFile(t.database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: file('calls-again.csv', CALLS),
      mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
      acceptSkips: false,
    });
    expect(again.status).toBe('already_imported');
    const rows = await t.database.db
      .selectFrom('network_edges')
      .select(['count'])
      .where('kind', '=', 'call')
      .execute();
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(5);
  });

  it('gives the links among a set of nodes in one request, and nothing another agency may not see', async () => {
    const body = (cookie: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/intel/network/subgraph',
        payload: { nodes: [id.aung, id.p1, id.p2, id.min] },
        ...withSession(cookie),
      });
    const r = (await body(analyst)).json();
    expect(ids(r.nodes)).toEqual(new Set([id.aung, id.p1, id.p2, id.min]));
    expect(r.edges.map((e: { type: string }) => e.type).sort()).toEqual([
      'call',
      'call',
      'uses_phone',
      'uses_phone',
    ]);
    const other = (await body(outsider)).json();
    expect(other).toEqual({ nodes: [], edges: [] });
  });

  it('refuses a node that is neither an entity id nor a number', async () => {
    const res = await get(analyst, '/api/intel/network/neighbourhood?node=DROP%20TABLE&hops=1');
    expect(res.statusCode).toBe(400);
  });
});
