import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAgency } from '../access/users-store.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openPublicChannel, sendReport } from './public-testing.ts';

// A report from the public page, with a way to reach the reporter, is triaged and routed like any tip: its case
// opens (the page seals only a contact), the contact is withheld from the copy, and the agency's list of tips
// holds it beside the imported ones.

let t: TestApp;
let hotline: string;
let analyst: string;
let police: string;
const CONTACT = 'Line ID CANARY-pub-77';

const api = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await startTestApp();
  const ngo = await insertAgency(t.database.db, 'Hotline NGO', 'ngo');
  police = await insertAgency(t.database.db, 'Police', 'police');
  await openPublicChannel(t.database.db, ngo);
  await t.database.db
    .insertInto('routing_rules')
    .values({
      name: 'Thailand to the police',
      to_agency_id: police,
      countries: ['TH'],
      area: null,
      kinds: null,
      min_danger: null,
      created_by: null,
    })
    .execute();
  hotline = await signIn(t, await makeUser(t, ['hotline_operator'], { agencyId: ngo }));
  t.clock.advance(31_000);
  analyst = await signIn(t, await makeUser(t, ['analyst'], { agencyId: police }));
});
afterAll(async () => t?.close());

describe('a public report in the hotline’s hands', () => {
  it('opens, is routed with the contact withheld, and is listed with the other tips', async () => {
    const { tipId } = await sendReport(t.app, t.database.db, {
      lang: 'en',
      what: `Boys are kept on a boat at the pier; reach me at ${CONTACT}`,
      contact: CONTACT,
    });
    const page = await api('GET', `/api/monitoring/tips/${tipId}/intake`, hotline);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().details).toEqual({
      reporter: { name: '', contact: CONTACT, consentToShare: false },
      people: [],
      phones: [],
      plates: [],
    });
    const list = await api('GET', '/api/monitoring/tips?limit=10', hotline);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().tips).toEqual([
      expect.objectContaining({ id: tipId, channel: 'public_page', importId: null }),
    ]);
    const before = (await api('GET', `/api/monitoring/tips/${tipId}/route-proposal`, hotline)).json();
    expect(before.agencies).toEqual([]);
    expect(before.unmatched).toEqual({ noRules: false, misses: ['other_country'] });
    const triaged = await api('POST', `/api/monitoring/tips/${tipId}/triage`, hotline, {
      danger: 'high',
      kind: 'labour',
      children: 'yes',
      note: '',
      place: { lat: 13.52, lon: 100.28, country: 'TH' },
    });
    expect(triaged.statusCode, triaged.body).toBe(200);
    const history = (await api('GET', `/api/monitoring/tips/${tipId}/intake`, hotline)).json().events;
    expect(history.at(-1).detail).toMatchObject({
      danger: 'high',
      tipKind: 'labour',
      children: 'yes',
      placed: true,
      received: false,
    });
    const p = (await api('GET', `/api/monitoring/tips/${tipId}/route-proposal`, hotline)).json();
    expect(p.agencies.map((a: { agencyId: string }) => a.agencyId)).toEqual([police]);
    expect(p.sanitised.withheld).toEqual({ reporter: true, people: 0 });
    expect(p.sanitised.text).not.toContain('CANARY');
    const sent = await api('POST', `/api/monitoring/tips/${tipId}/route`, hotline, {
      toAgencyIds: [police],
      text: p.sanitised.text,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const [item] = (await api('GET', '/api/monitoring/inbox', analyst)).json().items;
    const copy = await api('GET', `/api/monitoring/tips/${item.copyTipId}/intake`, analyst);
    expect(copy.json().details.reporter).toBeNull();
    expect(copy.body).not.toContain('CANARY');
  });
});
