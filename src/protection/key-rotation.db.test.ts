import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchTransactions, resealRows } from '../access/at-rest.ts';
import { keyId } from '../access/crypto.ts';
import { rotateKeys } from '../access/key-rotation.ts';
import { type Keyring, sealedWith } from '../access/sealing.ts';
import { loadConfig } from '../platform/config.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { openCase } from './case-fixture.ts';

// A key rotation's part in the protection track, a page at a time: the caseworker's notes and the person's identity
// are sealed again under the new key, the identity's keyed hashes made again under it, and all still read.

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const [oldId, newId] = [keyId(oldKey), keyId(newKey)];
const oldFirst: Keyring = [
  { id: oldId, key: oldKey },
  { id: newId, key: newKey },
];
let t: TestApp;
let caseId = '';
let worker = '';

const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, ...withSession(worker), ...(payload ? { payload } : {}) });

/** The key ids of the track's sealed texts, and its identity's keyed hashes. */
async function state() {
  const db = t.database.db;
  const needs = await db.selectFrom('protection_needs').select('note').where('note', '!=', '').execute();
  const services = await db
    .selectFrom('protection_service_events')
    .select('note')
    .where('note', '!=', '')
    .execute();
  const identity = await db.selectFrom('protection_identities').select('identity').execute();
  const keys = await db.selectFrom('protection_identity_keys').select('key').orderBy('key').execute();
  return {
    sealedWith: [
      ...new Set(
        [...needs, ...services]
          .map((r) => sealedWith(r.note))
          .concat(identity.map((r) => sealedWith(r.identity))),
      ),
    ],
    count: needs.length + services.length + identity.length,
    hashes: keys.map((k) => k.key),
  };
}

beforeAll(async () => {
  t = await startTestApp({
    LANTERN_SECRET_KEY: newKey.toString('hex'),
    LANTERN_RETIRED_KEYS: oldKey.toString('hex'),
  });
  const officer = await makeUser(t, ['screening_officer']);
  const socialWorker = await makeUser(t, ['social_worker'], { agencyId: officer.agencyId });
  const screener = await signIn(t, officer);
  t.clock.advance(31_000);
  worker = await signIn(t, socialWorker);
  caseId = await openCase(t, screener, worker);
  expect((await call('POST', `/api/protection/cases/${caseId}/owner`)).statusCode).toBe(200);
  const needs = ['safety', 'health', 'legal', 'shelter', 'family', 'money', 'documents'].map((domain) => ({
    domain,
    level: 'some',
    note: `About ${domain}`,
  }));
  expect(
    (await call('POST', `/api/protection/cases/${caseId}/needs`, { language: 'my', needs })).statusCode,
  ).toBe(201);
  const service = { service: 'shelter', language: 'my', note: 'Shelter offered' };
  expect((await call('POST', `/api/protection/cases/${caseId}/services`, service)).statusCode).toBe(201);
  const identity = await call('PUT', `/api/protection/cases/${caseId}/identity`, {
    names: ['Aye Aye'],
    birthDate: '2009-03-14',
    nationality: 'MM',
    phones: [],
    documents: [{ kind: 'passport', number: 'MA123456', country: 'MM' }],
    address: '',
    photo: null,
  });
  expect(identity.statusCode, identity.body).toBe(200);
}, 120_000);
afterAll(() => t.close());

describe('key rotation of the protection track', { timeout: 60_000 }, () => {
  it('seals the notes and the identity again under the new key, a page at a time, and keys the identity again', async () => {
    const written = await state();
    expect(written.sealedWith).toEqual([newId]);
    // As before a rotation: everything under the old key (pages of 3 rows, so the tables take several).
    await resealRows(batchTransactions(t.database.db), oldFirst, 'all', 3);
    const before = await state();
    expect(before.sealedWith).toEqual([oldId]);
    expect(before.hashes).not.toEqual(written.hashes);

    const config = loadConfig({
      DATABASE_URL: 'postgres://unused/db',
      LANTERN_SECRET_KEY: newKey.toString('hex'),
      LANTERN_RETIRED_KEYS: oldKey.toString('hex'),
    });
    const r = await rotateKeys(t.database, config, { compact: 'light' });
    expect(r.counts.protectionNotes).toBe(before.count);
    const after = await state();
    expect(after.sealedWith).toEqual([newId]);
    expect(after.hashes).toEqual(written.hashes);
    const page = (await call('GET', `/api/protection/cases/${caseId}`)).json();
    expect(page.needs.map((n: { note: string }) => n.note)).toContain('About safety');
    const id = (await call('GET', `/api/protection/cases/${caseId}/identity`)).json().identity;
    expect([id.names[0], id.documents[0].number]).toEqual(['Aye Aye', 'MA123456']);
    // Nothing left to do.
    expect((await rotateKeys(t.database, config, { compact: 'light' })).counts.protectionNotes).toBe(0);
  });
});
