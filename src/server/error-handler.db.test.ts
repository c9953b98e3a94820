import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/connection.ts';
import { createTestDatabase } from '../db/testing.ts';
import { createLogger } from '../platform/logger.ts';
import { registerErrorHandler } from './error-handler.ts';

// The safety net behind the schemas: a value that reaches the database and is refused there is bad input
// (400), and neither the answer nor the log quotes it.
const CANARY = 'Somchai Canary';
let database: Db;
let lines: string[] = [];
const app = Fastify({
  loggerInstance: createLogger(
    'trace',
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  ) as FastifyBaseLogger,
});

beforeAll(async () => {
  database = await createTestDatabase();
  registerErrorHandler(app);
  // Routes with no schema at all, so the value goes to the database as given.
  app.post('/text', async (request) => {
    const { value } = request.body as { value: string };
    await sql`select ${value}::text as v`.execute(database.db);
    return { ok: true };
  });
  app.post('/json', async (request) => {
    const { value } = request.body as { value: string };
    await sql`select ${JSON.stringify({ value })}::jsonb as v`.execute(database.db);
    return { ok: true };
  });
  app.post('/date', async (request) => {
    const { value } = request.body as { value: string };
    await sql`select ${value}::timestamptz as v`.execute(database.db);
    return { ok: true };
  });
  app.post('/bug', async (request) => {
    const { value } = request.body as { value: string };
    throw new Error(`a bug that quotes its input: ${value}`);
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const post = (url: string, value: string) => app.inject({ method: 'POST', url, payload: { value } });

describe('database errors caused by input', () => {
  it('answer 400 with a plain message, and the log holds the code but not the value', async () => {
    for (const [url, value] of [
      ['/text', `${CANARY}\u0000`],
      ['/json', `${CANARY}\u0000`],
      ['/date', `0000-01-01 ${CANARY}`],
      ['/date', '0000-01-01T00:00:00Z'],
    ] as const) {
      lines = [];
      const res = await post(url, value);
      expect(res.statusCode, `${url} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
      expect(res.body).not.toContain(CANARY);
      const log = lines.join('\n');
      expect(log).toMatch(/"dbCode":"22[0-9A-Z]{3}"/);
      expect(log).not.toContain(CANARY);
      expect(log).not.toContain('0000-01-01');
    }
  });

  it('a real failure stays a 500, logged by where it happened but without its message', async () => {
    lines = [];
    const res = await post('/bug', CANARY);
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain(CANARY);
    const log = lines.join('\n');
    expect(log).toContain('unhandled error');
    expect(log).toMatch(/"frames":\["at /);
    expect(log).not.toContain(CANARY);
  });
});
