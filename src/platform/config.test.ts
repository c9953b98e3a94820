import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, parseSettings } from './config.ts';

const KEY = 'ab'.repeat(32);

describe('configuration', () => {
  it('applies the documented defaults', () => {
    const s = parseSettings({});
    expect(s.PORT).toBe(4600);
    expect(s.LANTERN_DATA_DIR).toBe('./data');
    expect(s.HOST).toBe('127.0.0.1');
  });

  it('lists every bad setting at once, readably', () => {
    try {
      parseSettings({ PORT: 'eighty', LANTERN_SESSION_IDLE_MINUTES: '0', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const problems = (e as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT: .*"eighty"/);
      expect(problems.join('\n')).toMatch(/LANTERN_SESSION_IDLE_MINUTES/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL: .*secret value hidden/);
    }
  });

  it('never prints a secret', () => {
    const pw = 's3cr3t-database-password';
    try {
      parseSettings({ DATABASE_URL: `mysql://u:${pw}@h/db`, LANTERN_SECRET_KEY: 'short-secret-key' });
    } catch (e) {
      expect(String((e as Error).message)).not.toContain(pw);
      expect(String((e as Error).message)).not.toContain('short-secret-key');
    }
    const c = loadConfig({ DATABASE_URL: `postgres://u:${pw}@h/db`, LANTERN_SECRET_KEY: KEY });
    const printed = JSON.stringify(describeConfig(c));
    expect(printed).not.toContain(pw);
    expect(printed).not.toContain(KEY);
  });

  it('requires a secret key with a database server, and makes one for the embedded database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db' })).toThrow(/LANTERN_SECRET_KEY/);
    const dir = mkdtempSync(join(tmpdir(), 'lantern-cfg-'));
    const a = loadConfig({ LANTERN_DATA_DIR: dir });
    const b = loadConfig({ LANTERN_DATA_DIR: dir });
    expect(a.secretKey.equals(b.secretKey)).toBe(true);
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the public address as an origin only, and refuses one with a path or another scheme', () => {
    expect(loadConfig({ LANTERN_SECRET_KEY: KEY }).publicUrl).toBeUndefined();
    expect(
      loadConfig({ LANTERN_SECRET_KEY: KEY, LANTERN_PUBLIC_URL: 'HTTPS://Lantern.Example.org/' }).publicUrl,
    ).toBe('https://lantern.example.org');
    expect(
      loadConfig({ LANTERN_SECRET_KEY: KEY, LANTERN_PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl,
    ).toBe('http://10.0.0.5:8080');
    for (const bad of [
      'https://lantern.example.org/app',
      'ftp://lantern.example.org',
      'lantern.example.org',
      'https://a.org?x=1',
    ])
      expect(() => parseSettings({ LANTERN_PUBLIC_URL: bad }), bad).toThrow(/LANTERN_PUBLIC_URL/);
  });
});
