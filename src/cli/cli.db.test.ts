import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
// Against a server the commands would share one database with other test files; they run on their own folder.
// The key file lies beside the data folder, never in it (nor in the user's own configuration folder).
const env = { ...process.env, LANTERN_DATA_DIR: dir, LANTERN_KEY_FILE: `${dir}.key`, DATABASE_URL: '' };
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['bin/lantern.js', ...args], { env }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );

// They run on an embedded folder whatever the run's database: the pass on a PostgreSQL server would repeat them.
describe.skipIf(process.env.DATABASE_URL)('lantern command', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect((await run('migrate')).code).toBe(0);
  }, 60_000);

  it('lists every command, each with its own help', async () => {
    const help = await run('--help');
    for (const c of ['serve', 'migrate', 'agency', 'user', 'token', 'audit']) expect(help.out).toContain(c);
    for (const sub of [
      ['serve'],
      ['migrate'],
      ['agency', 'add'],
      ['user', 'add'],
      ['user', 'reset-2fa'],
      ['token', 'create'],
      ['audit', 'verify'],
      ['audit', 'checkpoint'],
      ['audit', 'seal-legacy'],
      ['evidence', 'verify'],
    ]) {
      const r = await run(...sub, '--help');
      expect(r.code, sub.join(' ')).toBe(0);
      expect(r.out).toMatch(/Usage: lantern/);
    }
  });

  it('adds an agency and a user, creates a token, resets a second factor, and audits each', async () => {
    expect(
      (await run('agency', 'add', '--name', 'Anti-Trafficking Police Unit', '--kind', 'police')).code,
    ).toBe(0);
    const bad = await run('agency', 'add', '--name', 'X', '--kind', 'army');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--kind must be one of/);
    const user = await run(
      'user',
      'add',
      '--agency',
      'anti-trafficking police unit',
      '--username',
      'analyst1',
      '--name',
      'Analyst One',
      '--role',
      'analyst',
    );
    expect(user.code).toBe(0);
    expect(user.out).toMatch(/#\/welcome\/[\w-]{40,}/);
    const token = await run(
      'token',
      'create',
      '--user',
      'analyst1',
      '--name',
      'link-chart export',
      '--scope',
      'intel.read',
    );
    expect(token.code).toBe(0);
    expect(token.out).toMatch(/lnt_[\w-]{40,}/);
    const tooWide = await run(
      'token',
      'create',
      '--user',
      'analyst1',
      '--name',
      'x',
      '--scope',
      'audit.read',
    );
    expect(tooWide.code).toBe(1);
    const reset = await run('user', 'reset-2fa', 'analyst1');
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/#\/welcome\//);
    const verify = await run('audit', 'verify');
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(/intact: 4 entries/);
  });

  it('re-verifies the chains of custody, and says which exhibit it cannot find', async () => {
    const all = await run('evidence', 'verify');
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/0 exhibits, 0 custody entries checked: all intact/);
    const missing = await run('evidence', 'verify', '--exhibit', 'EX-1999-000001');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--exhibit: no exhibit with the reference EX-1999-000001/);
  });

  it('stops on bad settings with a readable list', async () => {
    const r = await promisify(execFile)(process.execPath, ['bin/lantern.js', 'migrate'], {
      env: { ...env, PORT: 'x', LANTERN_LOG_LEVEL: 'loud' },
    }).catch((e) => e);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT: /);
    expect(r.stderr).toMatch(/LANTERN_LOG_LEVEL: /);
  });
});
