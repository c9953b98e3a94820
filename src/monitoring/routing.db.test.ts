import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';

// A community monitor at an NGO passes on what a woman told her; the NGO's hotline routes it by the rules to the
// police unit with jurisdiction; the unit receives it into its intelligence — and the reporter's name, her phone
// and the name of a girl who did not agree never reach the police, in the report, the copy, the entities or the
// audit. The monitor reads what the police chose to tell.

let t: TestApp;
let ngo: string;
let police: string;
let labour: string;
let monitor: string;
let hotline: string;
let analyst: string;
let inspector: string;
let admin: string;
let otherNgo: string;
const REPORTER = 'Daw Khin Myat Noe';
const REPORTER_PHONE = '089 555 0142';
const GIRL = 'Su Su Hlaing';
const SUSPECT = 'Ko Htet Aung';

const api = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

const tipBody = (over: object = {}) => ({
  channel: 'monitor',
  language: 'my',
  text: `${REPORTER} (call ${REPORTER_PHONE}) says her niece ${GIRL} is kept at a shrimp shed in Mahachai by ${SUSPECT}; the workers cannot leave.`,
  kind: 'labour',
  occurred: 'since last month',
  place: { hint: 'Mahachai shrimp shed by the canal', lat: 13.548, lon: 100.274, country: 'TH' },
  peopleCount: 12,
  children: 'yes',
  danger: 'high',
  reporter: { name: REPORTER, contact: REPORTER_PHONE, consentToShare: false },
  people: [
    { name: GIRL, role: 'victim', consentToShare: false, note: 'aged 15' },
    { name: SUSPECT, role: 'suspect', consentToShare: false, note: '' },
  ],
  phones: ['081 777 2041'],
  plates: ['2กค 5521'],
  tlp: 'AMBER',
  ...over,
});

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  ngo = await insertAgency(db, 'Migrant network', 'ngo');
  police = await insertAgency(db, 'Anti-trafficking police', 'police');
  labour = await insertAgency(db, 'Labour office', 'labour');
  otherNgo = await insertAgency(db, 'Another NGO', 'ngo');
  monitor = await signIn(t, await makeUser(t, ['monitor'], { agencyId: ngo }));
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: ngo }));
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId: police }));
  inspector = await signIn(t, await makeUser(t, ['labour_inspector'], { agencyId: labour }));
  admin = await signIn(t, await makeUser(t, ['system_admin'], { agencyId: otherNgo }));
  const rules = [
    { name: 'Thailand to the police', toAgencyId: police, countries: ['TH'], priority: 100 },
    {
      name: 'Labour in Samut Sakhon to the labour office',
      toAgencyId: labour,
      kinds: ['labour'],
      area: [
        [13.4, 100.0],
        [13.7, 100.0],
        [13.7, 100.4],
        [13.4, 100.4],
      ],
      priority: 10,
    },
  ];
  for (const r of rules) {
    const res = await api('POST', '/api/monitoring/rules', admin, {
      appliesTo: ['tip', 'inspection'],
      countries: null,
      area: null,
      kinds: null,
      childrenOnly: false,
      minDanger: null,
      active: true,
      ...r,
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => t?.close());

describe('a tip from an NGO reaches the police without the reporter', () => {
  let tipId: string;
  let routingId: string;

  it('is entered by the monitor and waits in the hotline queue, sealed apart from its text', async () => {
    const res = await api('POST', '/api/monitoring/intake', monitor, tipBody());
    expect(res.statusCode, res.body).toBe(201);
    tipId = res.json().id;
    const stored = await t.database.db
      .selectFrom('tips')
      .select(['details', 'status'])
      .where('id', '=', tipId)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('new');
    expect(stored.details).not.toContain(REPORTER);
    expect((await api('GET', '/api/monitoring/queue', monitor)).statusCode).toBe(403);
    const queue = (await api('GET', '/api/monitoring/queue', hotline)).json().tips;
    expect(queue.map((q: { id: string }) => q.id)).toEqual([tipId]);
    expect(queue[0]).toMatchObject({ danger: 'high', children: 'yes', overdue: false, escalated: false });
  });

  it('proposes both agencies with jurisdiction, flags the overlap, and withholds the identities in the text', async () => {
    const res = await api('GET', `/api/monitoring/tips/${tipId}/route-proposal`, hotline);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json();
    expect(p.overlap).toBe(true);
    expect(p.agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([labour, police]);
    expect(p.sanitised.withheld).toEqual({ reporter: true, people: 1 });
    expect(p.sanitised.text).not.toMatch(/Khin|Myat|Hlaing|555/);
    expect(p.sanitised.text).toContain(SUSPECT);
    const read = await t.database.db
      .selectFrom('audit_log')
      .select(['resource_id', 'detail'])
      .where('action', '=', 'monitoring.route_proposal_read')
      .execute();
    expect(read).toEqual([{ resource_id: tipId, detail: { agencies: 2, overlap: true } }]);
    const refused = await api('POST', `/api/monitoring/tips/${tipId}/route`, hotline, {
      toAgencyIds: [police],
      text: `Ask ${GIRL.split(' ')[2]} about it`,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).not.toContain('Hlaing');
    const sent = await api('POST', `/api/monitoring/tips/${tipId}/route`, hotline, {
      toAgencyIds: [police],
      text: p.sanitised.text,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    routingId = sent.json().routings[0].id;
    expect(
      (
        await api('POST', `/api/monitoring/tips/${tipId}/route`, hotline, {
          toAgencyIds: [police],
          text: 'again',
        })
      ).statusCode,
    ).toBe(409);
  });

  it('is received by the police into a graded report and entities, with no trace of the withheld', async () => {
    const box = (await api('GET', '/api/monitoring/inbox', analyst)).json().items;
    expect(box).toHaveLength(1);
    expect(box[0]).toMatchObject({
      routingId,
      fromAgencyName: 'Migrant network',
      status: 'sent',
      danger: 'high',
    });
    expect((await api('GET', '/api/monitoring/inbox', inspector)).json().items).toEqual([]);
    expect(
      (
        await api('POST', `/api/monitoring/routings/${routingId}/receive`, inspector, {
          sourceGrade: '2',
          infoGrade: 'C',
        })
      ).statusCode,
    ).toBe(404);
    const got = await api('POST', `/api/monitoring/routings/${routingId}/receive`, analyst, {
      sourceGrade: '2',
      infoGrade: 'C',
    });
    expect(got.statusCode, got.body).toBe(200);
    const { reportId, entities } = got.json();
    expect(entities).toBe(4); // the suspect, a phone, a vehicle, the place
    const report = await api('GET', `/api/intel/reports/${reportId}`, analyst);
    expect(report.statusCode, report.body).toBe(200);
    const copy = await api('GET', `/api/monitoring/tips/${box[0].copyTipId}/intake`, analyst);
    expect(copy.json().details).toMatchObject({
      reporter: null,
      people: [{ name: SUSPECT, role: 'suspect' }],
    });
    const everything = [report.body, copy.body, (await api('GET', '/api/monitoring/inbox', analyst)).body];
    const policeRows = await sql<{ row: string }>`
      SELECT row_to_json(e)::text AS row FROM entities e WHERE agency_id = ${police}
      UNION ALL SELECT row_to_json(f)::text FROM entity_facts f WHERE agency_id = ${police}
      UNION ALL SELECT row_to_json(k)::text FROM search_keys k WHERE agency_id = ${police}
      UNION ALL SELECT row_to_json(a)::text FROM audit_log a`.execute(t.database.db);
    everything.push(...policeRows.rows.map((r) => r.row));
    for (const text of everything) {
      expect(text).not.toMatch(/Khin Myat|Myat Noe|Hlaing/);
      expect(text.replace(/\D/g, '')).not.toContain('0895550142');
    }
    expect(report.body).toContain(SUSPECT);
    const queue = (await api('GET', '/api/monitoring/queue', analyst)).json().tips;
    expect(queue.map((q: { id: string; status: string }) => [q.id, q.status])).toEqual([
      [box[0].copyTipId, 'triaged'],
    ]);
    expect(report.body).toContain('withheld');
  });

  it('tells the monitor and the hotline what the police chose to say', async () => {
    expect(
      (
        await api('POST', `/api/monitoring/routings/${routingId}/feedback`, analyst, {
          status: 'acting',
          feedback: 'Surveillance started.',
        })
      ).statusCode,
    ).toBe(200);
    const mine = (await api('GET', '/api/monitoring/mine', monitor)).json().tips;
    expect(mine).toHaveLength(1);
    expect(mine[0].routings).toEqual([
      expect.objectContaining({
        toAgencyName: 'Anti-trafficking police',
        status: 'acting',
        feedback: 'Surveillance started.',
      }),
    ]);
    const seen = (await api('GET', `/api/monitoring/tips/${tipId}/intake`, hotline)).json();
    expect(seen.tip.status).toBe('routed');
    expect(seen.details.reporter.name).toBe(REPORTER);
    expect(seen.events.map((e: { kind: string }) => e.kind)).toEqual(['entered', 'routed']);
  });

  it('keeps each agency to its own tips', async () => {
    expect((await api('GET', `/api/monitoring/tips/${tipId}/intake`, analyst)).statusCode).toBe(404);
    expect((await api('GET', `/api/monitoring/tips/${tipId}/route-proposal`, analyst)).statusCode).toBe(404);
    expect(
      (
        await api('POST', `/api/monitoring/routings/${routingId}/feedback`, hotline, {
          status: 'closed',
          feedback: '',
        })
      ).statusCode,
    ).toBe(404);
  });
});
