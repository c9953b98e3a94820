import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { loadConfig } from '../platform/config.ts';
import { createLogger } from '../platform/logger.ts';
import { buildApp, type Lantern } from './app.ts';

let lines: string[] = [];
let database: Db;
let lantern: Lantern;

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
    LANTERN_WEB_DIR: '/nonexistent',
    PORT: '80',
  });
  lantern = await buildApp({ config, database, logger: createLogger('trace', sink) });
});
afterAll(async () => {
  await lantern.app.close();
  await database.close();
});

describe('logs', () => {
  it('hold request ids and route patterns, never names, passwords, codes or query strings', async () => {
    lines = [];
    const name = 'Somchai Jaidee';
    await lantern.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: name.replace(' ', '.'), password: 'hunter2 hunter2' },
    });
    await lantern.app.inject({
      method: 'GET',
      url: `/api/users/${encodeURIComponent(name)}?phone=0812345678`,
    });
    await lantern.app.inject({ method: 'POST', url: '/api/auth/second-factor', payload: { code: '123456' } });
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const secret of ['Somchai', 'hunter2', '0812345678', '123456']) expect(all).not.toContain(secret);
    expect(all).toContain('/api/auth/sign-in');
    expect(all).toMatch(/"reqId":"[0-9a-f-]{36}"/);
  });
});
