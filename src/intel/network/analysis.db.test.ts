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

/** People with a phone each, sites each owned by one of them, calls between their numbers ([caller, callee]). */
async function picture(
  cookie: string,
  agency: string,
  people: readonly string[],
  phone: (k: number) => string,
  sites: readonly [string, string][],
  calls: readonly number[][],
) {
  const ids: Record<string, string> = {};
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(cookie) })).json();
  for (const [k, p] of people.entries()) {
    ids[p] = (await post('/api/intel/entities', { type: 'person', label: `Person ${p}` })).id;
    const entity = (await post('/api/intel/entities', { type: 'phone', label: phone(k) })).id;
    await post(`/api/intel/entities/${entity}/facts`, { attribute: 'number', value: phone(k) });
    await post('/api/intel/links', { type: 'uses_phone', fromId: ids[p], toId: entity });
  }
  for (const [site, owner] of sites) {
    ids[site] = (await post('/api/intel/entities', { type: 'site', label: `Site ${site}` })).id;
    await post('/api/intel/links', { type: 'owns', fromId: ids[owner], toId: ids[site] });
  }
  const rows = [
    'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
    ...calls.map(
      ([x, y], i) =>
        `C${i},${phone(x as number)},${phone(y as number)},2026-05-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+07:00,30,voice,,,`,
    ),
  ];
  const path = join(dir, `calls-${agency}.csv`);
  writeFileSync(path, `${rows.join('\n')}\n`);
  await importFile(t.database, {
    actor: SYSTEM_CLI,
    agencyId: agency,
    path,
    mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
    acceptSkips: false,
  });
  return { ids, post };
}

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  agencyId = a.agencyId;
  analyst = await signIn(t, a);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['analyst']));
  const { ids } = await picture(
    analyst,
    a.agencyId,
    PEOPLE,
    number,
    [
      ['s1', 'o1'],
      ['s2', 'o2'],
      ['s3', 'o3'],
    ],
    [
      [3, 0],
      [3, 1],
      [2, 3],
      [4, 0],
      [4, 0],
    ],
  );
  Object.assign(id, ids);
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

describe('a group’s sites outside its community', () => {
  // A boss calls two owners often; one of them also registered a farm where three workers work who call each
  // other often: the farm goes with its workers' community, and the owners' group lists it as a site its people
  // are tied to, through its owner.
  let cookie: string;
  let ids: Record<string, string> = {};
  beforeAll(async () => {
    const u = await makeUser(t, ['analyst']);
    t.clock.advance(31_000);
    cookie = await signIn(t, u);
    const often = (x: number, y: number, n: number) => Array.from({ length: n }, () => [x, y]);
    const made = await picture(
      cookie,
      u.agencyId,
      ['boss', 'o1', 'o2', 'w1', 'w2', 'w3'],
      (k) => `+6682000000${k}`,
      [
        ['home', 'o1'],
        ['shop', 'o2'],
        ['farm', 'o1'],
      ],
      [
        ...often(0, 1, 6),
        ...often(0, 2, 6),
        ...often(1, 2, 3),
        ...often(3, 4, 6),
        ...often(4, 5, 6),
        ...often(3, 5, 6),
      ],
    );
    ids = made.ids;
    for (const w of ['w1', 'w2', 'w3'])
      await made.post('/api/intel/links', { type: 'works_at', fromId: ids[w], toId: ids.farm });
    const run = await t.app.inject({
      method: 'POST',
      url: '/api/intel/network/analyses',
      payload: {},
      ...withSession(cookie),
    });
    expect(run.statusCode).toBe(200);
  }, 60_000);

  type Shown = { id: string; through?: Shown[] };
  const idsOf = (xs: Shown[]) => xs.map((x) => x.id).sort();

  it('shows the farm with the owners’ group, through its owner, on the group and on its other sites', async () => {
    const home = (await get(cookie, `/api/intel/network/sites/${ids.home}/profile`)).json();
    expect(idsOf(home.group.sites)).toEqual([ids.shop]);
    expect(home.group.tiedSites).toEqual([
      expect.objectContaining({
        id: ids.farm,
        type: 'site',
        through: [expect.objectContaining({ id: ids.o1 })],
      }),
    ]);
    const farm = (await get(cookie, `/api/intel/network/sites/${ids.farm}/profile`)).json();
    expect(idsOf(farm.group.keyPeople)).toEqual([ids.w1, ids.w2, ids.w3].sort());
    expect(farm.group.tiedSites).toEqual([]);
    const groups: { sites: Shown[]; tiedSites: Shown[] }[] = (
      await get(cookie, '/api/intel/network/groups')
    ).json().groups;
    const owners = groups.find((g) => g.sites.some((s) => s.id === ids.home));
    expect(owners?.tiedSites.map((s) => s.id)).toEqual([ids.farm]);
    // Each read is audited with the sites it showed: the home site's profile names the farm it listed.
    await get(cookie, `/api/intel/network/sites/${ids.home}/profile`);
    const read = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'intel.network_read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect((read.detail as { entityIds: string[] }).entityIds).toContain(ids.farm);
  });

  it('keeps what the function finds on the projection, and replaces it on the next run', async () => {
    const rows = await t.database.db.selectFrom('network_group_sites').select(['site', 'through']).execute();
    expect(rows.filter((r) => r.site === ids.farm)).toEqual([{ site: ids.farm, through: [ids.o1] }]);
    await t.app.inject({
      method: 'POST',
      url: '/api/intel/network/analyses',
      payload: {},
      ...withSession(cookie),
    });
    const again = await t.database.db.selectFrom('network_group_sites').select(['site']).execute();
    expect(again.filter((r) => r.site === ids.farm)).toHaveLength(1);
  });
});
