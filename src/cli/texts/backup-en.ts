// What `lantern backup` and `lantern restore` say, in English: their help, their questions, what they did, and why
// they stopped (each of the problems of src/db/backup/errors.ts). The other languages (backup-th.ts...) have the
// same keys, or fail the typecheck.

const backup = {
  help: {
    backup:
      'Write an encrypted archive of the whole database (with the uploads waiting for their import, and the secret keys unless told not to), checked once written; safe while Lantern runs',
    backupFile: 'the archive to write (an existing file is never replaced)',
    withoutKeys:
      'leave the secret keys out: then keep the key file or LANTERN_SECRET_KEY as well, or the archive cannot be restored',
    passphraseFile:
      'read the passphrase from the first line of this file (else from LANTERN_BACKUP_PASSPHRASE, else it is asked)',
    restore:
      'Restore an archive into an empty data folder (embedded) or an empty database (DATABASE_URL); every byte is checked before anything changes',
    restoreFile: 'the archive to restore',
    force: 'replace a database that holds data (an embedded one replaced is kept aside)',
    check: 'only check the archive and say what it holds; change nothing',
    keysOut:
      "on a server whose keys are not the archive's: write the archive's keys to this file, to set LANTERN_SECRET_KEY from",
  },
  prompt: {
    passphrase: 'Passphrase of the archive: ',
    again: 'The same passphrase again: ',
  },
  done: {
    written:
      'Backup written to {file} and checked: {tables} tables, {rows} rows, {uploads} waiting uploads; {bytes} bytes in {seconds} s.',
    fingerprint: 'SHA-256 {sha256}; recorded as entry {seq} of the audit log.',
    byServer: 'The running Lantern made it: requests waited while the snapshot was read.',
    withKeys:
      'It carries the secret keys, sealed under the passphrase: keep the passphrase apart from the archive. Whoever holds both reads everything.',
    withoutKeys:
      'It does not carry the secret keys ({keys}): keep the key file or LANTERN_SECRET_KEY apart from it too, or it cannot be restored.',
    checked:
      'Archive checked: made {createdAt} by Lantern {lantern} on the {engine} database, schema {level}; {tables} tables, {rows} rows, {uploads} waiting uploads; keys {keys} ({carried}).',
    carried: 'carried',
    notCarried: 'not carried',
    restored: 'Restored into {target}; the restore is entry {seq} of its audit log.',
    keyFile: "The archive's keys were written to the key file {file} (readable by you only).",
    keysOut:
      "The archive's keys were written to {file}: set LANTERN_SECRET_KEY to its first key and LANTERN_RETIRED_KEYS to the others (comma-separated) before starting Lantern, then remove the file.",
    replaced: 'The database it replaced was kept in {dir}: remove it once the restore is checked.',
    next: 'Check it with `lantern audit verify`, then start Lantern.',
  },
  problems: {
    notAnArchive: '{file} is not a Lantern backup archive (it does not begin as one). Nothing was changed.',
    newerFormat:
      '{file} is an archive of format {version}, newer than this Lantern reads: restore it with a newer Lantern. Nothing was changed.',
    wrongPassphrase: 'The passphrase does not open {file} (or its header was altered). Nothing was changed.',
    partAltered:
      '{file} was altered or damaged at byte {offset} (part {part}): that part fails its authentication. Nothing was changed; use another copy of the backup.',
    partLength:
      '{file} was altered or damaged at byte {offset} (part {part}): the part gives a length no archive has. Nothing was changed; use another copy of the backup.',
    cutShort:
      '{file} ends at byte {offset}, before its last part: it was cut short (an interrupted copy?). Nothing was changed; use another copy of the backup.',
    trailingBytes:
      '{file} goes on after its last part, from byte {offset}: something was added to it. Nothing was changed; use another copy of the backup.',
    contentsInconsistent:
      '{file} opens, but what it holds does not add up (counts or digest): Lantern did not write it whole. Nothing was changed.',
    passphraseMissing:
      'No passphrase: give it in a file (--passphrase-file) or in LANTERN_BACKUP_PASSPHRASE, or run this in a terminal to type it.',
    passphraseShort:
      'The passphrase must have at least {min} characters (several words nobody would guess): it guards everything in the archive.',
    passphrasesDiffer: 'The two passphrases differ. Nothing was written.',
    passphraseFileUnreadable: '--passphrase-file: {file} cannot be read, or its first line is empty.',
    outputExists: '{file} already exists: Lantern does not replace it. Choose another name.',
    inputUnreadable: '{file} cannot be read (no such file, or not readable).',
    targetNotEmpty:
      '{target} already holds data. Nothing was changed: restore into an empty data folder or database, or add --force to replace it (an embedded database replaced is kept aside).',
    unknownMigration:
      "The archive's schema has migration {migration}, which this Lantern does not have: a newer Lantern made it. Upgrade Lantern, then restore. Nothing was changed.",
    schemaDiffers:
      'Table {table} differs between the archive and the schema this Lantern makes at its level. Nothing was changed.',
    keysMissing:
      "The archive's data is sealed with keys {keys}, which are neither configured nor in the archive. Nothing was changed: configure them (the key file, or LANTERN_SECRET_KEY and LANTERN_RETIRED_KEYS), then restore.",
    keysNotConfigured:
      "LANTERN_SECRET_KEY and LANTERN_RETIRED_KEYS lack keys {keys}, which the archive's data is sealed with. Nothing was changed: set them, or add --keys-out FILE to have the archive's keys written there for you to set.",
    loadFailed:
      'The database refused the restore at {step} (error {code}). Nothing was changed: the restore was undone.',
    noDatabase: 'There is no database in {dir}: nothing to back up.',
    serverRunning:
      'Lantern is running on this data folder: stop it before restoring (a restore would break the database it holds open). Nothing was changed.',
    serverFailed: 'The running Lantern could not make the backup (see its log). Nothing was written.',
  },
};

export type BackupTexts = typeof backup;
export default backup;
