import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A labour inspection that finds passports held and a child at work is referred to the police with jurisdiction:
// the police receive its findings in words, with no worker's code, and the inspector reads what they did.

let t: TestApp;
let inspector: string;
let analyst: string;
let police: string;
let id: string;
const P = '/api/monitoring/inspections';
const CODE = 'CANARY-Worker-Z1';
const today = () => new Date().toISOString().slice(0, 10);
const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const ok = async (p: Promise<{ statusCode: number; body: string; json: () => { id?: string } }>) => {
  const r = await p;
  expect(r.statusCode, r.body).toBeLessThan(300);
  return r.json();
};

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const labour = await insertAgency(db, 'Labour office', 'labour');
  police = await insertAgency(db, 'Police division', 'police');
  await insertAgency(db, 'Cambodian police', 'police');
  inspector = await signIn(t, await makeUser(t, ['labour_inspector'], { agencyId: labour }));
  t.clock.advance(31_000);
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId: police }));
  t.clock.advance(31_000);
  const admin = await signIn(t, await makeUser(t, ['system_admin']));
  await ok(
    api('POST', '/api/monitoring/rules', admin, {
      name: 'Thailand to the police',
      toAgencyId: police,
      appliesTo: ['inspection'],
      countries: ['TH'],
      area: null,
      kinds: null,
      childrenOnly: false,
      minDanger: null,
      priority: 100,
      active: true,
    }),
  );
  id = (
    await ok(
      api('POST', P, inspector, {
        kind: 'unannounced',
        plannedOn: today(),
        workplace: {
          name: 'Tha Chalom net factory',
          sector: 'Fishing nets',
          employer: 'Tha Chalom Nets Ltd',
          address: 'Tha Chalom, Samut Sakhon',
          lat: 13.53,
          lon: 100.27,
          country: 'TH',
        },
        inspectorIds: [],
      }),
    )
  ).id as string;
  await ok(api('POST', `${P}/${id}/independence`, inspector, { statement: 'no_interest' }));
  await ok(
    api('POST', `${P}/${id}/visit`, inspector, {
      visitedOn: today(),
      workers: { female: 8, male: 4, other: 0, under18: 1, migrant: 12 },
    }),
  );
  await ok(
    api('POST', `${P}/${id}/interviews`, inspector, {
      code: CODE,
      private: true,
      language: 'my',
      interpreter: true,
      sex: 'female',
      under18: true,
    }),
  );
  await ok(
    api('PUT', `${P}/${id}/findings`, inspector, {
      indicators: [
        {
          id: 'ilo11.retention_of_identity_documents',
          answer: 'observed',
          workers: 12,
          observation: `${CODE} showed the safe`,
        },
      ],
      breaches: [{ breach: 'child_labour', workers: 1, note: '' }],
    }),
  );
  await ok(api('POST', `${P}/${id}/outcomes`, inspector, { kind: 'police_referral' }));
});
afterAll(async () => t?.close());

describe('an inspection finding routed to the police', () => {
  it('goes by the rules, as findings in words without any worker’s code, and is received into intelligence', async () => {
    const p = await api('GET', `/api/monitoring/inspections/${id}/route-proposal`, inspector);
    expect(p.statusCode, p.body).toBe(200);
    const proposal = p.json();
    expect(proposal.agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([police]);
    expect(proposal.sanitised.text).not.toContain(CODE);
    expect(proposal.sanitised.text).toMatch(/identity documents/i);
    const sent = await api('POST', `/api/monitoring/inspections/${id}/route`, inspector, {
      toAgencyIds: [police],
      text: proposal.sanitised.text,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const [item] = (await api('GET', '/api/monitoring/inbox', analyst)).json().items;
    expect(item).toMatchObject({
      itemType: 'inspection',
      fromAgencyName: 'Labour office',
      children: 'yes',
      kind: 'labour',
    });
    const got = (
      await api('POST', `/api/monitoring/routings/${item.routingId}/receive`, analyst, {
        sourceGrade: '1',
        infoGrade: 'A',
      })
    ).json();
    const report = await api('GET', `/api/intel/reports/${got.reportId}`, analyst);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('Inspection finding routed by Labour office');
    expect(report.body).not.toContain(CODE);
    expect(got.entities).toBe(1); // the workplace's place on the map
    await api('POST', `/api/monitoring/routings/${item.routingId}/feedback`, analyst, {
      status: 'acting',
      feedback: 'Joint visit planned.',
    });
    const told = (await api('GET', `/api/monitoring/inspections/${id}/routings`, inspector)).json().routings;
    expect(told).toEqual([
      expect.objectContaining({
        toAgencyName: 'Police division',
        status: 'acting',
        feedback: 'Joint visit planned.',
      }),
    ]);
    expect((await api('GET', `/api/monitoring/inspections/${id}/routings`, analyst)).json().routings).toEqual(
      [],
    );
  });

  it('is not routed by another agency, nor twice to the same one', async () => {
    expect((await api('GET', `/api/monitoring/inspections/${id}/route-proposal`, analyst)).statusCode).toBe(
      404,
    );
    expect(
      (await api('GET', '/api/monitoring/inspections/not-an-id/route-proposal', inspector)).statusCode,
    ).toBe(404);
    const again = await api('POST', `/api/monitoring/inspections/${id}/route`, inspector, {
      toAgencyIds: [police],
      text: 'again',
    });
    expect(again.statusCode).toBe(409);
  });
});
