import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../platform/config.ts';
import { screeningStart } from '../screening/screening-fixture.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../server/testing.ts';
import { type BatchRunner, batchTransactions, ROTATION_PAGE, resealRows } from './at-rest.ts';
import { verifyAuditChain } from './audit.ts';
import { keyId } from './crypto.ts';
import { rotateKeys } from './key-rotation.ts';
import { type Keyring, seal, sealedWith } from './sealing.ts';
import { newTotpSecret, totpContext } from './totp.ts';

// `lantern keys rotate` beside running servers (keys from the environment, the new one already current on every
// server): the pass reseals a page at a time, each page committed on its own, so the servers keep answering; a pass
// that stops half-way is finished by the next, which skips what is already under the new key.

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
const [oldId, newId] = [keyId(oldKey), keyId(newKey)];
/** Old key first: puts every value back under the old key, as before a rotation. */
const oldFirst: Keyring = [
  { id: oldId, key: oldKey },
  { id: newId, key: newKey },
];
const MANY = 3000;
let t: TestApp;
let cookie = '';
const screenings = new Map<string, string>();
const cli = () =>
  loadConfig({
    DATABASE_URL: 'postgres://unused/db',
    LANTERN_SECRET_KEY: newKey.toString('hex'),
    LANTERN_RETIRED_KEYS: oldKey.toString('hex'),
  });

const startScreening = async (pseudonym: string) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/screenings',
    ...withSession(cookie),
    payload: screeningStart({
      source: 'hotline',
      pseudonym,
      place: { kind: 'ngo_office', description: 'Back office' },
      language: 'km',
      interpreter: { used: false },
      age: 30,
      guardian: null,
    }),
  });
  if (res.statusCode === 201) screenings.set(res.json().id, pseudonym);
  return res;
};

/** The key ids of the second factors' and screenings' sealed values, counted. */
async function keysInUse(): Promise<{ users: Record<string, number>; screenings: Record<string, number> }> {
  const count = (ids: (string | null)[]) => {
    const out: Record<string, number> = {};
    for (const id of ids) out[String(id)] = (out[String(id)] ?? 0) + 1;
    return out;
  };
  const db = t.database.db;
  const users = await db
    .selectFrom('users')
    .select('totp_secret_enc')
    .where('totp_secret_enc', 'is not', null)
    .execute();
  const rows = await db.selectFrom('screenings').select('pseudonym').execute();
  return {
    users: count(users.map((u) => sealedWith(u.totp_secret_enc ?? ''))),
    screenings: count(rows.map((s) => sealedWith(s.pseudonym))),
  };
}

beforeAll(async () => {
  t = await startTestApp({
    LANTERN_SECRET_KEY: newKey.toString('hex'),
    LANTERN_RETIRED_KEYS: oldKey.toString('hex'),
  });
  const officer = await makeUser(t, ['screening_officer']);
  cookie = await signIn(t, officer);
  for (let i = 0; i < 5; i++) expect((await startScreening(`Person ${i}`)).statusCode).toBe(201);
  await t.database.db
    .insertInto('users')
    .values(
      Array.from({ length: MANY }, (_, i) => {
        const id = randomUUID();
        return {
          id,
          agency_id: officer.agencyId,
          username: `many_${i}_${id.slice(0, 6)}`,
          display_name: `Many ${i}`,
          totp_secret_enc: seal(oldFirst, newTotpSecret(), totpContext(id)),
          totp_enabled: true,
          updated_at: new Date(),
        };
      }),
    )
    .execute();
  await resealRows(batchTransactions(t.database.db), oldFirst, 'all');
}, 120_000);
afterAll(() => t.close());

describe('key rotation in batches', { timeout: 120_000 }, () => {
  it('finishes a pass that stopped half-way, skipping what is already under the new key', async () => {
    expect((await keysInUse()).users).toEqual({ [oldId]: MANY + 1 });
    // Stops after the first page of second factors (the last table of the pass) has committed.
    let usersSeen = false;
    const watch: BatchRunner = async (batch) => {
      if (usersSeen) throw new Error('stopped');
      const before = (await keysInUse()).users[newId] ?? 0;
      const out = await t.database.db.transaction().execute(batch);
      if (((await keysInUse()).users[newId] ?? 0) > before) usersSeen = true;
      return out;
    };
    const ring = cli().secretKeys;
    await expect(resealRows(watch, ring, 'all', ROTATION_PAGE)).rejects.toThrow('stopped');
    const half = await keysInUse();
    expect(half.screenings).toEqual({ [newId]: screenings.size });
    expect(half.users[newId]).toBe(ROTATION_PAGE);
    expect(half.users[oldId]).toBe(MANY + 1 - ROTATION_PAGE);

    const r = await rotateKeys(t.database, cli(), { compact: 'light' });
    expect(r.counts).toMatchObject({ screenings: 0, totpSecrets: MANY + 1 - ROTATION_PAGE });
    expect(await keysInUse()).toEqual({
      users: { [newId]: MANY + 1 },
      screenings: { [newId]: screenings.size },
    });
  });

  it('lets the app read and write sealed values while it runs', async () => {
    await resealRows(batchTransactions(t.database.db), oldFirst, 'all');
    let done = false;
    let answeredDuring = 0;
    const statuses: number[] = [];
    const started = Date.now();
    const rotation = rotateKeys(t.database, cli(), { compact: 'light' }).finally(() => {
      done = true;
    });
    let slowest = 0;
    const timed = async <T>(request: () => Promise<T>) => {
      const at = Date.now();
      const out = await request();
      slowest = Math.max(slowest, Date.now() - at);
      if (!done) answeredDuring++;
      return out;
    };
    for (let i = 0; !done; i++) {
      statuses.push((await timed(() => startScreening(`During ${i}`))).statusCode);
      const id = [...screenings.keys()][i % screenings.size] as string;
      const read = await timed(() =>
        t.app.inject({ method: 'GET', url: `/api/screenings/${id}`, ...withSession(cookie) }),
      );
      statuses.push(read.statusCode);
      if (read.statusCode === 200) expect(read.json().pseudonym).toBe(screenings.get(id));
    }
    const r = await rotation;
    expect(statuses.every((s) => s === 200 || s === 201)).toBe(true);
    expect(answeredDuring).toBeGreaterThan(0);
    expect(r.counts.totpSecrets).toBe(MANY + 1);
    expect(await keysInUse()).toEqual({
      users: { [newId]: MANY + 1 },
      screenings: { [newId]: screenings.size },
    });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    // No request waited for the whole pass.
    const took = Date.now() - started;
    expect(slowest).toBeLessThan(took);
    process.stdout.write(
      `rotation beside the app: ${took} ms, ${answeredDuring} requests answered meanwhile, the slowest in ${slowest} ms\n`,
    );
  });
});
