import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.ts';
import { DataFolderInUseError, lockFileOf, type StaleLockNotice, setStaleLockNotice } from './folder-lock.ts';

// Whoever opens an embedded data folder holds its lock until it closes it: a second opener is refused, naming the
// holder; a lock left by a process that is gone (or whose process id another process has since) is taken over.

const root = mkdtempSync(join(tmpdir(), 'lantern-lock-'));
let told: { pid: number; host: string }[] = [];
const keep: StaleLockNotice = (left) => {
  told.push(left);
};
setStaleLockNotice(keep);
afterEach(() => {
  told = [];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
const freshDir = () => join(root, `data-${n++}`);
const lockOf = (dataDir: string) => lockFileOf(join(dataDir, 'pg'));
const holderIn = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { pid: number; token: string };

/** A lock as another process would have left it. */
function leaveLock(dataDir: string, holder: Record<string, unknown>): void {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    lockOf(dataDir),
    JSON.stringify({ token: 'left', start: '', boot: '', since: '', ...holder }),
  );
}

describe.skipIf(process.env.DATABASE_URL)('the data folder lock', { timeout: 60_000 }, () => {
  it('refuses a second opener while the first holds the folder, and lets it go on close', async () => {
    const dataDir = freshDir();
    const first = await openDatabase({ dataDir });
    expect(holderIn(lockOf(dataDir)).pid).toBe(process.pid);
    const second = openDatabase({ dataDir });
    await expect(second).rejects.toThrow(DataFolderInUseError);
    await expect(second).rejects.toThrow(
      `Lantern is already running on the data folder ${join(dataDir, 'pg')} (process ${process.pid} on ${hostname()})`,
    );
    // The refused opener did not spoil the first one's database, nor take its lock.
    await first.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    await first.close();
    expect(existsSync(lockOf(dataDir))).toBe(false);
    const again = await openDatabase({ dataDir });
    expect(holderIn(lockOf(dataDir)).pid).toBe(process.pid);
    await again.close();
    expect(told).toEqual([]);
  });

  it('takes over a lock whose process is gone, and says so', async () => {
    const dataDir = freshDir();
    // The id of a process that ran and ended.
    const gone = spawnSync(process.execPath, ['-e', '']).pid as number;
    leaveLock(dataDir, { pid: gone, host: hostname() });
    const db = await openDatabase({ dataDir });
    expect(told).toEqual([{ pid: gone, host: hostname() }]);
    expect(holderIn(lockOf(dataDir)).pid).toBe(process.pid);
    await db.close();
  });

  it('takes over a lock whose process id now belongs to another process, or to this one', async () => {
    const dataDir = freshDir();
    // The parent runs, but started at another time than the lock says: its id was given to it since.
    leaveLock(dataDir, { pid: process.ppid, host: hostname(), start: '1' });
    const db = await openDatabase({ dataDir });
    expect(told.map((t) => t.pid)).toEqual([process.ppid]);
    await db.close();
    // Left by an earlier process with this process's id (a restarted container).
    leaveLock(dataDir, { pid: process.pid, host: hostname() });
    const again = await openDatabase({ dataDir });
    expect(told.map((t) => t.pid)).toEqual([process.ppid, process.pid]);
    await again.close();
  });

  it('does not take over a lock held on another host, nor by a process that runs', async () => {
    const dataDir = freshDir();
    leaveLock(dataDir, { pid: 4242, host: 'another-host' });
    await expect(openDatabase({ dataDir })).rejects.toThrow('(process 4242 on another-host)');
    leaveLock(dataDir, { pid: process.ppid, host: hostname() });
    await expect(openDatabase({ dataDir })).rejects.toThrow(DataFolderInUseError);
    expect(holderIn(lockOf(dataDir)).token).toBe('left');
    expect(told).toEqual([]);
  });
});
