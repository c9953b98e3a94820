import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyId } from '../access/crypto.ts';
import { rotationQueue } from '../access/key-rotation.ts';
import { listenForBackups } from '../db/backup/live-backup.ts';
import { readKeyFile } from '../platform/key-file.ts';
import { startTestApp, type TestApp } from '../server/testing.ts';

// `lantern keys rotate` while a Lantern runs on the data folder: the command asks it on its socket and prints what
// it did, without opening the database (which the server holds); a rotation the server fails is reported as such.

const root = mkdtempSync(join(tmpdir(), 'lantern-rotate-cli-'));
const dataDir = join(root, 'data');
const failingDir = join(root, 'failing');
const keyFile = join(root, 'keys', 'lantern.key');
let t: TestApp;
const listening: { close(): Promise<void> }[] = [];

const run = (dir: string, command = 'rotate') =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', 'keys', command], {
    env: {
      ...process.env,
      LANTERN_DATA_DIR: dir,
      LANTERN_KEY_FILE: keyFile,
      DATABASE_URL: '',
      LANTERN_SECRET_KEY: '',
    },
  }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

beforeAll(async () => {
  mkdirSync(dataDir);
  mkdirSync(failingDir);
  t = await startTestApp({ LANTERN_SECRET_KEY: '', LANTERN_KEY_FILE: keyFile, LANTERN_DATA_DIR: dataDir });
  const rotate = rotationQueue(t.database, t.config);
  for (const [dir, r] of [
    [dataDir, rotate],
    [failingDir, () => Promise.reject(new Error('refused for the test'))],
  ] as const) {
    const l = await listenForBackups({
      database: t.database,
      dataDir: dir,
      keys: () => t.config.secretKeys,
      rotate: r,
    });
    if (l) listening.push(l);
  }
}, 60_000);
afterAll(async () => {
  for (const l of listening) await l.close();
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('lantern keys rotate beside a running Lantern', { timeout: 60_000 }, () => {
  it('is done by the running server, into the keyring it holds', async () => {
    expect(listening).toHaveLength(2);
    const before = t.config.secretKeys[0]?.id;
    const r = await run(dataDir);
    expect(r.code, r.err).toBe(0);
    const keys = readKeyFile(keyFile).map(keyId);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(before);
    expect(t.config.secretKeys[0]?.id).toBe(keys[0]);
    expect(r.out).toContain(`New key ${keys[0]} written first in ${keyFile}; ${before} kept as retired.`);
    expect(r.out).toContain(`The running Lantern rotated its keys: new values are sealed under ${keys[0]}`);
    expect(r.out).toMatch(/Sealed again: \d+ screenings/);
    // The keys are listed beside the running server too (from the key file, without opening the database).
    const list = await run(dataDir, 'list');
    expect(list.code, list.err).toBe(0);
    expect(list.out).toContain(`${keys[0]}  current`);
    expect(list.out).toContain(`${before}  retired`);
  });

  it('says so when the running server could not rotate, and fails', async () => {
    const r = await run(failingDir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The running Lantern could not rotate its keys');
    expect(readKeyFile(keyFile)).toHaveLength(2);
  });
});
