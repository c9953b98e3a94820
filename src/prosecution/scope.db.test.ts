import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../access/policy.ts';
import { importFile } from '../intel/imports/calls-import.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from '../intel/imports/mapping.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { actorOfUser } from './case-fixture.ts';
import { courtFileDocument } from './court-document.ts';

// A joint task force's picture: three sites, each owned by its owner; a broker who calls all three owners and is
// paid by the first; a man the first owner associates with. The case is against the first owner: the scope
// proposes the broker (calls, money, the analysis's ranking), the owner's own site and the broker's other two
// sites as new targets, and the associate. The other owners, tied to the suspect only through the broker, are
// not proposed; a prosecutor of another office sees nothing of it.

let t: TestApp;
let lawyer: TestUser;
let prosecutor: string;
let outsider: string;
let caseId: string;
const id: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'lantern-prosecution-scope-'));
const PEOPLE = ['o1', 'o2', 'o3', 'broker', 'associate'] as const;
const number = (k: number) => `+6681000000${k}`;

beforeAll(async () => {
  t = await startTestApp();
  const a = await makeUser(t, ['analyst']);
  const analyst = await signIn(t, a);
  t.clock.advance(31_000);
  lawyer = await makeUser(t, ['prosecutor'], { agencyId: a.agencyId });
  prosecutor = await signIn(t, lawyer);
  t.clock.advance(31_000);
  outsider = await signIn(t, await makeUser(t, ['prosecutor']));
  const post = async (url: string, payload: object) =>
    (await t.app.inject({ method: 'POST', url, payload, ...withSession(analyst) })).json();
  for (const [k, p] of PEOPLE.entries()) {
    id[p] = (await post('/api/intel/entities', { type: 'person', label: `Person ${p}` })).id;
    const phone = (await post('/api/intel/entities', { type: 'phone', label: number(k) })).id;
    await post(`/api/intel/entities/${phone}/facts`, { attribute: 'number', value: number(k) });
    await post('/api/intel/links', { type: 'uses_phone', fromId: id[p], toId: phone });
  }
  for (const [who, acct] of [
    ['o1', 'KBANK-1'],
    ['broker', 'SCB-9'],
  ] as const) {
    const e = (await post('/api/intel/entities', { type: 'account', label: acct })).id;
    await post(`/api/intel/entities/${e}/facts`, { attribute: 'number', value: acct });
    await post('/api/intel/links', { type: 'holds_account', fromId: id[who], toId: e });
  }
  for (const s of [1, 2, 3]) {
    id[`s${s}`] = (await post('/api/intel/entities', { type: 'site', label: `Site ${s}` })).id;
    await post('/api/intel/links', { type: 'owns', fromId: id[`o${s}`], toId: id[`s${s}`] });
  }
  await post('/api/intel/links', { type: 'associates_with', fromId: id.o1, toId: id.associate });
  const file = (name: string, lines: string[]) => {
    const p = join(dir, name);
    writeFileSync(p, `${lines.join('\n')}\n`);
    return p;
  };
  const run = (path: string, mapping: string) =>
    importFile(t.database, {
      actor: SYSTEM_CLI,
      agencyId: a.agencyId,
      path,
      mapping: BUILT_IN_MAPPINGS[mapping] as ColumnMapping,
      acceptSkips: false,
    });
  await run(
    file('calls.csv', [
      'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon',
      ...[
        [3, 0, 1, 30],
        [3, 0, 2, 90],
        [0, 3, 3, 60],
        [3, 1, 4, 30],
        [3, 2, 5, 30],
      ].map(
        ([x, y, d, s]) =>
          `C${d},${number(x as number)},${number(y as number)},2026-05-0${d}T10:00:00+07:00,${s},voice,,,`,
      ),
    ]),
    'lantern',
  );
  await run(
    file('transfers.csv', [
      'transfer_id,occurred_at,channel,from_account,from_name,to_account,to_name,amount,currency,reference',
      'T1,2026-05-07T10:00:00+07:00,bank,KBANK-1,O,SCB-9,B,15000,THB,fee',
      'T2,2026-06-07T10:00:00+07:00,bank,KBANK-1,O,SCB-9,B,12000,THB,fee',
    ]),
    'lantern-transfers',
  );
  const analysis = await t.app.inject({
    method: 'POST',
    url: '/api/intel/network/analyses',
    payload: { sites: [id.s1, id.s2, id.s3] },
    ...withSession(analyst),
  });
  expect(analysis.json()).toMatchObject({ brokers: 1 });
  const api = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, ...withSession(prosecutor) });
  caseId = (await api('/api/prosecution/cases', { title: 'Prawn sheds, Samut Sakhon' })).json().id;
  const s = await api(`/api/prosecution/cases/${caseId}/suspects`, { entityId: id.o1, role: 'site_owner' });
  expect(s.json()).toMatchObject({ tier: 'exploiter' });
  id.suspect = s.json().suspectId;
}, 120_000);
afterAll(() => t.close());

interface Tie {
  suspectId: string;
  evidence: Record<string, unknown>;
}
interface Proposal {
  entity: { id: string; label: string };
  proposal: string;
  ties: Tie[];
}

describe('scope beyond the site', () => {
  it('proposes the broker, the sites and the associate, each with the evidence of its ties', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/prosecution/cases/${caseId}/scope`,
      ...withSession(prosecutor),
    });
    expect(res.statusCode, res.body).toBe(200);
    const scope = res.json();
    expect(scope.suspects).toEqual([{ id: id.suspect, label: 'Person o1', entityId: id.o1, visible: true }]);
    const by = new Map<string | undefined, Proposal>(scope.proposals.map((p: Proposal) => [p.entity.id, p]));
    expect([...by.keys()].sort()).toEqual([id.broker, id.associate, id.s1, id.s2, id.s3].sort());
    const broker = by.get(id.broker) as Proposal;
    expect(broker.proposal).toBe('scope_expansion');
    const of = (p: Proposal, kind: string) =>
      p.ties.filter((x) => x.evidence.kind === kind).map((x) => x.evidence);
    const calls = of(broker, 'calls').sort((x, y) => String(x.direction).localeCompare(String(y.direction)));
    expect(calls).toEqual([
      {
        kind: 'calls',
        direction: 'in',
        count: 2,
        seconds: 120,
        firstAt: '2026-05-01T03:00:00.000Z',
        lastAt: '2026-05-02T03:00:00.000Z',
      },
      {
        kind: 'calls',
        direction: 'out',
        count: 1,
        seconds: 60,
        firstAt: '2026-05-03T03:00:00.000Z',
        lastAt: '2026-05-03T03:00:00.000Z',
      },
    ]);
    expect(of(broker, 'transfers')).toEqual([
      {
        kind: 'transfers',
        direction: 'out',
        count: 2,
        amount: 27000,
        firstAt: '2026-05-07T03:00:00.000Z',
        lastAt: '2026-06-07T03:00:00.000Z',
      },
    ]);
    expect(of(broker, 'broker')).toEqual([
      { kind: 'broker', relation: 'supplied_by', rank: 1, sitesSupplied: 3, payers: 1, brokerId: id.broker },
    ]);
    const own = by.get(id.s1) as Proposal;
    expect(own.proposal).toBe('new_target');
    expect(own.ties.map((x) => [x.evidence.kind, x.evidence.link ?? x.evidence.relation]).sort()).toEqual([
      ['broker', 'same_broker'],
      ['declared', 'owns'],
    ]);
    expect(by.get(id.s2)?.ties.map((x) => x.evidence.relation)).toEqual(['same_broker']);
    expect(by.get(id.associate)?.ties).toEqual([
      {
        suspectId: id.suspect,
        evidence: expect.objectContaining({ kind: 'declared', link: 'associates_with', reportId: null }),
      },
    ]);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'prosecution.scope_read')
      .executeTakeFirstOrThrow();
    expect((audit.detail.entityIds as string[]).sort()).toEqual(
      [id.broker, id.associate, id.s1, id.s2, id.s3].sort(),
    );
    expect(JSON.stringify(audit.detail)).not.toMatch(/Person|Site/);
  });

  it('draws the proposals into the court file’s link chart', async () => {
    const doc = await courtFileDocument(t.database.db, actorOfUser(lawyer, ['prosecutor']), caseId, {
      generatedAt: '2026-12-04T10:00:00.000Z',
    });
    expect(doc.linkChart?.nodes).toHaveLength(6);
    expect(doc.linkChart?.edges).toContainEqual({ from: id.o1, to: id.broker, label: '2 transfers, 27,000' });
  });

  it('shows another office nothing, and lets it add no suspect from the picture', async () => {
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/prosecution/cases',
      payload: { title: 'Elsewhere' },
      ...withSession(outsider),
    });
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/prosecution/cases/${other.json().id}/suspects`,
      payload: { entityId: id.o1 },
      ...withSession(outsider),
    });
    expect(add.statusCode).toBe(404);
    const scope = await t.app.inject({
      method: 'GET',
      url: `/api/prosecution/cases/${caseId}/scope`,
      ...withSession(outsider),
    });
    expect(scope.statusCode).toBe(404);
  });
});
