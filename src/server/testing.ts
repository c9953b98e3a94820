import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { Logger } from 'pino';
import { encrypt } from '../access/crypto.ts';
import { hashPassword } from '../access/passwords.ts';
import type { Role } from '../access/roles.ts';
import { newTotpSecret, stepAt, totpCode, totpContext } from '../access/totp.ts';
import { insertAgency, insertUser } from '../access/users-store.ts';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import { SESSION_COOKIE } from '../platform/http/session-cookie.ts';
import { buildApp, type Lantern } from './app.ts';

export const TEST_PASSWORD = 'a long test passphrase 1';

export interface TestApp extends Lantern {
  config: Config;
  database: Db;
  /** Where this app's uploads wait for their import (a temporary folder). */
  uploadDir: string;
  clock: { now: number; advance(ms: number): void };
  close(): Promise<void>;
}

/** A whole server on its own fresh database, with a clock the test moves. */
export async function startTestApp(
  env: Record<string, string> = {},
  opts: { demo?: boolean; sessionCacheMs?: number; logger?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  return testAppOn(testConfig(env), database, opts);
}

/** A test server's configuration: a new secret key unless `env` gives one, no data or web folder. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
    LANTERN_DATA_DIR: '/nonexistent-lantern-test',
    LANTERN_WEB_DIR: '/nonexistent-lantern-web',
    // inject() sends `Host: localhost:80`: the test server answers to localhost on port 80.
    PORT: '80',
    ...env,
  });
}

/**
 * A whole server on a database already opened and migrated, with a clock the test moves (from `opts.now`) and a
 * temporary folder for uploads; closing it closes the database and removes the folder.
 */
export async function testAppOn(
  config: Config,
  database: Db,
  opts: { demo?: boolean; sessionCacheMs?: number; logger?: Logger; now?: number } = {},
): Promise<TestApp> {
  const clock = {
    now: opts.now ?? Date.now(),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const uploadDir = mkdtempSync(join(tmpdir(), 'lantern-uploads-'));
  const lantern = await buildApp({
    config,
    database,
    now: () => clock.now,
    sessionCacheMs: opts.sessionCacheMs ?? 0,
    demo: opts.demo,
    uploadDir,
    logger: opts.logger,
  });
  return {
    ...lantern,
    config,
    database,
    uploadDir,
    clock,
    async close() {
      await lantern.app.close();
      await database.close();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

export interface TestUser {
  id: string;
  agencyId: string;
  username: string;
  secret: string | null;
}

let counter = 0;

/** Creates an agency (unless one is given) and a user with a password and, unless told not to, a second factor. */
export async function makeUser(
  t: TestApp,
  roles: Role[],
  opts: { agencyId?: string; totp?: boolean; username?: string } = {},
): Promise<TestUser> {
  const db = t.database.db;
  counter++;
  const agencyId =
    opts.agencyId ??
    (await insertAgency(db, `Agency ${counter} ${randomBytes(3).toString('hex')}`, 'police'));
  const username = opts.username ?? `user${counter}_${randomBytes(3).toString('hex')}`;
  const id = await insertUser(db, { agencyId, username, displayName: `Test user ${counter}`, roles });
  const secret = opts.totp === false ? null : newTotpSecret();
  await db
    .updateTable('users')
    .set({
      password_hash: await hashPassword(TEST_PASSWORD),
      totp_secret_enc: secret ? encrypt(t.config.secretKey, secret, totpContext(id)) : null,
      totp_enabled: secret !== null,
    })
    .where('id', '=', id)
    .execute();
  return { id, agencyId, username, secret };
}

export const cookieOf = (res: LightMyRequestResponse): string | undefined =>
  res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;

/** The code an authenticator app would show `offset` steps from the test clock's now. */
export const codeFor = (t: TestApp, secret: string, offset = 0) =>
  totpCode(secret, stepAt(t.clock.now) + offset);

/** Signs a user in through the API (password, then code) and returns the active session cookie. */
export async function signIn(t: TestApp, user: TestUser): Promise<string> {
  const first = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { username: user.username, password: TEST_PASSWORD },
  });
  if (first.statusCode !== 200) throw new Error(`sign-in failed: ${first.statusCode} ${first.body}`);
  let cookie = cookieOf(first);
  if (first.json().stage === 'totp' && user.secret) {
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      cookies: { [SESSION_COOKIE]: cookie ?? '' },
      payload: { code: codeFor(t, user.secret) },
    });
    if (second.statusCode !== 200)
      throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
    cookie = cookieOf(second);
  }
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** Request options carrying a session cookie. */
export const withSession = (cookie: string) => ({ cookies: { [SESSION_COOKIE]: cookie } });
