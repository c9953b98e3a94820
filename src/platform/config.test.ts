import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyId } from '../access/crypto.ts';
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

  it('requires a secret key with a database server, and makes one outside the data folder for the embedded one', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db' })).toThrow(/LANTERN_SECRET_KEY/);
    const home = mkdtempSync(join(tmpdir(), 'lantern-home-'));
    const dir = join(mkdtempSync(join(tmpdir(), 'lantern-cfg-')), 'data');
    const a = loadConfig({ LANTERN_DATA_DIR: dir, XDG_CONFIG_HOME: home });
    const b = loadConfig({ LANTERN_DATA_DIR: dir, XDG_CONFIG_HOME: home });
    expect(a.secretKey.equals(b.secretKey)).toBe(true);
    expect(a.keyFile?.startsWith(join(home, 'lantern'))).toBe(true);
    expect(existsSync(join(dir, 'secret.key'))).toBe(false);
    const file = a.keyFile as string;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain(a.secretKey.toString('hex'));
    expect(a.secretKeys).toEqual([{ id: keyId(a.secretKey), key: a.secretKey }]);
    expect(() => loadConfig({ LANTERN_DATA_DIR: dir, LANTERN_KEY_FILE: join(dir, 'k.key') })).toThrow(
      /outside the data folder/,
    );
  });

  it('moves a key file found in the data folder out of it, saying where without the key', () => {
    const home = mkdtempSync(join(tmpdir(), 'lantern-home-'));
    const dir = mkdtempSync(join(tmpdir(), 'lantern-cfg-'));
    writeFileSync(join(dir, 'secret.key'), `${KEY}\n`, { mode: 0o600 });
    const warnings: string[] = [];
    const c = loadConfig({ LANTERN_DATA_DIR: dir, XDG_CONFIG_HOME: home }, (m) => warnings.push(m));
    expect(c.secretKey.toString('hex')).toBe(KEY);
    expect(existsSync(join(dir, 'secret.key'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(c.keyFile);
    expect(warnings[0]).not.toContain(KEY);
    // The next start reads it from its new place, silently.
    const again = loadConfig({ LANTERN_DATA_DIR: dir, XDG_CONFIG_HOME: home }, (m) => warnings.push(m));
    expect(again.secretKey.toString('hex')).toBe(KEY);
    expect(warnings).toHaveLength(1);
  });

  it('warns when the key file can be read by others', () => {
    const root = mkdtempSync(join(tmpdir(), 'lantern-cfg-'));
    const file = join(root, 'k.key');
    writeFileSync(file, `${KEY}\n`, { mode: 0o644 });
    chmodSync(file, 0o644);
    const warnings: string[] = [];
    loadConfig({ LANTERN_DATA_DIR: join(root, 'data'), LANTERN_KEY_FILE: file }, (m) => warnings.push(m));
    expect(warnings.join()).toMatch(/can be read by other users/);
  });

  it('lists retired keys after the current one, newest first', () => {
    const old = 'cd'.repeat(32);
    const c = loadConfig({
      DATABASE_URL: 'postgres://h/db',
      LANTERN_SECRET_KEY: KEY,
      LANTERN_RETIRED_KEYS: old,
    });
    expect(c.secretKeys.map((k) => k.key.toString('hex'))).toEqual([KEY, old]);
    expect(c.secretKey.toString('hex')).toBe(KEY);
    expect(c.keyFile).toBeNull();
    expect(() => loadConfig({ LANTERN_RETIRED_KEYS: 'nope', LANTERN_SECRET_KEY: KEY })).toThrow(
      /LANTERN_RETIRED_KEYS: .*secret value hidden/,
    );
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
