import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
import { approvedOperation, type Cast, executingOperation, operationCast } from './operation-fixture.ts';

let t: TestApp;
let c: Cast;

beforeAll(async () => {
  t = await startTestApp();
  c = await operationCast(t);
});
afterAll(() => t.close());

const plans = '/api/operations/plans';

describe('execution, evidence and review', () => {
  it('keeps field entries with their original times, once each, and measures the three objectives', async () => {
    const op = await approvedOperation(c, 'FALCON');
    const view = (await c.call('GET', `${plans}/${op.id}`, c.cookies.deputy)).json();
    // The planner confirms the go/no-go item (the plan keeps its version); the deputy, who changed nothing, approves.
    await c.call('POST', `${plans}/${op.id}/checklist`, c.cookies.planner, {
      list: 'goNoGo',
      index: 0,
      done: true,
    });
    const v = (await c.call('GET', `${plans}/${op.id}`, c.cookies.deputy)).json().version;
    expect(v).toBe(view.version);
    expect(
      (await c.call('POST', `${plans}/${op.id}/approval`, c.cookies.deputy, { version: v })).statusCode,
    ).toBe(200);
    const tooEarly = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, {
      id: randomUUID(),
      kind: 'note',
      occurredAt: new Date().toISOString(),
      text: 'On site',
    });
    expect(tooEarly.statusCode).toBe(409);
    expect((await c.call('POST', `${plans}/${op.id}/start`, c.cookies.planner)).json().status).toBe(
      'executing',
    );

    const arrestedAt = new Date(Date.now() + 1000).toISOString();
    const arrest = {
      id: randomUUID(),
      kind: 'arrest',
      occurredAt: arrestedAt,
      person: 'Somchai Kaewmanee',
      entityId: c.suspect.id,
      targetIndex: 0,
      place: 'Office at the back',
      separatedFromVictims: false,
      separationNote: '',
    };
    const unseparated = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, arrest);
    expect(unseparated.statusCode).toBe(400);
    expect(unseparated.json().error.message).toMatch(/separationNote/);
    const ok = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, {
      ...arrest,
      separatedFromVictims: true,
    });
    expect(ok.statusCode).toBe(201);
    const again = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, {
      ...arrest,
      separatedFromVictims: true,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicate).toBe(true);
    // A phone retrying while its first send is still in flight: stored once.
    const note = {
      id: randomUUID(),
      kind: 'note',
      occurredAt: new Date().toISOString(),
      text: 'Gate secured',
    };
    const racing = await Promise.all([
      c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, note),
      c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, note),
    ]);
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    const reused = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.arrester, {
      id: arrest.id,
      kind: 'note',
      occurredAt: arrestedAt,
      text: 'different',
    });
    expect(reused.statusCode).toBe(409);

    const exhibitByCarer = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.carer, {
      id: randomUUID(),
      kind: 'exhibit',
      occurredAt: new Date(Date.now() + 2000).toISOString(),
      exhibit: {
        nature: 'physical',
        category: 'ledger',
        description: 'Debt ledger',
        where: 'Office',
        sealNumber: 'S-1',
        digitalHash: null,
      },
    });
    expect(exhibitByCarer.statusCode).toBe(403);
    const ledger = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.investigator, {
      id: randomUUID(),
      kind: 'exhibit',
      occurredAt: new Date(Date.now() + 2000).toISOString(),
      exhibit: {
        nature: 'physical',
        category: 'ledger',
        description: 'Debt ledger, 40 pages',
        where: 'Office desk',
        sealNumber: 'S-0001',
        digitalHash: null,
      },
    });
    expect(ledger.statusCode).toBe(201);
    expect(ledger.json().exhibitRef).toMatch(/^EX-\d{4}-\d{6}$/);
    const unsealed = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.investigator, {
      id: randomUUID(),
      kind: 'exhibit',
      occurredAt: new Date().toISOString(),
      exhibit: {
        nature: 'physical',
        category: 'cash',
        description: 'Cash',
        where: 'Safe',
        sealNumber: null,
        digitalHash: null,
      },
    });
    expect(unsealed.statusCode).toBe(400);
    await c.call('POST', `${plans}/${op.id}/log`, c.cookies.investigator, {
      id: randomUUID(),
      kind: 'exhibit',
      occurredAt: new Date(Date.now() + 3000).toISOString(),
      exhibit: {
        nature: 'digital',
        category: 'phone',
        description: 'Image of the supervisor’s phone',
        where: 'Office',
        sealNumber: null,
        digitalHash: 'A'.repeat(64),
      },
    });
    await c.call('POST', `${plans}/${op.id}/log`, c.cookies.carer, {
      id: randomUUID(),
      kind: 'removal',
      occurredAt: new Date(Date.now() + 4000).toISOString(),
      count: 3,
      children: 1,
      languages: ['my'],
      to: 'Provincial shelter interview rooms',
      transport: 'Van 1',
      medicalNeeds: '',
    });
    expect((await c.call('POST', `${plans}/${op.id}/conclude`, c.cookies.deputy)).json().status).toBe(
      'concluded',
    );

    // A phone that was offline sends its entry after the end, with the time it was made.
    const lateAt = new Date(Date.now() - 500).toISOString();
    const late = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.carer, {
      id: randomUUID(),
      kind: 'removal',
      occurredAt: lateAt,
      count: 11,
      children: 2,
      languages: ['my'],
      to: 'Provincial shelter interview rooms',
      transport: 'Van 2',
      medicalNeeds: 'Injured hand',
    });
    expect(late.statusCode).toBe(201);
    const afterEnd = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.carer, {
      id: randomUUID(),
      kind: 'note',
      occurredAt: new Date(Date.now() + 4 * 60_000 + 10 * 60_000).toISOString(),
      text: 'After the end',
    });
    expect(afterEnd.statusCode).toBe(400);
    const log = (await c.call('GET', `${plans}/${op.id}/log`, c.cookies.deputy)).json().entries;
    expect(log.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'arrest',
      'exhibit',
      'exhibit',
      'note',
      'removal',
      'removal',
    ]);
    const lateEntry = log.find((e: { entry: { transport: string } }) => e.entry.transport === 'Van 2');
    expect(new Date(lateEntry.occurredAt).toISOString()).toBe(lateAt);

    // One screening at the safe site names this operation as its source.
    const screening = await c.call('POST', '/api/screenings', c.cookies.carer, {
      source: 'operation',
      sourceRef: op.id,
      pseudonym: 'Person 1',
      place: { kind: 'shelter', description: 'Interview room' },
      language: 'my',
      interpreter: { used: true, name: 'Interpreter', language: 'my' },
      consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
      age: 30,
      ageDoubtful: false,
      exploitation: 'labour',
      setId: 'ilo-ec-2009-labour',
    });
    expect(screening.statusCode).toBe(201);

    const figures = (await c.call('GET', `${plans}/${op.id}/review`, c.cookies.deputy)).json();
    expect(figures.submitted).toBe(false);
    expect(figures.figures).toMatchObject({
      arrest: { suspectsNamed: 1, namedSuspectsArrested: 1, arrestsMade: 1, notSeparated: 0, met: true },
      evidence: {
        expected: ['ledger', 'retained_passport'],
        seized: 2,
        found: ['ledger'],
        missing: ['retained_passport'],
        met: false,
      },
      rescue: { expected: 14, removed: 14, childrenRemoved: 3, screened: 1, met: true },
    });
    const both = await c.call('POST', `${plans}/${op.id}/review`, c.cookies.deputy, {
      harm: [{ to: 'lawful_workers', description: 'Night shift lost a day of pay' }],
      noHarmObserved: true,
      lessons: 'x',
      objectivesNote: '',
    });
    expect(both.statusCode).toBe(400);
    const review = await c.call('POST', `${plans}/${op.id}/review`, c.cookies.deputy, {
      harm: [{ to: 'lawful_workers', description: 'Night shift lost a day of pay' }],
      noHarmObserved: false,
      lessons: 'Passports were moved before entry: check for a leak.',
      objectivesNote: 'Passports not found.',
    });
    expect(review.statusCode).toBe(201);
    expect(review.json().submitted).toBe(true);
    const closed = await c.call('POST', `${plans}/${op.id}/log`, c.cookies.carer, {
      id: randomUUID(),
      kind: 'note',
      occurredAt: lateAt,
      text: 'Too late',
    });
    expect(closed.statusCode).toBe(409);

    // The outcome feeds the target's intelligence and the outcome indicators.
    const page = (await c.call('GET', `/api/intel/entities/${c.entity.id}`, c.cookies.analyst)).json();
    expect(page.operationOutcomes).toEqual([
      expect.objectContaining({ operation: 'FALCON', arrests: 1, exhibits: 2, removed: 14, screened: 1 }),
    ]);
    const me = await signIn(t, await makeUser(t, ['me_officer'], { totp: false }));
    const indicators = (await c.call('GET', '/api/outcomes/operations', me)).json();
    expect(indicators).toMatchObject({
      operationsReviewed: 1,
      objectivesMet: { arrest: 1, evidence: 0, rescue: 1 },
      arrests: 1,
      exhibits: 2,
      peopleRemoved: 14,
      childrenRemoved: 3,
      screened: 1,
      operationsWithHarm: 1,
    });
    expect(JSON.stringify(indicators)).not.toMatch(/Golden|FALCON/);
    const exhibits = (await c.call('GET', `${plans}/${op.id}/exhibits`, c.cookies.deputy)).json().exhibits;
    expect(exhibits).toHaveLength(2);
    // Every read of the log, the review and the exhibits list is audited against the operation.
    const reads = (
      await t.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('resource_type', '=', 'operation')
        .where('resource_id', '=', op.id)
        .execute()
    ).map((a) => a.action);
    expect(reads).toEqual(
      expect.arrayContaining(['operations.log_read', 'operations.review_read', 'evidence.list']),
    );
    // Once the operation is over, the agency's evidence holders see the exhibits.
    expect(
      (await c.call('GET', `/api/evidence/exhibits/${exhibits[0].id}`, c.cookies.outsider)).statusCode,
    ).toBe(200);
  });
});

describe('the execution log by role', () => {
  it('takes from each member only the entries their role records, refusing and auditing the rest', async () => {
    const op = await executingOperation(c, 'HERON');
    const at = () => new Date().toISOString();
    const arrest = () => ({
      id: randomUUID(),
      kind: 'arrest',
      occurredAt: at(),
      person: 'Somchai Kaewmanee',
      entityId: c.suspect.id,
      targetIndex: 0,
      place: 'Office at the back',
      separatedFromVictims: true,
      separationNote: '',
    });
    const removal = () => ({
      id: randomUUID(),
      kind: 'removal',
      occurredAt: at(),
      count: 2,
      children: 0,
      languages: ['my'],
      to: 'Provincial shelter',
      transport: 'Van',
      medicalNeeds: '',
    });
    const note = () => ({
      id: randomUUID(),
      kind: 'note',
      occurredAt: at(),
      text: 'Gate locked from outside',
    });
    const log = (who: keyof Cast['cookies'], entry: object) =>
      c.call('POST', `${plans}/${op.id}/log`, c.cookies[who], entry);
    // The interpreter, the evidence officer and the carer may not record an arrest; the carer no exhibit either.
    const refused = [
      await log('interpreter', arrest()),
      await log('investigator', arrest()),
      await log('carer', arrest()),
      await log('interpreter', removal()),
      await log('arrester', removal()),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
    expect(refused[0]?.json().error.message).toMatch(/interpreter/);
    // What their roles are for is accepted, and anyone in the team may add a note.
    expect((await log('arrester', arrest())).statusCode).toBe(201);
    expect((await log('deputy', arrest())).statusCode).toBe(201);
    expect((await log('carer', removal())).statusCode).toBe(201);
    expect((await log('interpreter', note())).statusCode).toBe(201);
    const entries = (await c.call('GET', `${plans}/${op.id}/log`, c.cookies.deputy)).json().entries;
    expect(entries.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'arrest',
      'arrest',
      'note',
      'removal',
    ]);
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_id', 'action'])
      .where('resource_type', '=', 'operation')
      .where('resource_id', '=', op.id)
      .where('outcome', '=', 'denied')
      .orderBy('seq')
      .execute();
    expect(denied).toEqual([
      { actor_id: c.users.interpreter.id, action: 'operations.log_arrest' },
      { actor_id: c.users.investigator.id, action: 'operations.log_arrest' },
      { actor_id: c.users.carer.id, action: 'operations.log_arrest' },
      { actor_id: c.users.interpreter.id, action: 'operations.log_removal' },
      { actor_id: c.users.arrester.id, action: 'operations.log_removal' },
    ]);
  });
});
