import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BackupError } from '../db/backup/errors.ts';
import { texts } from './language.ts';

// The passphrase of an archive: from the first line of a file (--passphrase-file), else LANTERN_BACKUP_PASSPHRASE,
// else typed on the terminal without echo (twice for a new archive). Never from the command line itself, where
// other users of the machine could read it.

/** A new archive's passphrase is at least this long: with the keys inside, it guards everything. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Asks on the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const out = rl as unknown as { _writeToOutput: (s: string) => void };
    let prompted = false;
    out._writeToOutput = () => {
      // The prompt is shown once; what is typed is not echoed.
      if (!prompted) process.stderr.write(prompt);
      prompted = true;
    };
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** The passphrase, or a BackupError saying why there is none. `confirm`: a new archive's (asked twice, checked long). */
export async function readPassphrase(opts: { file?: string | undefined; confirm: boolean }): Promise<string> {
  const t = texts().backup.prompt;
  let passphrase: string;
  if (opts.file) {
    let first = '';
    try {
      first = readFileSync(opts.file, 'utf8').split(/\r?\n/)[0] ?? '';
    } catch {
      throw new BackupError('passphraseFileUnreadable', { file: opts.file });
    }
    if (!first) throw new BackupError('passphraseFileUnreadable', { file: opts.file });
    passphrase = first;
  } else if (process.env.LANTERN_BACKUP_PASSPHRASE) {
    passphrase = process.env.LANTERN_BACKUP_PASSPHRASE;
  } else if (process.stdin.isTTY) {
    passphrase = await askHidden(t.passphrase);
    if (opts.confirm && (await askHidden(t.again)) !== passphrase) throw new BackupError('passphrasesDiffer');
  } else throw new BackupError('passphraseMissing');
  if (opts.confirm && [...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new BackupError('passphraseShort', { min: MIN_PASSPHRASE_LENGTH });
  return passphrase;
}
