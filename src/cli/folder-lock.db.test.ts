import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { probe, socketPath } from '../db/backup/live-backup.ts';
import { openDatabase } from '../db/connection.ts';

// A command run on a data folder that a running `lantern serve` holds is refused before it opens the database,
// in the command line's language, naming the server's process; the database is as the server left it.

const dir = mkdtempSync(join(tmpdir(), 'lantern-held-'));
const env = {
  ...process.env,
  LANTERN_DATA_DIR: dir,
  LANTERN_KEY_FILE: `${dir}.key`,
  DATABASE_URL: '',
  PORT: '0',
  LANTERN_LANG: '',
};
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
let server: ChildProcess | undefined;

afterAll(() => {
  if (server?.exitCode === null) server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.key`, { force: true });
});

describe.skipIf(process.env.DATABASE_URL)('a data folder held by lantern serve', { timeout: 120_000 }, () => {
  it('refuses other commands, says who holds it, and leaves the database untouched', async () => {
    server = spawn(process.execPath, ['bin/lantern.js', 'serve', '--no-demo'], {
      env,
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    // Listening once it answers backups on its socket.
    await expect.poll(() => probe(socketPath(dir)), { timeout: 60_000, interval: 200 }).toBe('answered');
    const lock = join(dir, 'pg.lock');
    const holder = JSON.parse(readFileSync(lock, 'utf8')) as { pid: number };

    const migrate = await run('migrate');
    expect(migrate.code).toBe(1);
    expect(migrate.err).toContain(
      `Lantern is already running on the data folder ${join(dir, 'pg')} (process ${holder.pid} on `,
    );
    expect(migrate.err).toContain('`lantern backup` works while it runs');
    const add = await run('--lang', 'th', 'agency', 'add', '--name', 'Held', '--kind', 'police');
    expect(add.code).toBe(1);
    expect(add.err).toContain(
      `Lantern กำลังทำงานอยู่บนโฟลเดอร์ข้อมูล ${join(dir, 'pg')} แล้ว (โปรเซส ${holder.pid}`,
    );
    // The refusals took nothing: the server still holds its lock.
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toEqual(holder);

    server.kill('SIGTERM');
    await once(server, 'exit');
    expect(existsSync(lock)).toBe(false);
    const database = await openDatabase({ dataDir: dir });
    try {
      const agencies = await database.db.selectFrom('agencies').select('name').execute();
      expect(agencies.map((a) => a.name)).not.toContain('Held');
    } finally {
      await database.close();
    }
  });
});
