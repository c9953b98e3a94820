import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';
import { importFile } from '../imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../imports/mapping.ts';
import { loadProjection } from './projection-store.ts';

// Three sites each owned by its own owner; a broker who calls all three owners; a guard who calls one. The
// broker is the one the analysis ranks; another agency reads nothing of it.

let t: TestApp;
let agencyId: string;
let analyst: string;
let outsider: string;
const id: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'lantern-network-analysis-'));
const PEOPLE = ['o1', 'o2', 'o3', 'broker', 'guard'] as const;
const number = (k: number) => `+6681000000${k}`;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  agencyId = a.agencyId;
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(analyst) })).json();
  for (const [k, p] of PEOPLE.entries()) {
    id[p] = (await post('/api/intel/entities', { type: 'person', label: `Person ${p}` })).id;
    const phone = (await post('/api/intel/entities', { type: 'phone', label: number(k) })).id;
    await post(`/api/intel/entities/${phone}/facts`, { attribute: 'number', value: number(k) });
    await post('/api/intel/links', { type: 'uses_phone', fromId: id[p], toId: phone });
  }
  for (const s of [1, 2, 3]) {
    id[`s${s}`] = (await post('/api/intel/entities', { type: 'site', label: `Site ${s}` })).id;
    await post('/api/intel/links', { type: 'owns', fromId: id[`o${s}`], toId: id[`s${s}`] });
  }
  const calls = [
    'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
    ...[
      [3, 0],
      [3, 1],
      [2, 3],
      [4, 0],
      [4, 0],
    ].map(
      ([x, y], i) =>
        `C${i},${number(x as number)},${number(y as number)},2026-05-0${i + 1}T10:00:00+07:00,30,voice,,,`,
    ),
  ];
  const path = join(dir, 'calls.csv');
  writeFileSync(path, `${calls.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId: a.agencyId,
    path,
    mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
    acceptSkips: false,
  });
}, 60_000);
afterAll(() => t.close());

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, ...withSession(cookie) });

describe('the network analysis', () => {
  it('runs over the agency’s picture and ranks the broker of the sites of concern', async () => {
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/intel/network/analyses',
      payload: { sites: [id.s1, id.s2, id.s3] },
      ...withSession(analyst),
    });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ sitesOfConcern: 3, brokers: 1 });
    const brokers = (await get(analyst, '/api/intel/network/brokers')).json().brokers;
    expect(brokers).toHaveLength(1);
    expect(brokers[0].person.id).toBe(id.broker);
    expect(brokers[0].sites.map((s: { id: string }) => s.id).sort()).toEqual([id.s1, id.s2, id.s3].sort());
    const last = (await get(analyst, '/api/intel/network/analysis')).json().last;
    expect(last.nodes).toBe(8);
  });

  it('reads the calls in pages that each start where the last ended', async () => {
    const ties = async (page?: number) => {
      const { graph } = (await loadProjection(t.database.db, agencyId, page)).projection;
      const out: string[] = [];
      for (const p of graph.ids)
        graph.forEachNeighbor(p, (q, tie) => {
          if (tie.calls > 0) out.push(`${p}-${q}:${tie.calls}`);
        });
      return out.sort();
    };
    const whole = await ties();
    // Four pairs called (each tie seen from both ends): the broker with each owner, the guard with one owner,
    // whose two calls are one tie.
    expect(whole.filter((x) => x.startsWith(`${id.guard}-`))).toEqual([`${id.guard}-${id.o1}:2`]);
    expect(whole).toHaveLength(8);
    for (const page of [1, 2, 3]) expect(await ties(page)).toEqual(whole);
  });

  it('profiles a site: its owner, the broker supplying it, its group', async () => {
    const res = await get(analyst, `/api/intel/network/sites/${id.s1}/profile`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.people).toEqual([expect.objectContaining({ id: id.o1, role: 'owner' })]);
    expect(p.brokers.map((b: { person: { id: string } }) => b.person.id)).toEqual([id.broker]);
    expect(p.group.keyPeople.map((x: { id: string }) => x.id)).toContain(id.o1);
    const groups = (await get(analyst, '/api/intel/network/groups')).json().groups;
    expect(groups.flatMap((g: { sites: { id: string }[] }) => g.sites.map((s) => s.id)).sort()).toEqual(
      [id.s1, id.s2, id.s3].sort(),
    );
  });

  it('is the agency’s own: another agency reads no broker, no group, no profile', async () => {
    expect((await get(outsider, '/api/intel/network/brokers')).json().brokers).toEqual([]);
    expect((await get(outsider, '/api/intel/network/groups')).json().groups).toEqual([]);
    expect((await get(outsider, `/api/intel/network/sites/${id.s1}/profile`)).statusCode).toBe(404);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['intel.network_analysis', 'intel.network_read'])
      .execute();
    expect(audit.filter((x) => x.action === 'intel.network_analysis')).toHaveLength(1);
  });
});
