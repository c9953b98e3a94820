import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-kill-file-'));
const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';

const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('an import stopped by killing the process', () => {
  // The command runs on an embedded folder of its own: the pass on a PostgreSQL server would repeat it.
  it.skipIf(process.env.DATABASE_URL)(
    'leaves the database as it was, and the same import run again completes',
    {
      timeout: 180_000,
    },
    async () => {
      const data = mkdtempSync(join(tmpdir(), 'lantern-kill-'));
      const env = {
        ...process.env,
        LANTERN_DATA_DIR: data,
        LANTERN_KEY_FILE: `${data}.key`,
        DATABASE_URL: '',
      };
      const cli = (...args: string[]) =>
        promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env });
      await cli('agency', 'add', '--name', 'Kill test', '--kind', 'police');
      const big = join(dir, 'big.csv');
      const lines = [HEADER];
      for (let i = 0; i < 150_000; i++)
        lines.push(
          `C${i},+6681${String(1_000_000 + (i % 90_000)).slice(-7)},+6689${String(2_000_000 + i).slice(-7)},2026-05-05T03:34:04+07:00,${i % 500},voice,TH-001-01,13.7,100.5`,
        );
      writeFileSync(big, `${lines.join('\n')}\n`);
      const child = spawn(
        process.execPath,
        ['bin/lantern.js', 'import', 'calls', big, '--agency', 'Kill test', '--progress'],
        { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      // Killed once rows are flowing into the database, midway through the transaction.
      await new Promise<void>((resolve) => {
        child.stderr?.on('data', (d: Buffer) => {
          if (/importing .* [1-9]\d* rows/.test(d.toString())) resolve();
        });
      });
      // The command runs its import in a child process (under a heap ceiling): kill both, as a terminal would.
      const pids = [child.pid as number, ...childrenOf(child.pid as number)];
      process.kill(-(child.pid as number), 'SIGKILL');
      await new Promise((r) => child.once('exit', r));
      await expect.poll(() => pids.filter(alive), { timeout: 10_000 }).toEqual([]);
      const db = await openDatabase({ dataDir: data });
      await migrateToLatest(db.db);
      const rows = Number(
        (
          await db.db
            .selectFrom('call_records')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      const jobs = await db.db.selectFrom('import_jobs').select('status').execute();
      await db.close();
      expect(rows).toBe(0);
      expect(jobs.map((j) => j.status)).toEqual(['running']);
      const again = await cli('import', 'calls', big, '--agency', 'Kill test');
      expect(again.stdout).toMatch(/^completed: 150000 of 150000 rows imported/);
      const after = await openDatabase({ dataDir: data });
      const statuses = (
        await after.db.selectFrom('import_jobs').select('status').orderBy('started_at').execute()
      ).map((j) => j.status);
      await after.close();
      expect(statuses).toEqual(['interrupted', 'completed']);
    },
  );
});
