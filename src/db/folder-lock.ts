import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

// PGlite takes no lock on its folder, and a second process opening it corrupts the database. So whoever opens an
// embedded database first takes this lock: a file beside the folder (`pg.lock` for `pg`), made whole and then
// linked into place, which only one process can do. It names the holder (process id, host, the process's start
// time and boot, a random token), so that a lock left by a process that died (killed, power cut) is recognised
// and taken over, even when its process id was given to another process since.

/** What a lock file records of the process that holds it. */
interface Holder {
  pid: number;
  host: string;
  /** When the process started, in the system's clock ticks since boot (Linux); '' when not known. */
  start: string;
  /** The boot the process ran in (Linux); '' when not known. */
  boot: string;
  token: string;
  since: string;
}

/** The embedded database's folder is held by another Lantern: nothing was opened. */
export class DataFolderInUseError extends Error {
  readonly folder: string;
  readonly pid: number;
  readonly host: string;
  readonly lockFile: string;
  constructor(folder: string, holder: { pid: number; host: string }, lockFile: string) {
    super(
      `Lantern is already running on the data folder ${folder} (process ${holder.pid} on ${holder.host}): stop it first, or work through the running Lantern (\`lantern backup\` works while it runs). If no Lantern runs there, remove ${lockFile}.`,
    );
    this.name = 'DataFolderInUseError';
    this.folder = folder;
    this.pid = holder.pid;
    this.host = holder.host;
    this.lockFile = lockFile;
  }
}

/** A lock taken over from a process that is gone: its process id and host (nothing else is said). */
export type StaleLockNotice = (left: { pid: number; host: string }) => void;

let notice: StaleLockNotice = ({ pid }) =>
  process.stderr.write(
    `lantern: took over the data folder's lock left by process ${pid}, which is no longer running.\n`,
  );

/** Where a lock taken over is told (the command line says it in its language). */
export function setStaleLockNotice(fn: StaleLockNotice): void {
  notice = fn;
}

/** The lock file of a database folder. */
export const lockFileOf = (folder: string): string => join(dirname(folder), `${basename(folder)}.lock`);

/** Lock files this process holds, by path, with their tokens: released on close, or as the process exits. */
const held = new Map<string, string>();

process.on('exit', () => {
  for (const [file, token] of held) releaseFile(file, token);
});

function readProc(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The start time of a process, from /proc (field 22 of its stat, after the name in parentheses); '' elsewhere. */
function startOf(pid: number): string {
  const stat = readProc(`/proc/${pid}/stat`);
  const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return after[19] ?? '';
}

const bootId = (): string => readProc('/proc/sys/kernel/random/boot_id').trim();

function me(token: string): Holder {
  return {
    pid: process.pid,
    host: hostname(),
    start: startOf(process.pid),
    boot: bootId(),
    token,
    since: new Date().toISOString(),
  };
}

/** The holder a lock file names; 'none' when there is none, 'unreadable' when it holds no whole record. */
function readHolder(file: string): Holder | 'none' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    // A lock that cannot be read (another user's) is not judged: the error says why.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw e;
  }
  try {
    const h = JSON.parse(text) as Holder;
    if (Number.isInteger(h.pid) && h.pid > 0 && typeof h.token === 'string') return h;
  } catch {
    // Not a whole record: a power cut before it reached the disk.
  }
  return 'unreadable';
}

/** Whether the process a lock names is certainly gone, so that its lock may be taken over. */
function isGone(h: Holder): boolean {
  // Another machine's process cannot be seen from here.
  if (h.host !== hostname()) return false;
  const boot = bootId();
  if (h.boot && boot && h.boot !== boot) return true;
  // This process's id, but not its lock: left by an earlier process given the same id (a container's).
  if (h.pid === process.pid) return ![...held.values()].includes(h.token);
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
  // Its id was given to another process since.
  const start = startOf(h.pid);
  return h.start !== '' && start !== '' && start !== h.start;
}

function releaseFile(file: string, token: string): void {
  held.delete(file);
  try {
    // Removed only while it is still ours.
    const h = readHolder(file);
    if (typeof h === 'object' && h.token === token) unlinkSync(file);
  } catch {
    // Gone already, or no longer readable: nothing of ours to remove.
  }
}

/** Makes the lock file whole beside it, then links it into place: fails with EEXIST when there is one. */
function create(file: string, holder: Holder): void {
  const temp = `${file}.${holder.token}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Takes the lock of the database folder `folder`, or throws DataFolderInUseError naming the process that holds it.
 * A lock whose process is gone is taken over (and told). Returns the release, which is also done at exit.
 */
export function lockFolder(folder: string): () => void {
  const file = lockFileOf(folder);
  if (held.has(file)) throw new DataFolderInUseError(folder, { pid: process.pid, host: hostname() }, file);
  const token = randomBytes(16).toString('hex');
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      create(file, me(token));
      held.set(file, token);
      return () => releaseFile(file, token);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const h = readHolder(file);
    if (h === 'none') continue;
    if (typeof h === 'object' && !isGone(h)) throw new DataFolderInUseError(folder, h, file);
    // Gone (or a record a power cut left unwritten): moved aside under a name of our own, which only one
    // process can do; if what was moved is not what was judged (a new holder came in between), it is put back.
    const aside = `${file}.stale-${token}`;
    try {
      renameSync(file, aside);
    } catch {
      continue;
    }
    const moved = readHolder(aside);
    const same = typeof h === 'object' ? typeof moved === 'object' && moved.token === h.token : moved === h;
    if (!same) {
      try {
        linkSync(aside, file);
      } catch {
        // Someone holds it again: the next attempt reads them.
      }
      unlinkSync(aside);
      continue;
    }
    unlinkSync(aside);
    notice(typeof h === 'object' ? { pid: h.pid, host: h.host } : { pid: 0, host: hostname() });
  }
  const h = readHolder(file);
  throw new DataFolderInUseError(folder, typeof h === 'object' ? h : { pid: 0, host: hostname() }, file);
}
