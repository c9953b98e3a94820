// Why a backup or a restore stopped, as a code with its values: the command line words each code in its seven
// languages (src/cli/texts, `backup.problems`). Values are file names, byte offsets, table names, counts and key
// ids: never the passphrase, a key or anything read from a row.

export const BACKUP_PROBLEMS = [
  /** The file does not start as a Lantern backup does. */
  'notAnArchive',
  /** Made in a format newer than this Lantern reads. */
  'newerFormat',
  /** The passphrase does not open the archive (or its header was altered). */
  'wrongPassphrase',
  /** A part of the archive fails its authentication: altered or damaged at that byte. */
  'partAltered',
  /** A part declares a length no archive has: altered or damaged at that byte. */
  'partLength',
  /** The archive ends before its last part: cut short. */
  'cutShort',
  /** Bytes follow the archive's last part. */
  'trailingBytes',
  /** Authenticated, but what it holds does not add up (counts, digest): made by a faulty writer. */
  'contentsInconsistent',
  /** No passphrase given, and no terminal to ask on. */
  'passphraseMissing',
  /** A new archive's passphrase is too short. */
  'passphraseShort',
  /** The passphrase typed twice differs. */
  'passphrasesDiffer',
  /** The passphrase file cannot be read or is empty. */
  'passphraseFileUnreadable',
  /** The archive to write already exists. */
  'outputExists',
  /** The archive to read cannot be opened. */
  'inputUnreadable',
  /** The target database or data folder already holds data. */
  'targetNotEmpty',
  /** The archive was made at a schema level this Lantern does not know (a newer Lantern). */
  'unknownMigration',
  /** A table of the archive is not in the schema its migrations make here, or its columns differ. */
  'schemaDiffers',
  /** The archive holds no keys and the configured keys lack some it was sealed with. */
  'keysMissing',
  /** A server's configured keys lack some the archive was sealed with, and no file was named to write them to. */
  'keysNotConfigured',
  /** The database refused a step of the restore (its error code only: the message may quote a value). */
  'loadFailed',
  /** The data folder has no embedded database to back up. */
  'noDatabase',
  /** The embedded database is in use by a running Lantern: a restore would break it. */
  'serverRunning',
  /** The running Lantern refused or failed the backup it was asked for. */
  'serverFailed',
] as const;

export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** A backup or restore that stopped for a reason the operator can act on; nothing was changed by it. */
export class BackupError extends Error {
  readonly problem: BackupProblem;
  readonly values: Record<string, string | number>;
  constructor(problem: BackupProblem, values: Record<string, string | number> = {}) {
    super(`${problem} ${JSON.stringify(values)}`);
    this.name = 'BackupError';
    this.problem = problem;
    this.values = values;
  }
}
