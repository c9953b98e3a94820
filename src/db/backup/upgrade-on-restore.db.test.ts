import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../access/audit.ts';
import { registerAuditKeys } from '../../access/audit-keys.ts';
import { keyId } from '../../access/crypto.ts';
import { openDatabase, openPGlite, wrapPGlite } from '../connection.ts';
import { migrator } from '../migrate.ts';
import { writeBackup } from './backup.ts';
import { knownMigrations } from './restore.ts';
import { restoreFile } from './restore-target.ts';

// An archive made by an older Lantern, its schema a few migrations behind, restores into this one: loaded at the
// level it was made at, brought up to date in the same transaction, and the restore audited on the upgraded chain.

const root = mkdtempSync(join(tmpdir(), 'lantern-upgrade-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// On an embedded data folder whatever the run's database: the pass on a PostgreSQL server would repeat it.
describe.skipIf(process.env.DATABASE_URL)(
  'restoring an archive of an older schema',
  { timeout: 120_000 },
  () => {
    it('loads it at its level and brings it up to date', async () => {
      const known = await knownMigrations();
      const older = known.at(-4) as string;
      const key = randomBytes(32);
      const keys = [{ id: keyId(key), key }];
      const source = wrapPGlite(await openPGlite(undefined));
      const made = await migrator(source.db).migrateTo(older);
      expect(made.error).toBeUndefined();
      await sql`INSERT INTO agencies (name, kind) VALUES ('Older agency', 'ngo')`.execute(source.db);
      const archive = join(root, 'older.lbk');
      await writeBackup(source, createWriteStream(archive, { flags: 'wx' }), {
        passphrase: 'a passphrase for tests',
        keys,
        withKeys: true,
        kdf: { memoryKiB: 8192, passes: 1, lanes: 1 },
      });
      await source.close();

      const dataDir = join(root, 'data');
      const r = await restoreFile(
        archive,
        'a passphrase for tests',
        { kind: 'embedded', dataDir, keyFile: join(root, 'keys', 'lantern.key') },
        false,
      );
      expect(r.contents.manifest.schemaLevel).toBe(older);
      const restored = await openDatabase({ dataDir });
      try {
        const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
          restored.db,
        );
        expect(applied.rows.map((m) => m.name)).toEqual(known);
        expect(await restored.db.selectFrom('agencies').select('name').execute()).toEqual([
          { name: 'Older agency' },
        ]);
        registerAuditKeys(restored.db, keys);
        expect((await verifyAuditChain(restored.db)).ok).toBe(true);
        const entry = await restored.db
          .selectFrom('audit_log')
          .select(['action', 'detail'])
          .where('seq', '=', r.auditSeq)
          .executeTakeFirstOrThrow();
        expect(entry).toMatchObject({
          action: 'backup.restore',
          detail: { schemaLevel: older, upgradedTo: known.at(-1) },
        });
      } finally {
        await restored.close();
      }
    });
  },
);
