import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { link, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { keyAuditChain } from '../access/audit-upgrade.ts';
import { type ArchiveContents, openArchive, walkArchive } from '../db/backup/archive-reader.ts';
import { auditBackup, writeBackup } from '../db/backup/backup.ts';
import { BackupError } from '../db/backup/errors.ts';
import { backupThroughServer, probe, socketPath } from '../db/backup/live-backup.ts';
import { type RestoreTarget, restoreFile } from '../db/backup/restore-target.ts';
import { openDatabase } from '../db/connection.ts';
import { ConfigError, keyringOf, parseSettings, type Settings } from '../platform/config.ts';
import { defaultKeyFile, isInside } from '../platform/key-file.ts';
import { readPassphrase } from './backup-passphrase.ts';
import { loadSettingsOrExit } from './context.ts';
import { say, texts } from './language.ts';

// `lantern backup FILE`: an encrypted, checked archive of the whole database, made by the running Lantern when one
// holds the embedded database, else read here (a server's database is read beside the running app). `lantern
// restore FILE`: into an empty data folder or database, after every byte of the archive is checked.

const print = (line: string) => process.stdout.write(`${line}\n`);

/** The settings as given, without making a key file (a restore may be about to write the archive's). */
function settingsOrExit(): Settings {
  try {
    return parseSettings(process.env);
  } catch (e) {
    if (e instanceof ConfigError) loadSettingsOrExit();
    throw e;
  }
}

/** Runs a command, saying a BackupError in the command line's language (exit 1). */
async function guarded(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (e) {
    if (!(e instanceof BackupError)) throw e;
    process.stderr.write(`lantern: ${say(texts().backup.problems[e.problem], e.values)}\n`);
    process.exitCode = 1;
  }
}

const total = (tables: Record<string, number>) => Object.values(tables).reduce((a, b) => a + b, 0);

function sayChecked(c: ArchiveContents): void {
  const t = texts().backup.done;
  const m = c.manifest;
  print(
    say(t.checked, {
      createdAt: m.createdAt,
      lantern: m.lantern,
      engine: m.engine,
      level: m.schemaLevel,
      tables: Object.keys(m.tables).length,
      rows: total(m.tables),
      uploads: m.uploads.files,
      keys: m.keyIds.join(', '),
      carried: m.withKeys ? t.carried : t.notCarried,
    }),
  );
}

async function backupCommand(file: string, opts: { withoutKeys?: boolean; passphraseFile?: string }) {
  const t = texts().backup.done;
  const settings = settingsOrExit();
  const target = resolve(file);
  if (existsSync(target)) throw new BackupError('outputExists', { file });
  const passphrase = await readPassphrase({ file: opts.passphraseFile, confirm: true });
  const withKeys = opts.withoutKeys !== true;
  // Written beside the target, which appears only once the archive is whole and checked.
  const partial = `${target}.partial-${randomBytes(4).toString('hex')}`;
  const started = Date.now();
  let seq: string | undefined;
  let contents: ArchiveContents | undefined;
  try {
    if (!settings.DATABASE_URL) {
      const dataDir = resolve(settings.LANTERN_DATA_DIR);
      if (!existsSync(join(dataDir, 'pg'))) throw new BackupError('noDatabase', { dir: dataDir });
      const asked = await backupThroughServer(dataDir, partial, { passphrase, withKeys });
      if (asked !== 'none') {
        seq = asked.auditSeq;
        contents = await walkArchive(await openArchive(partial, passphrase));
        print(t.byServer);
      }
    }
    if (!contents) {
      const config = loadSettingsOrExit();
      const database = await openDatabase(config);
      try {
        keyAuditChain(database.db, config);
        const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
        const result = await writeBackup(database, out, { passphrase, keys: config.secretKeys, withKeys });
        contents = await walkArchive(await openArchive(partial, passphrase));
        seq = await auditBackup(database.db, result, 'command');
      } finally {
        await database.close();
      }
    }
    await link(partial, target).catch(() => {
      throw new BackupError('outputExists', { file });
    });
  } finally {
    await rm(partial, { force: true });
  }
  const m = contents.manifest;
  print(
    say(t.written, {
      file,
      tables: Object.keys(m.tables).length,
      rows: total(m.tables),
      uploads: m.uploads.files,
      bytes: contents.archiveBytes,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    }),
  );
  print(say(t.fingerprint, { sha256: contents.archiveSha256, seq: seq ?? '' }));
  print(m.withKeys ? t.withKeys : say(t.withoutKeys, { keys: m.keyIds.join(', ') }));
  return 0;
}

async function restoreCommand(
  file: string,
  opts: { force?: boolean; check?: boolean; passphraseFile?: string; keysOut?: string },
) {
  const t = texts().backup.done;
  const settings = settingsOrExit();
  const passphrase = await readPassphrase({ file: opts.passphraseFile, confirm: false });
  if (opts.check) {
    sayChecked(await walkArchive(await openArchive(file, passphrase)));
    return 0;
  }
  const dataDir = resolve(settings.LANTERN_DATA_DIR);
  let target: RestoreTarget;
  if (settings.DATABASE_URL) {
    const hex = settings.LANTERN_SECRET_KEY
      ? [settings.LANTERN_SECRET_KEY, ...(settings.LANTERN_RETIRED_KEYS ?? '').split(',').filter(Boolean)]
      : [];
    target = {
      kind: 'postgres',
      url: settings.DATABASE_URL,
      uploadsDir: join(dataDir, 'uploads'),
      configuredKeys: hex.length > 0 ? keyringOf(hex.map((h) => Buffer.from(h, 'hex'))) : null,
      keysOut: opts.keysOut ? resolve(opts.keysOut) : undefined,
    };
  } else {
    const keyFile = resolve(settings.LANTERN_KEY_FILE ?? defaultKeyFile(dataDir, process.env));
    // The same refusal as at every start: the check of the settings says it.
    if (isInside(keyFile, dataDir)) loadSettingsOrExit();
    if ((await probe(socketPath(dataDir))) === 'answered') throw new BackupError('serverRunning');
    target = { kind: 'embedded', dataDir, keyFile };
  }
  const r = await restoreFile(resolve(file), passphrase, target, opts.force === true);
  sayChecked(r.contents);
  print(say(t.restored, { target: target.kind === 'embedded' ? dataDir : 'DATABASE_URL', seq: r.auditSeq }));
  if (r.keyFileWritten)
    print(
      target.kind === 'embedded'
        ? say(t.keyFile, { file: target.keyFile })
        : say(t.keysOut, { file: target.keysOut ?? '' }),
    );
  if (r.replacedDir) print(say(t.replaced, { dir: r.replacedDir }));
  print(t.next);
  return 0;
}

export function registerBackupCommands(program: Command): void {
  const { help } = texts().backup;
  program
    .command('backup')
    .description(help.backup)
    .argument('<file>', help.backupFile)
    .option('--without-keys', help.withoutKeys)
    .option('--passphrase-file <file>', help.passphraseFile)
    .action((file: string, opts: { withoutKeys?: boolean; passphraseFile?: string }) =>
      guarded(() => backupCommand(file, opts)),
    );
  program
    .command('restore')
    .description(help.restore)
    .argument('<file>', help.restoreFile)
    .option('--force', help.force)
    .option('--check', help.check)
    .option('--passphrase-file <file>', help.passphraseFile)
    .option('--keys-out <file>', help.keysOut)
    .action(
      (file: string, opts: { force?: boolean; check?: boolean; passphraseFile?: string; keysOut?: string }) =>
        guarded(() => restoreCommand(file, opts)),
    );
}
