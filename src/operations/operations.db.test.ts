import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp } from '../server/testing.ts';
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
        expect.stringMatching(/no member is assigned to arrest/),
        expect.stringMatching(/No interpreter for the expected language "my"/),
        expect.stringMatching(/victim care/),
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
    expect(early.json().error.details.gaps.length).toBeGreaterThan(0);
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
    expect(ticked.json()).toMatchObject({ status: 'approved', noGo: [] });
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
        plan: { ...fullPlan(c), goNoGo: [{ item: 'Intelligence re-checked', done: true }] },
      })
    ).json();
    expect(edited.status).toBe('planning');
  });

  it('ends a removed member’s access at once', async () => {
    const op = await approvedOperation(c, 'MERLIN');
    expect((await c.call('GET', `${plans}/${op.id}`, c.cookies.interpreter)).statusCode).toBe(200);
    const view = (await c.call('GET', `${plans}/${op.id}`, c.cookies.planner)).json();
    const member = view.members.find((m: { userId: string }) => m.userId === c.users.interpreter.id);
    const removed = await c.call('DELETE', `${plans}/${op.id}/members/${member.id}`, c.cookies.planner);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().gaps).toContain('No interpreter for the expected language "my".');
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

describe('execution, evidence and review', () => {
  it('keeps field entries with their original times, once each, and measures the three objectives', async () => {
    const op = await approvedOperation(c, 'FALCON');
    const view = (await c.call('GET', `${plans}/${op.id}`, c.cookies.deputy)).json();
    await c.call('PUT', `${plans}/${op.id}/plan`, c.cookies.deputy, {
      version: view.version,
      plan: { ...view.plan, goNoGo: [{ item: 'Intelligence re-checked', done: true }] },
    });
    const v = (await c.call('GET', `${plans}/${op.id}`, c.cookies.deputy)).json().version;
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
    // Once the operation is over, the agency's evidence holders see the exhibits.
    expect(
      (await c.call('GET', `/api/evidence/exhibits/${exhibits[0].id}`, c.cookies.outsider)).statusCode,
    ).toBe(200);
  });
});
