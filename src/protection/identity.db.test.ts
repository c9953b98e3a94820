import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// The person's identity on the case: the caseworker reads it, a colleague only once let in and not a moment after
// being taken out; another agency does not see the case at all; the screener who opened it cannot read it. A
// second case of the same person (same passport, or the same name in another spelling with the birth date) is
// flagged as a possible re-trafficking; a shared common name alone flags nothing.

let t: TestApp;
let worker: string;
let colleague: string;
let colleagueId: string;
let screener: string;
let stranger: string;
const cases: string[] = [];

const api = (method: 'GET' | 'PUT' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(cookie), ...(payload ? { payload } : {}) });
const identityOf = (n: number, cookie = worker) =>
  api('GET', `/api/protection/cases/${cases[n]}/identity`, cookie);
const save = (n: number, body: object) =>
  api('PUT', `/api/protection/cases/${cases[n]}/identity`, worker, body);
const person = {
  names: ['Mya Mya Win', 'မြမြဝင်း'],
  birthDate: '2009-03-14',
  nationality: 'MM',
  phones: ['+66 81 234 5678'],
  documents: [{ kind: 'passport', number: 'MD 445566', country: 'MM' }],
  address: 'Canary-Address-7',
  photo: null,
};
const page = async (n: number, cookie = worker) =>
  (await api('GET', `/api/protection/cases/${cases[n]}`, cookie)).json();

beforeAll(async () => {
  t = await startTestApp();
  const officer = await makeUser(t, ['screening_officer']);
  screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, await makeUser(t, ['social_worker'], { agencyId: officer.agencyId }));
  t.clock.advance(31_000);
  const c = await makeUser(t, ['social_worker'], { agencyId: officer.agencyId });
  colleagueId = c.id;
  colleague = await signIn(t, c);
  t.clock.advance(31_000);
  stranger = await signIn(t, await makeUser(t, ['social_worker']));
  for (let i = 0; i < 4; i++) {
    t.clock.advance(1_000);
    const id = await openCase(t, screener, worker, `I-${i}`);
    expect((await api('POST', `/api/protection/cases/${id}/owner`, worker)).statusCode).toBe(200);
    cases.push(id);
  }
}, 120_000);
afterAll(() => t.close());

describe("the person's identity", () => {
  it('is recorded by the caseworker and read back by them, sealed in the database', async () => {
    const r = await save(0, person);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ saved: true, earlierCaseId: null });
    expect((await identityOf(0)).json().identity).toEqual(person);
    const raw = await t.database.db.selectFrom('protection_identities').select('identity').execute();
    // Whole values only: a short piece such as "Mya" turns up in random ciphertext now and then (once in CI).
    expect(JSON.stringify(raw)).not.toMatch(/Canary-Address|MD ?445566|Mya Mya|မြမြ/);
    const keys = await t.database.db.selectFrom('protection_identity_keys').select('key').execute();
    expect(JSON.stringify(keys)).not.toMatch(/445566|mya ?mya/i);
  });

  it('refuses a bad field, naming it, and changes nothing', async () => {
    const bad = await save(0, {
      ...person,
      documents: [{ kind: 'passport', number: 'X1', country: 'Burma' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/country/);
    expect((await identityOf(0)).json().identity.documents[0].country).toBe('MM');
  });

  it('is read by a colleague only once let in, and not after being taken out; every read audited', async () => {
    expect((await identityOf(0, colleague)).statusCode).toBe(403);
    expect((await page(0, colleague)).identity).toEqual({ recorded: true, mayRead: false, readers: [] });
    // The caseworker picks from the colleagues who see protection cases (the screener does, too); nobody else asks.
    const list = await api('GET', `/api/protection/cases/${cases[0]}/identity-readers`, worker);
    expect(
      list.json().colleagues.map((u: { id: string; allowed: boolean }) => [u.id === colleagueId, u.allowed]),
    ).toEqual(expect.arrayContaining([[true, false]]));
    expect(list.json().colleagues).toHaveLength(2);
    expect(
      (await api('GET', `/api/protection/cases/${cases[0]}/identity-readers`, colleague)).statusCode,
    ).toBe(403);
    const let_in = await api(
      'PUT',
      `/api/protection/cases/${cases[0]}/identity-readers/${colleagueId}`,
      worker,
      {
        allow: true,
      },
    );
    expect(let_in.statusCode).toBe(200);
    expect((await identityOf(0, colleague)).json().identity.names).toEqual(person.names);
    expect((await page(0, colleague)).identity.mayRead).toBe(true);
    await api('PUT', `/api/protection/cases/${cases[0]}/identity-readers/${colleagueId}`, worker, {
      allow: false,
    });
    expect((await identityOf(0, colleague)).statusCode).toBe(403);
    // Only the caseworker lets people in.
    expect(
      (
        await api('PUT', `/api/protection/cases/${cases[0]}/identity-readers/${colleagueId}`, colleague, {
          allow: true,
        })
      ).statusCode,
    ).toBe(403);
    expect((await identityOf(0, screener)).statusCode).toBe(403);
    expect((await identityOf(0, stranger)).statusCode).toBe(404);
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('action', '=', 'protection.identity_read')
      .execute();
    // Three refused (before, after, the screener), three read: the caseworker twice, the colleague once.
    expect(reads.map((r) => r.outcome).sort()).toEqual([
      'denied',
      'denied',
      'denied',
      'success',
      'success',
      'success',
    ]);
  });

  it('flags a later case of the same person, by passport or by name and birth date in another spelling', async () => {
    const byPassport = await save(1, {
      ...person,
      names: ['M. M. Win'],
      birthDate: null,
      documents: [{ kind: 'passport', number: 'md-445566', country: 'MM' }],
    });
    expect(byPassport.json().earlierCaseId).toBe(cases[0]);
    const byName = await save(2, { ...person, names: ['Win Mya Mya'], documents: [], phones: [] });
    expect(byName.json().earlierCaseId).toBe(cases[0]);
    const p = await page(1);
    expect(p.retrafficking).toMatchObject({ flag: 'identity_match', earlierCaseId: cases[0] });
  });

  it('exports the case in HTCDS 2.0, with the identity only for those who may read it and ask', async () => {
    const plain = await api('GET', `/api/protection/cases/${cases[1]}/htcds`, worker);
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json()).toMatchObject({
      identityIncluded: false,
      fields: { vic_TypeOfExploitation: ['ForcedLabour', 'ChildLabour'], vic_AgeWhenTrafficked: 16 },
      extensions: { ext_RetraffickingFlag: 'identity_match', ext_Child: true },
    });
    expect(plain.body).not.toMatch(/445566/);
    const full = await api('GET', `/api/protection/cases/${cases[1]}/htcds?identity=true`, worker);
    expect(full.json().fields).toMatchObject({ prs_IdentityNumber: 'md-445566', prs_Citizenship: ['MM'] });
    expect(
      (await api('GET', `/api/protection/cases/${cases[1]}/htcds?identity=true`, colleague)).statusCode,
    ).toBe(403);
    expect((await api('GET', `/api/protection/cases/${cases[1]}/htcds`, stranger)).statusCode).toBe(404);
    const exports = await t.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'protection.htcds_export')
      .orderBy('seq')
      .execute();
    expect(exports.map((e) => (e.detail as { identity: boolean }).identity)).toEqual([false, true]);
  });

  it('does not flag a different person who shares a common name, nor the earlier case', async () => {
    const other = await save(3, {
      ...person,
      names: ['Mya Mya Win'],
      birthDate: '1998-07-01',
      documents: [{ kind: 'passport', number: 'MF 111222', country: 'MM' }],
    });
    expect(other.json().earlierCaseId).toBeNull();
    expect((await page(3)).retrafficking.flag).toBeNull();
    expect((await page(0)).retrafficking.flag).toBeNull();
  });
});
