import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import {
  type Cast,
  executingOperation,
  operationCast,
  SECRET_PLACE,
} from '../operations/operation-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';

// Sharing an operation's case file and its exhibits with a prosecutor's agency: nothing before the operation has
// concluded, only by the agency holding the evidence, only to a prosecution agency; the prosecutor reads what was
// shared with its chain of custody, and no longer once a share is withdrawn; another prosecution office never.

let t: TestApp;
let c: Cast;
let concluded: string;
let running: string;
/** The concluded operation's three exhibits, and the running one's. */
let exhibits: string[] = [];
let runningExhibit: string;
let prosecution: string;
let prosecutor: string;
let otherProsecutor: string;
/** An investigator of the prosecution agency: may register evidence, holds none of these exhibits. */
let prosecutionInvestigator: string;
let otherPolice: string;

const plans = '/api/operations/plans';
const share = (opId: string, body: object, cookie = c.cookies.investigator) =>
  c.call('POST', `${plans}/${opId}/prosecution-share`, cookie, body);
const exhibit = (id: string, cookie: string) => c.call('GET', `/api/evidence/exhibits/${id}`, cookie);
const shares = () =>
  t.database.db
    .selectFrom('shares')
    .select(['resource_type', 'resource_id', 'agency_id', 'shared_by'])
    .orderBy('resource_type')
    .orderBy('resource_id')
    .execute();
const audits = () =>
  t.database.db
    .selectFrom('audit_log')
    .select(['action', 'resource_type', 'resource_id', 'actor_id', 'outcome', 'detail'])
    .where('action', 'in', ['evidence.share', 'evidence.share_withdraw', 'operations.prosecution_share'])
    .orderBy('seq')
    .execute();

const investigatorName = async () =>
  (
    await t.database.db
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', c.users.investigator.id)
      .executeTakeFirstOrThrow()
  ).display_name;

async function seize(opId: string, category: 'ledger' | 'retained_passport' | 'cash', seal: string) {
  const res = await c.call('POST', `${plans}/${opId}/log`, c.cookies.investigator, {
    id: randomUUID(),
    kind: 'exhibit',
    occurredAt: new Date().toISOString(),
    exhibit: {
      nature: 'physical',
      category,
      description: `Seized ${category}`,
      where: 'Site office',
      sealNumber: seal,
      digitalHash: null,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().exhibitId as string;
}

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
  concluded = (await executingOperation(c, 'EGRET')).id;
  running = (await executingOperation(c, 'IBIS')).id;
  const arrest = await c.call('POST', `${plans}/${concluded}/log`, c.cookies.arrester, {
    id: randomUUID(),
    kind: 'arrest',
    occurredAt: new Date().toISOString(),
    person: 'Somchai Kaewmanee',
    entityId: c.suspect.id,
    targetIndex: 0,
    place: 'Site office',
    separatedFromVictims: true,
    separationNote: '',
  });
  expect(arrest.statusCode, arrest.body).toBe(201);
  exhibits = [
    await seize(concluded, 'ledger', 'S-1'),
    await seize(concluded, 'retained_passport', 'S-2'),
    await seize(concluded, 'cash', 'S-3'),
  ];
  runningExhibit = await seize(running, 'ledger', 'S-4');
  const ended = await c.call('POST', `${plans}/${concluded}/conclude`, c.cookies.planner);
  expect(ended.json().status).toBe('concluded');
  prosecution = await insertAgency(t.database.db, 'Attorney General, Trafficking Unit', 'prosecution');
  const other = await insertAgency(t.database.db, 'Provincial Prosecutor', 'prosecution');
  prosecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: prosecution }));
  t.clock.advance(31_000);
  otherProsecutor = await signIn(t, await makeUser(t, ['prosecutor'], { agencyId: other }));
  t.clock.advance(31_000);
  prosecutionInvestigator = await signIn(t, await makeUser(t, ['investigator'], { agencyId: prosecution }));
  t.clock.advance(31_000);
  otherPolice = await signIn(t, await makeUser(t, ['investigator']));
}, 120_000);
afterAll(() => t.close());

describe("sharing an operation's case file with a prosecutor", () => {
  it('gives the prosecutor nothing before it is shared', async () => {
    expect((await exhibit(exhibits[0] as string, prosecutor)).statusCode).toBe(404);
    expect((await c.call('GET', '/api/evidence/shared', prosecutor)).json()).toEqual({ exhibits: [] });
    expect((await c.call('GET', '/api/prosecution/operations', prosecutor)).json()).toEqual({
      operations: [],
    });
  });

  it('refuses a running operation, a non-member, another kind of agency and a stranger exhibit, changing nothing', async () => {
    const runningShare = await share(running, { agencyId: prosecution, exhibitIds: [runningExhibit] });
    expect(runningShare.statusCode).toBe(409);
    expect(runningShare.json().error.message).toBe(
      'The operation is executing; its case file is shared with a prosecutor once it has concluded.',
    );
    const one = await c.call(
      'POST',
      `/api/evidence/exhibits/${runningExhibit}/shares`,
      c.cookies.investigator,
      {
        agencyId: prosecution,
      },
    );
    expect(one.statusCode).toBe(409);
    // A commander of the same agency outside the operation's team does not find it.
    const outsider = await share(concluded, { agencyId: prosecution, exhibitIds: [] }, c.cookies.outsider);
    expect(outsider.statusCode).toBe(404);
    // A member of a partner agency (the interpreter) may not register evidence.
    expect(
      (await share(concluded, { agencyId: prosecution, exhibitIds: [] }, c.cookies.interpreter)).statusCode,
    ).toBe(403);
    const toShelter = await share(concluded, { agencyId: c.servicesAgency, exhibitIds: exhibits });
    expect(toShelter.statusCode).toBe(400);
    expect(toShelter.json().error.message).toBe(
      "agencyId: this is a services agency; an operation's case file goes to a prosecution agency",
    );
    const foreign = await share(concluded, {
      agencyId: prosecution,
      exhibitIds: [exhibits[0], runningExhibit],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toBe('exhibitIds[1]: not an exhibit this operation seized');
    expect((await share(concluded, { agencyId: randomUUID(), exhibitIds: [] })).statusCode).toBe(404);
    expect(await shares()).toEqual([]);
    expect(await audits()).toEqual([]);
  });

  it('shares the operation and the exhibits chosen, each audited with ids only', async () => {
    const res = await share(concluded, { agencyId: prosecution, exhibitIds: [exhibits[0], exhibits[1]] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      operationId: concluded,
      agencyId: prosecution,
      exhibitsShared: 2,
      alreadyShared: 0,
    });
    const by = c.users.investigator.id;
    expect(await shares()).toEqual(
      [
        { resource_type: 'exhibit', resource_id: exhibits[0], agency_id: prosecution, shared_by: by },
        { resource_type: 'exhibit', resource_id: exhibits[1], agency_id: prosecution, shared_by: by },
        { resource_type: 'operation', resource_id: concluded, agency_id: prosecution, shared_by: by },
      ].sort(
        (a, b) =>
          a.resource_type.localeCompare(b.resource_type) ||
          String(a.resource_id).localeCompare(String(b.resource_id)),
      ),
    );
    expect(await audits()).toEqual([
      {
        action: 'operations.prosecution_share',
        resource_type: 'operation',
        resource_id: concluded,
        actor_id: by,
        outcome: 'success',
        detail: { to: prosecution, exhibits: [exhibits[0], exhibits[1]], scopeProposals: 0 },
      },
      ...[exhibits[0], exhibits[1]].map((id) => ({
        action: 'evidence.share',
        resource_type: 'exhibit',
        resource_id: id,
        actor_id: by,
        outcome: 'success',
        detail: { to: prosecution, operation: concluded },
      })),
    ]);
    // Sent again: nothing new is shared, nothing new audited.
    const again = await share(concluded, { agencyId: prosecution, exhibitIds: [exhibits[0]] });
    expect(again.json()).toMatchObject({ exhibitsShared: 0, alreadyShared: 1 });
    expect(await audits()).toHaveLength(3);
  });

  it('lets the prosecutor see the operation without its place, and read each shared exhibit with its custody', async () => {
    const listed = (await c.call('GET', '/api/prosecution/operations', prosecutor)).json().operations;
    expect(listed).toEqual([
      {
        id: concluded,
        codeName: 'EGRET',
        agency: expect.any(String),
        concludedAt: expect.any(String),
        sharedAt: expect.any(String),
        arrests: 1,
        sharedExhibits: 2,
      },
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/Golden Prawn|Warehouse 7/);
    const record = await exhibit(exhibits[0] as string, prosecutor);
    expect(record.statusCode).toBe(200);
    expect(record.json()).toMatchObject({
      category: 'ledger',
      operation: { id: concluded, codeName: 'EGRET' },
      custody: [{ seq: 1, action: 'collected', to: await investigatorName() }],
      verification: { intact: true, entries: 1, problems: [] },
    });
    expect((await exhibit(exhibits[2] as string, prosecutor)).statusCode).toBe(404);
    const list = (await c.call('GET', '/api/evidence/shared', prosecutor)).json().exhibits;
    expect(list.map((x: { id: string }) => x.id).sort()).toEqual([exhibits[0], exhibits[1]].sort());
    expect(list[0]).toEqual({
      id: expect.any(String),
      ref: expect.stringMatching(/^EX-\d{4}-\d{6}$/),
      nature: 'physical',
      category: expect.stringMatching(/^(ledger|retained_passport)$/),
      description: expect.stringMatching(/^Seized /),
      state: 'in_custody',
      custodian: await investigatorName(),
      custodyEntries: 1,
      holder: expect.any(String),
      operation: 'EGRET',
      sharedAt: expect.any(String),
    });
    expect(JSON.stringify(list)).not.toContain(SECRET_PLACE);
  });

  it('never opens anything to another prosecution office or another police unit', async () => {
    for (const cookie of [otherProsecutor, otherPolice])
      for (const id of exhibits) expect((await exhibit(id, cookie)).statusCode).toBe(404);
    expect((await c.call('GET', '/api/prosecution/operations', otherProsecutor)).json().operations).toEqual(
      [],
    );
    expect((await c.call('GET', '/api/evidence/shared', otherProsecutor)).json().exhibits).toEqual([]);
  });

  it('is done only by the agency holding the exhibit: a prosecutor may not, nor an agency it was shared with', async () => {
    const url = `/api/evidence/exhibits/${exhibits[2]}/shares`;
    expect((await c.call('POST', url, prosecutor, { agencyId: prosecution })).statusCode).toBe(403);
    const shared = `/api/evidence/exhibits/${exhibits[0]}/shares`;
    const onward = await c.call('POST', shared, prosecutionInvestigator, { agencyId: c.ngoAgency });
    expect(onward.statusCode).toBe(403);
    expect(onward.json().error.message).toBe(
      'Only the agency holding the exhibit shares it or withdraws a share.',
    );
    expect((await c.call('POST', url, otherPolice, { agencyId: prosecution })).statusCode).toBe(404);
    expect(await shares()).toHaveLength(3);
    expect(await audits()).toHaveLength(3);
  });

  it('shares one more exhibit, and withdraws a share: the prosecutor can no longer open it', async () => {
    const url = `/api/evidence/exhibits/${exhibits[2]}/shares`;
    const added = await c.call('POST', url, c.cookies.investigator, { agencyId: prosecution });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ exhibitId: exhibits[2], agencyId: prosecution, alreadyShared: false });
    expect((await exhibit(exhibits[2] as string, prosecutor)).statusCode).toBe(200);
    const gone = await c.call('DELETE', `${url}/${prosecution}`, c.cookies.investigator);
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json()).toEqual({ exhibitId: exhibits[2], agencyId: prosecution, withdrawn: true });
    expect((await exhibit(exhibits[2] as string, prosecutor)).statusCode).toBe(404);
    expect((await c.call('DELETE', `${url}/${prosecution}`, c.cookies.investigator)).statusCode).toBe(404);
    const by = c.users.investigator.id;
    expect((await audits()).slice(3)).toEqual([
      {
        action: 'evidence.share',
        resource_type: 'exhibit',
        resource_id: exhibits[2],
        actor_id: by,
        outcome: 'success',
        detail: { to: prosecution },
      },
      {
        action: 'evidence.share_withdraw',
        resource_type: 'exhibit',
        resource_id: exhibits[2],
        actor_id: by,
        outcome: 'success',
        detail: { from: prosecution },
      },
    ]);
    const listed = (await c.call('GET', '/api/prosecution/operations', prosecutor)).json().operations;
    expect(listed[0].sharedExhibits).toBe(2);
  });
});
