import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser, startTestApp, type TestApp } from '../../server/testing.ts';
import { openArchive, walkArchive } from './archive-reader.ts';
import { BackupError } from './errors.ts';
import { backupThroughServer, listenForBackups, probe, socketPath } from './live-backup.ts';

// A running Lantern makes the backups asked of it on the socket in its data folder, on its own connection (the
// embedded database is its alone): the archive arrives whole and checks, the backup is in its audit log, and
// once it stops nobody answers there.

const dataDir = mkdtempSync(join(tmpdir(), 'lantern-live-'));
let t: TestApp;
let listening: { close(): Promise<void> } | null;

beforeAll(async () => {
  t = await startTestApp();
  await makeUser(t, ['analyst']);
  listening = await listenForBackups({ database: t.database, dataDir, keys: () => t.config.secretKeys });
});
afterAll(async () => {
  await listening?.close();
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('backups asked of a running Lantern', { timeout: 60_000 }, () => {
  it('come whole over the socket, check, and are audited', async () => {
    expect(listening).not.toBeNull();
    expect(await probe(socketPath(dataDir))).toBe('answered');
    const file = join(dataDir, 'live.lbk');
    const asked = await backupThroughServer(dataDir, file, {
      passphrase: 'a passphrase for tests',
      withKeys: false,
    });
    if (asked === 'none') throw new Error('nobody answered');
    const contents = await walkArchive(await openArchive(file, 'a passphrase for tests'));
    expect(contents.keys).toBeNull();
    expect(contents.manifest.tables.users).toBeGreaterThan(0);
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('seq', '=', asked.auditSeq)
      .executeTakeFirstOrThrow();
    expect(entry.action).toBe('backup.create');
    expect(entry.detail).toMatchObject({
      via: 'server',
      archiveSha256: contents.archiveSha256,
      withKeys: false,
    });
  });

  it('refuse a file that exists, and nobody answers once the server stops', async () => {
    const file = join(dataDir, 'live.lbk');
    await expect(
      backupThroughServer(dataDir, file, { passphrase: 'a passphrase for tests', withKeys: true }),
    ).rejects.toThrow(BackupError);
    await listening?.close();
    listening = null;
    expect(await probe(socketPath(dataDir))).toBe('none');
    expect(
      await backupThroughServer(dataDir, join(dataDir, 'other.lbk'), { passphrase: 'x', withKeys: true }),
    ).toBe('none');
  });
});
