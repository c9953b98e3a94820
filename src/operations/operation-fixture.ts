import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, type TestApp, withSession } from '../server/testing.ts';

/** For tests: one police agency's cast around an operation planned on a site, and the services that receive. */
export const SECRET_PLACE = 'Warehouse 7, Soi Rama 2 km 14';
export const SECRET_START = '2026-12-03T04:30:00.000Z';

const assessment = {
  dangerToLife: 'high',
  childrenPresent: 'yes',
  peopleAtRisk: 14,
  exploitation: ['labour'],
  intelligence: { strongestSourceGrade: '1', strongestInfoGrade: 'B', corroboratingReports: 3 },
  nonTestimonialEvidence: ['financial', 'call_records'],
  risks: { victims: 'high', officers: 'medium', bystanders: 'low', lawfulWorkers: 0 },
  corruptionLeakRisk: 'high',
  servicesReady: true,
};

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function operationCast(t: TestApp) {
  const call = async (method: Method, url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
  const planner = await makeUser(t, ['operation_commander']);
  const agencyId = planner.agencyId;
  const servicesAgency = await insertAgency(t.database.db, `Shelter ${planner.id.slice(0, 6)}`, 'services');
  const ngoAgency = await insertAgency(t.database.db, `NGO ${planner.id.slice(0, 6)}`, 'ngo');
  const users = {
    planner,
    deputy: await makeUser(t, ['operation_commander'], { agencyId }),
    investigator: await makeUser(t, ['investigator'], { agencyId }),
    analyst: await makeUser(t, ['analyst'], { agencyId }),
    outsider: await makeUser(t, ['operation_commander'], { agencyId }),
    admin: await makeUser(t, ['admin'], { agencyId }),
    auditor: await makeUser(t, ['auditor'], { agencyId }),
    socialWorker: await makeUser(t, ['social_worker'], { agencyId: servicesAgency }),
    interpreter: await makeUser(t, ['screening_officer'], { agencyId: ngoAgency }),
    arrester: await makeUser(t, ['investigator'], { agencyId }),
    carer: await makeUser(t, ['screening_officer'], { agencyId: ngoAgency }),
    otherSocialWorker: await makeUser(t, ['social_worker']),
  };
  const cookies = {} as Record<keyof typeof users, string>;
  for (const [k, u] of Object.entries(users)) {
    cookies[k as keyof typeof users] = await signIn(t, u);
    t.clock.advance(31_000);
  }
  const entity = (
    await call('POST', '/api/intel/entities', cookies.analyst, {
      type: 'site',
      label: 'Golden Prawn Peeling Shed',
    })
  ).json();
  const suspect = (
    await call('POST', '/api/intel/entities', cookies.analyst, { type: 'person', label: 'Somchai Kaewmanee' })
  ).json();
  /** A fresh decision on the site, approved: one operation may be planned on each. */
  const approvedDecision = async () => {
    const d = (
      await call('POST', '/api/operations/decisions', cookies.planner, {
        target: { entityId: entity.id, label: 'Golden Prawn Peeling Shed' },
        assessment,
        decision: 'planned_raid_and_rescue',
        rationale: 'Children confined; graded 1B and corroborated.',
      })
    ).json();
    await call('POST', `/api/operations/decisions/${d.id}/approval`, cookies.deputy, {
      approve: true,
      note: 'Go ahead.',
    });
    return d as { id: string };
  };
  const decision = await approvedDecision();
  return {
    call,
    users,
    cookies,
    entity,
    suspect,
    decision,
    approvedDecision,
    agencyId,
    servicesAgency,
    ngoAgency,
  };
}

export type Cast = Awaited<ReturnType<typeof operationCast>>;

/** A complete plan for the cast's operation, ready for approval once the team is named. */
export function fullPlan(c: Cast) {
  return {
    target: { entityId: c.entity.id, label: 'Golden Prawn Peeling Shed' },
    place: SECRET_PLACE,
    startsAt: SECRET_START,
    readyBy: '2026-12-02',
    screeningSite: {
      name: 'Provincial shelter interview rooms',
      kind: 'shelter',
      address: 'Mueang district',
    },
    transport: 'Two vans from the provincial shelter',
    expectedPeople: { count: 14, children: 3, languages: ['my'], medicalNeeds: 'One injured hand reported' },
    arrestTargets: [{ label: 'Somchai Kaewmanee (owner)', entityId: c.suspect.id }],
    expectedEvidence: [
      { category: 'ledger', note: 'Debt ledger in the office' },
      { category: 'retained_passport', note: 'Passports in the safe' },
    ],
    briefing: [{ item: 'Roles briefed', done: true }],
    goNoGo: [{ item: 'Intelligence re-checked', done: false }],
    receivingAgencies: [c.servicesAgency],
  };
}

/** Plans, staffs and approves the operation; returns it. */
export async function approvedOperation(c: Cast, codeName: string) {
  const made = (
    await c.call('POST', '/api/operations/plans', c.cookies.planner, {
      decisionId: (await c.approvedDecision()).id,
      codeName,
    })
  ).json();
  const id = made.id as string;
  const saved = (
    await c.call('PUT', `/api/operations/plans/${id}/plan`, c.cookies.planner, {
      version: made.version,
      plan: fullPlan(c),
    })
  ).json();
  const team: [keyof Cast['users'], string, string | null][] = [
    ['deputy', 'command', null],
    ['investigator', 'evidence', null],
    ['interpreter', 'interpreter', 'my'],
    ['arrester', 'arrest', null],
    ['carer', 'victim_care', null],
  ];
  for (const [who, role, language] of team)
    await c.call('POST', `/api/operations/plans/${id}/members`, c.cookies.planner, {
      userId: c.users[who].id,
      role,
      team: 'Alpha',
      language,
    });
  return { id, version: saved.version as number, decisionId: made.decisionId as string };
}

/** Plans, staffs and approves the operation, confirms its go/no-go items and starts it: it is executing. */
export async function executingOperation(c: Cast, codeName: string) {
  const op = await approvedOperation(c, codeName);
  const approved = (
    await c.call('POST', `/api/operations/plans/${op.id}/approval`, c.cookies.deputy, { version: op.version })
  ).json();
  for (const [index] of (approved.plan.goNoGo as unknown[]).entries())
    await c.call('POST', `/api/operations/plans/${op.id}/checklist`, c.cookies.deputy, {
      list: 'goNoGo',
      index,
      done: true,
    });
  const started = (await c.call('POST', `/api/operations/plans/${op.id}/start`, c.cookies.deputy)).json();
  if (started.status !== 'executing')
    throw new Error(`operation ${codeName} did not start: ${JSON.stringify(started)}`);
  return op;
}
