import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

const HEX_KEY = /^[0-9a-f]{64}$/i;

/**
 * Where the embedded database's keys live unless LANTERN_KEY_FILE says otherwise: in the user's configuration
 * folder, never in the data folder, so whoever copies the data folder does not get the key with it. One file per
 * data folder, named after it.
 */
export function defaultKeyFile(dataDir: string, env: Record<string, string | undefined>): string {
  const configHome = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  const name =
    basename(dataDir)
      .replace(/[^A-Za-z0-9_-]+/g, '_')
      .slice(0, 40) || 'data';
  const tag = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join(configHome, 'lantern', `${name}-${tag}.key`);
}

/** True when `file` lies inside `dir` (or is it). */
export function isInside(file: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}

/** The keys in a key file, newest first: one 64-hex key a line; blank lines and # comments are ignored. */
export function readKeyFile(file: string): Buffer[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length === 0 || !lines.every((l) => HEX_KEY.test(l)))
    throw new Error(`the key file ${file} is damaged (each line must be 64 hexadecimal characters)`);
  return lines.map((l) => Buffer.from(l, 'hex'));
}

/** Writes the keys, newest first, replacing the file at once (readable by its owner only). */
export function writeKeyFile(file: string, keys: Buffer[]): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(
    tmp,
    `# Lantern secret keys, newest first. The first seals; the others open older material.\n${keys
      .map((k) => k.toString('hex'))
      .join('\n')}\n`,
    { mode: 0o600, flag: 'wx' },
  );
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Overwrites a file's bytes in place with zeros, then removes it. */
function scrub(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(fstatSync(fd).size), 0, undefined, 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(file);
}

/**
 * The keys for the embedded database: from the key file, created with a new key on the first start. A key file
 * left in the data folder by an older Lantern is moved out to `file` (told through `warn`, without the key).
 */
export function loadOrCreateKeyFile(
  file: string,
  dataDir: string,
  warn: (message: string) => void,
): Buffer[] {
  const legacy = join(dataDir, 'secret.key');
  if (existsSync(legacy)) {
    const old = readKeyFile(legacy);
    if (existsSync(file)) {
      const current = readKeyFile(file);
      if (!old.every((k) => current.some((c) => c.equals(k))))
        throw new Error(
          `a key file is in the data folder (${legacy}) and another at ${file}, holding different keys: keep the right one and remove the other`,
        );
    } else {
      writeKeyFile(file, old);
    }
    scrub(legacy);
    warn(
      `The secret key was kept inside the data folder; it has been moved to ${file} (readable by this user only). Back it up apart from the data.`,
    );
  }
  if (existsSync(file)) {
    if (statSync(file).mode & 0o077)
      warn(
        `The key file ${file} can be read by other users of this machine: make it readable by its owner only (chmod 600).`,
      );
    return readKeyFile(file);
  }
  const key = randomBytes(32);
  writeKeyFile(file, [key]);
  return [key];
}
