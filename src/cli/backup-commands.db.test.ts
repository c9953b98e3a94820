import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diskFolder, startDiskApp } from '../access/at-rest-testing.ts';
import { makeUser } from '../server/testing.ts';

// `lantern backup` and `lantern restore` as an operator runs them, on an embedded data folder: the archive is
// written and checked, never over another file, with a passphrase long enough; it restores into an empty folder
// whose audit chain then verifies; a wrong passphrase is refused in the operator's language, changing nothing.

const folder = diskFolder();
const archive = join(folder.root, 'nightly.lbk');
const base = { ...process.env, DATABASE_URL: '', LANTERN_SECRET_KEY: '', LANTERN_RETIRED_KEYS: '' };
const PASS = 'five words nobody would guess';
const at = (name: string, extra: Record<string, string> = {}) => ({
  ...base,
  LANTERN_DATA_DIR: join(folder.root, name, 'data'),
  LANTERN_KEY_FILE: join(folder.root, name, 'keys', 'lantern.key'),
  ...extra,
});
const source = { ...base, LANTERN_DATA_DIR: folder.dataDir, LANTERN_KEY_FILE: folder.keyFile };
const run = (env: NodeJS.ProcessEnv, ...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

beforeAll(async () => {
  const t = await startDiskApp(folder);
  await makeUser(t, ['analyst']);
  await t.close();
}, 120_000);
afterAll(() => folder.remove());

// On an embedded data folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)('lantern backup and lantern restore', { timeout: 120_000 }, () => {
  it('write a checked archive, never over a file, with a passphrase long enough', async () => {
    const r = await run({ ...source, LANTERN_BACKUP_PASSPHRASE: PASS }, 'backup', archive);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(
      /^Backup written to .*nightly\.lbk and checked: \d+ tables, \d+ rows, 0 waiting uploads/,
    );
    expect(r.out).toMatch(/SHA-256 [0-9a-f]{64}; recorded as entry \d+ of the audit log/);
    expect(r.out).toContain('It carries the secret keys');
    // Nothing is left beside it.
    expect(readdirSync(folder.root).filter((f) => f.includes('partial'))).toEqual([]);
    const again = await run({ ...source, LANTERN_BACKUP_PASSPHRASE: PASS }, 'backup', archive);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    const short = join(folder.root, 'short.txt');
    writeFileSync(short, 'too short\n');
    const weak = await run(source, 'backup', join(folder.root, 'weak.lbk'), '--passphrase-file', short);
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('at least 12 characters');
    expect(existsSync(join(folder.root, 'weak.lbk'))).toBe(false);
  });

  it('check an archive, refuse a wrong passphrase in the chosen language, and restore into an empty folder', async () => {
    const check = await run({ ...source, LANTERN_BACKUP_PASSPHRASE: PASS }, 'restore', '--check', archive);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toMatch(/^Archive checked: made .* by Lantern .* on the embedded database/);
    const wrong = await run(
      at('elsewhere', { LANTERN_BACKUP_PASSPHRASE: 'not the passphrase' }),
      '--lang',
      'km',
      'restore',
      archive,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/\p{Script=Khmer}/u);
    expect(existsSync(join(folder.root, 'elsewhere'))).toBe(false);
    const r = await run(at('elsewhere', { LANTERN_BACKUP_PASSPHRASE: PASS }), 'restore', archive);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Restored into .*elsewhere.data; the restore is entry \d+ of its audit log/);
    expect(r.out).toContain("The archive's keys were written to the key file");
    const verify = await run(at('elsewhere'), 'audit', 'verify');
    expect(verify.code, verify.out + verify.err).toBe(0);
    expect(verify.out).toContain('Audit log intact');
  });
});
