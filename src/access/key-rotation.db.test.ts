import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { keyId } from './crypto.ts';
import { rotateKeys } from './key-rotation.ts';
import { unseal } from './sealing.ts';

// Rotation with keys from the environment (a server): the operator sets the new key as LANTERN_SECRET_KEY and the
// old one in LANTERN_RETIRED_KEYS; `lantern keys rotate` then seals everything again under the new key.

const oldKey = randomBytes(32).toString('hex');
const newKey = randomBytes(32).toString('hex');
let t: TestApp;
let screeningId = '';

beforeAll(async () => {
  t = await startTestApp({ LANTERN_SECRET_KEY: oldKey });
  const officer = await makeUser(t, ['screening_officer']);
  const cookie = await signIn(t, officer);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/screenings',
    ...withSession(cookie),
    payload: {
      source: 'hotline',
      sourceRef: 'HL-1',
      pseudonym: 'Person 9',
      place: { kind: 'ngo_office', description: 'Back office' },
      language: 'km',
      interpreter: { used: false },
      consent: { interview: true, toldRights: true, toldOptions: true, toldServicesVoluntary: true },
      age: 25,
      ageDoubtful: false,
      exploitation: 'sexual',
      setId: 'ilo-ec-2009-labour',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  screeningId = res.json().id;
});
afterAll(() => t.close());

describe('key rotation with keys from the environment', () => {
  it('seals every value again under the new current key, generating none', async () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://unused/db',
      LANTERN_SECRET_KEY: newKey,
      LANTERN_RETIRED_KEYS: oldKey,
    });
    const r = await rotateKeys(t.database, config);
    expect(r).toMatchObject({ from: null, to: keyId(Buffer.from(newKey, 'hex')), generated: false });
    expect(r.counts.screenings).toBe(1);
    const row = await t.database.db
      .selectFrom('screenings')
      .select(['pseudonym', 'source_ref'])
      .where('id', '=', screeningId)
      .executeTakeFirstOrThrow();
    const onlyNew = [{ id: r.to, key: Buffer.from(newKey, 'hex') }];
    expect(row.pseudonym.startsWith(`s1.${r.to}.`)).toBe(true);
    expect(unseal(onlyNew, row.pseudonym, `screening:${screeningId}:pseudonym`)).toBe('Person 9');
    expect(unseal(onlyNew, row.source_ref ?? '', `screening:${screeningId}:source_ref`)).toBe('HL-1');
    const users = await t.database.db.selectFrom('users').select('totp_secret_enc').execute();
    for (const u of users)
      if (u.totp_secret_enc) expect(u.totp_secret_enc.startsWith(`s1.${r.to}.`)).toBe(true);
  });
});
