import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenForBackups } from '../db/backup/live-backup.ts';
import { readKeyFile } from '../platform/key-file.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import {
  makeUser,
  signIn,
  startTestApp,
  type TestApp,
  type TestUser,
  withSession,
} from '../server/testing.ts';
import { batchTransactions, resealRows } from './at-rest.ts';
import { verifyAuditChain } from './audit.ts';
import { keyId } from './crypto.ts';
import { rotationQueue } from './key-rotation.ts';
import { rotateThroughServer } from './live-rotation.ts';
import { seal, sealedWith } from './sealing.ts';
import { newTotpSecret, totpContext } from './totp.ts';

// A running Lantern with a key file rotates its keys when asked on the socket in its data folder: requests that
// read and write sealed values go on while it reseals (a batch at a time), new values are sealed under the new key
// at once, everything still opens, the audit chain verifies, and it can be done again.

const root = mkdtempSync(join(tmpdir(), 'lantern-rotate-'));
const dataDir = join(root, 'data');
const keyFile = join(root, 'keys', 'lantern.key');
/** More second-factor secrets than one batch holds (500), so the pass commits several. */
const MANY = 700;
let t: TestApp;
let listening: { close(): Promise<void> } | null;
let officer: TestUser;
let cookie = '';
const screenings = new Map<string, string>();

const startScreening = async (pseudonym: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/screenings',
    ...withSession(cookie),
    payload: screeningStart({
      source: 'hotline',
      sourceRef: `HL-${pseudonym}`,
      pseudonym,
      place: { kind: 'ngo_office', description: 'Back office' },
      language: 'km',
      interpreter: { used: false },
      age: 25,
      guardian: null,
      exploitation: 'sexual',
    }),
  });
  if (res.statusCode === 201) screenings.set(res.json().id, pseudonym);
  return res;
};
const readScreening = (id: string) =>
  t.app.inject({ method: 'GET', url: `/api/screenings/${id}`, ...withSession(cookie) });

/** Every sealed value of the screenings and the second factors. */
async function sealedValues(): Promise<string[]> {
  const db = t.database.db;
  const out: string[] = [];
  for (const s of await db.selectFrom('screenings').selectAll().execute())
    out.push(s.pseudonym, s.place_description, s.source_ref ?? '');
  for (const u of await db.selectFrom('users').select('totp_secret_enc').execute())
    if (u.totp_secret_enc) out.push(u.totp_secret_enc);
  return out;
}

beforeAll(async () => {
  mkdirSync(dataDir);
  t = await startTestApp({ LANTERN_SECRET_KEY: '', LANTERN_KEY_FILE: keyFile, LANTERN_DATA_DIR: dataDir });
  officer = await makeUser(t, ['screening_officer']);
  cookie = await signIn(t, officer);
  for (let i = 0; i < 5; i++) expect((await startScreening(`Person ${i}`)).statusCode).toBe(201);
  const users = Array.from({ length: MANY }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      agency_id: officer.agencyId,
      username: `many_${i}_${id.slice(0, 6)}`,
      display_name: `Many ${i}`,
      totp_secret_enc: seal(t.config.secretKeys, newTotpSecret(), totpContext(id)),
      totp_enabled: true,
      updated_at: new Date(),
    };
  });
  await t.database.db.insertInto('users').values(users).execute();
  listening = await listenForBackups({
    database: t.database,
    dataDir,
    keys: () => t.config.secretKeys,
    rotate: rotationQueue(t.database, t.config),
  });
}, 120_000);
afterAll(async () => {
  await listening?.close();
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('key rotation asked of a running Lantern', { timeout: 120_000 }, () => {
  it('reseals everything while requests that read and write sealed values go on', async () => {
    expect(listening).not.toBeNull();
    const before = t.config.secretKeys[0]?.id;
    let done = false;
    let answeredDuring = 0;
    const statuses: number[] = [];
    const rotation = rotateThroughServer(dataDir).finally(() => {
      done = true;
    });
    const load = (async () => {
      for (let i = 0; !done; i++) {
        statuses.push((await startScreening(`During ${i}`)).statusCode);
        const ids = [...screenings.keys()];
        statuses.push((await readScreening(ids[i % ids.length] as string)).statusCode);
        if (!done) answeredDuring += 2;
      }
    })();
    const r = await rotation;
    await load;
    if (r === 'none') throw new Error('nobody answered');
    expect(r).toMatchObject({ from: before, generated: true });
    expect(r.counts.totpSecrets).toBeGreaterThanOrEqual(MANY);
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(answeredDuring).toBeGreaterThan(0);

    // The key file and the app's own keyring hold the new key first, the old one after it.
    const keys = readKeyFile(keyFile);
    expect(keys.map(keyId)).toEqual([r.to, before]);
    expect(t.config.secretKeys.map((k) => k.id)).toEqual([r.to, before]);
    for (const v of await sealedValues()) expect(sealedWith(v)).toBe(r.to);

    // Every screening opens, those written during the rotation too; a new one is sealed under the new key.
    for (const [id, pseudonym] of screenings)
      expect((await readScreening(id)).json().pseudonym).toBe(pseudonym);
    const after = (await startScreening('After')).json().id as string;
    const row = await t.database.db
      .selectFrom('screenings')
      .select('pseudonym')
      .where('id', '=', after)
      .executeTakeFirstOrThrow();
    expect(sealedWith(row.pseudonym)).toBe(r.to);

    // A second pass finds nothing left to do.
    const again = await resealRows(batchTransactions(t.database.db), t.config.secretKeys, 'all');
    expect(Object.values(again).reduce((a, n) => a + n, 0) - again.protectionNotes).toBe(0);

    // Audited (and signed) under the new key; the chain verifies; the second factor still signs in.
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['detail', 'key_id'])
      .where('action', '=', 'keys.rotate')
      .executeTakeFirstOrThrow();
    expect(entry.detail).toMatchObject({ from: before, to: r.to, via: 'server' });
    expect(entry.key_id).toBe(r.to);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    t.clock.advance(60_000);
    cookie = await signIn(t, officer);
  });

  it('can be done again', async () => {
    const first = t.config.secretKeys[0]?.id;
    const r = await rotateThroughServer(dataDir);
    if (r === 'none') throw new Error('nobody answered');
    expect(r.from).toBe(first);
    expect(readKeyFile(keyFile)).toHaveLength(3);
    expect(r.counts.screenings).toBe(screenings.size);
    for (const v of await sealedValues()) expect(sealedWith(v)).toBe(r.to);
    for (const [id, pseudonym] of screenings)
      expect((await readScreening(id)).json().pseudonym).toBe(pseudonym);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    t.clock.advance(60_000);
    await signIn(t, officer);
  });
});
