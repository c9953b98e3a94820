import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { truncateAfter } from '../access/audit-attack.ts';
import { openDatabase } from '../db/connection.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-audit-cli-'));
const env = {
  ...process.env,
  LANTERN_DATA_DIR: join(dir, 'data'),
  LANTERN_SECRET_KEY: randomBytes(32).toString('hex'),
  DATABASE_URL: '',
};
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

// On an embedded folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)('lantern audit checkpoint and verify --checkpoint', () => {
  it('finds the log cut back after a checkpoint kept outside the database', {
    timeout: 180_000,
  }, async () => {
    expect((await run('migrate')).code).toBe(0);
    expect((await run('agency', 'add', '--name', 'Unit A', '--kind', 'police')).code).toBe(0);
    const file = join(dir, 'checkpoints.jsonl');
    const made = await run('audit', 'checkpoint', '--out', file);
    expect(made).toMatchObject({ code: 0, out: `Checkpoint appended to ${file}.\n` });
    const checkpoint = JSON.parse(readFileSync(file, 'utf8').trim());
    expect(Object.keys(checkpoint)).toEqual(['seq', 'hash', 'at', 'keyId', 'mac']);
    expect(checkpoint.seq).toBe('2');
    expect((await run('agency', 'add', '--name', 'Unit B', '--kind', 'police')).code).toBe(0);
    const printed = await run('audit', 'checkpoint');
    expect(JSON.parse(printed.out)).toMatchObject({ seq: '4' });

    const good = await run('audit', 'verify', '--checkpoint', file);
    expect(good.code).toBe(0);
    expect(good.out).toContain('Audit log intact: 4 entries checked, head at 4.');
    expect(good.out).toContain('1 checkpoints checked: the log still holds each.');

    // The intruder cuts the log back to entry 1 and points the head at it: the chain left is whole.
    const db = await openDatabase({ dataDir: env.LANTERN_DATA_DIR });
    await truncateAfter(db, '1');
    await db.close();
    const chainOnly = await run('audit', 'verify');
    expect(chainOnly.out).toContain('Audit log intact: 1 entries checked, head at 1.');
    const bad = await run('audit', 'verify', '--checkpoint', file);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(
      `checkpoint on line 1 (${checkpoint.at}): entry 2 is no longer in the log: the log was cut back after the checkpoint`,
    );
  });
});
