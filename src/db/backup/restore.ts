import { once } from 'node:events';
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Transaction } from 'kysely';
import { FileMigrationProvider } from 'kysely/migration';
import { appendAudit } from '../../access/audit.ts';
import { registerAuditKeys, type SecretKey } from '../../access/audit-keys.ts';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { MIGRATIONS_DIR, migrator } from '../migrate.ts';
import type { Database } from '../types.ts';
import type { ArchiveContents, OpenedArchive } from './archive-reader.ts';
import { walkArchive } from './archive-reader.ts';
import { BackupError } from './errors.ts';
import { makeLoadPartition, NOT_PARTITIONED_INDEX } from './load-partitions.ts';
import type { CopyIn, LoadSession } from './load-session.ts';
import { quoteIdent, SESSION_SETTINGS, type TableShape, tableShapes } from './snapshot.ts';

// Loads a checked archive into a database through one session, in one transaction: the schema made by this
// Lantern's own migrations up to the archive's level, every table emptied and filled with the archive's rows
// (foreign keys, triggers and plain indexes set aside meanwhile, then put back, which checks every row against
// the keys), the sequences set, the waiting uploads written back, the schema brought up to date and the restore
// audited on the restored chain. Anything failing rolls it all back.

export interface LoadOptions {
  archive: OpenedArchive;
  contents: ArchiveContents;
  /** The keys the restored database will run with, newest first: they seal the restore's audit entry. */
  keys: readonly SecretKey[];
  /** Where waiting uploads go (`<data folder>/uploads`). */
  uploadsDir: string;
}

/** Migrations this Lantern knows, in order. */
export async function knownMigrations(): Promise<string[]> {
  const provider = new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR });
  return Object.keys(await provider.getMigrations()).sort();
}

/** Refuses an archive made at a schema level this Lantern does not know (made by a newer Lantern). */
export async function checkSchemaLevel(contents: ArchiveContents): Promise<void> {
  const known = await knownMigrations();
  contents.manifest.migrations.forEach((name, i) => {
    if (known[i] !== name) throw new BackupError('unknownMigration', { migration: name });
  });
}

/** True when the database holds nothing: no table, or Lantern's tables with no rows but the schema's own. */
export async function isEmptyDatabase(query: <R>(sql: string) => Promise<R[]>): Promise<boolean> {
  for (const t of await tableShapes(query)) {
    if (t.name === 'kysely_migration' || t.name === 'kysely_migration_lock') continue;
    const where = t.name === 'audit_head' ? " WHERE seq <> '0'" : '';
    const [row] = await query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM public.${quoteIdent(t.name)}${where}) AS any`,
    );
    if (row?.any) return false;
  }
  return true;
}

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** Loads the archive into the session's database (emptied first when it has a schema); returns the audit entry's seq. */
export async function loadArchive(session: LoadSession, opts: LoadOptions): Promise<string> {
  const { manifest } = opts.contents;
  registerAuditKeys(session.kysely, opts.keys);
  const written: string[] = [];
  let copy: CopyIn | undefined;
  let upload: { stream: WriteStream; path: string; job: string } | undefined;
  const placed: { job: string; path: string }[] = [];
  /** What the restore was doing, to say where it stopped. */
  let step = 'schema';
  try {
    return await session.kysely.transaction().execute(async (trx: Transaction<Database>) => {
      try {
        return await loadInTransaction(trx);
      } catch (e) {
        // A COPY left open would hold the session: it is abandoned before the transaction rolls back.
        await copy?.abort().catch(() => undefined);
        upload?.stream.destroy();
        if (e instanceof BackupError) throw e;
        throw new BackupError('loadFailed', {
          step,
          code: String((e as { code?: unknown }).code ?? 'unknown'),
        });
      }
    });
  } catch (e) {
    for (const file of written) await rm(file, { force: true });
    throw e;
  }

  async function loadInTransaction(trx: Transaction<Database>): Promise<string> {
    const query = <R>(sql: string) => session.query<R>(sql);
    for (const s of SESSION_SETTINGS) await session.query(s);
    // A schema already there (empty, or replaced when told to) is dropped: the migrations make it again.
    if ((await tableShapes(query)).length > 0) {
      await session.query('DROP SCHEMA public CASCADE');
      await session.query('CREATE SCHEMA public');
    }
    const level = manifest.schemaLevel;
    const made = await migrator(trx).migrateTo(level);
    if (made.error) throw made.error;
    const shapes = new Map((await tableShapes(query)).map((t) => [t.name, t]));
    const foreignKeys = await session.query<{ table: string; name: string; def: string }>(`
        SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS def
        FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = 'public' ORDER BY c.relname, k.conname`);
    for (const fk of foreignKeys)
      await session.query(
        `ALTER TABLE public.${quoteIdent(fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`,
      );
    // Indexes that back no constraint are built once over the loaded rows rather than kept up row by row.
    const indexes = await session.query<{ name: string; def: string }>(`
        SELECT x.relname AS name, pg_get_indexdef(i.indexrelid) AS def
        FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace n ON n.oid = x.relnamespace
        WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
          AND ${NOT_PARTITIONED_INDEX}
        ORDER BY x.relname`);
    for (const ix of indexes) await session.query(`DROP INDEX public.${quoteIdent(ix.name)}`);
    const all = [...shapes.keys()].map((t) => `public.${quoteIdent(t)}`);
    for (const t of all) await session.query(`ALTER TABLE ${t} DISABLE TRIGGER USER`);
    if (all.length > 0) await session.query(`TRUNCATE ${all.join(', ')}`);
    const seen = new Set<string>();
    // The load partitions' own indexes, built once their rows are in.
    const loadIndexes: string[] = [];
    await walkArchive(opts.archive, {
      async tableBegin(table: TableShape) {
        const made = shapes.has(table.name)
          ? null
          : await makeLoadPartition((q, p) => session.query(q, p), table.name);
        if (made) {
          loadIndexes.push(...made);
          for (const t of await tableShapes(query)) if (t.name === table.name) shapes.set(t.name, t);
        }
        const here = shapes.get(table.name);
        if (!here || !sameColumns(here.columns, table.columns))
          throw new BackupError('schemaDiffers', { table: table.name });
        seen.add(table.name);
        step = table.name;
        copy = await session.copyIn(table);
      },
      tableData: async (bytes) => copy?.write(bytes),
      async tableEnd() {
        await copy?.end();
        copy = undefined;
      },
      async sequences(states) {
        step = 'sequences';
        for (const s of states)
          await session.query('SELECT setval($1::regclass, $2::bigint, $3)', [
            `public.${quoteIdent(s.name)}`,
            s.lastValue,
            s.isCalled,
          ]);
      },
      async fileBegin(file) {
        step = 'uploads';
        await mkdir(opts.uploadsDir, { recursive: true, mode: 0o700 });
        const where = path.join(opts.uploadsDir, file.name);
        written.push(where);
        upload = { stream: createWriteStream(where, { mode: 0o600 }), path: where, job: file.job };
      },
      async fileData(bytes) {
        if (upload && !upload.stream.write(bytes)) await once(upload.stream, 'drain');
      },
      async fileEnd() {
        if (!upload) return;
        upload.stream.end();
        await once(upload.stream, 'finish');
        placed.push({ job: upload.job, path: upload.path });
        upload = undefined;
      },
    });
    for (const name of shapes.keys())
      if (!seen.has(name)) throw new BackupError('schemaDiffers', { table: name });
    step = 'constraints';
    for (const ix of indexes) await session.query(ix.def);
    for (const statement of loadIndexes) await session.query(statement);
    for (const fk of foreignKeys)
      await session.query(
        `ALTER TABLE public.${quoteIdent(fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.def}`,
      );
    for (const t of all) await session.query(`ALTER TABLE ${t} ENABLE TRIGGER USER`);
    // The waiting uploads now live in this data folder's uploads.
    for (const p of placed)
      await trx.updateTable('import_jobs').set({ upload_path: p.path }).where('id', '=', p.job).execute();
    step = 'upgrade';
    const upgraded = await migrator(trx).migrateToLatest();
    if (upgraded.error) throw upgraded.error;
    step = 'audit';
    return appendAudit(trx, {
      actor: SYSTEM_CLI,
      action: 'backup.restore',
      resource: { type: 'database' },
      outcome: 'success',
      requestId: 'cli',
      detail: {
        archiveSha256: opts.contents.archiveSha256,
        archiveBytes: opts.contents.archiveBytes,
        createdAt: manifest.createdAt,
        fromEngine: manifest.engine,
        toEngine: session.kind,
        fromLantern: manifest.lantern,
        schemaLevel: level,
        rows: Object.values(manifest.tables).reduce((a, b) => a + b, 0),
        uploads: manifest.uploads.files,
        upgradedTo: (upgraded.results ?? []).map((r) => r.migrationName).at(-1) ?? level,
      },
    });
  }
}
