import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { SecretKey } from '../../access/audit-keys.ts';
import type { Db } from '../connection.ts';
import { auditBackup, writeBackup } from './backup.ts';
import { BackupError, type BackupProblem } from './errors.ts';
import { Pending } from './sealed-stream.ts';

// The embedded database has one connection, held by the running Lantern: no other process may open its folder.
// So a running Lantern listens on a socket in its data folder (readable by its owner only) and makes the backups
// asked of it there, in its own process, on its own connection. `lantern backup` asks there first; `lantern
// restore` refuses when someone answers.
//
// Asked: one JSON line {passphrase, withKeys}. Answered: one JSON line {ok} (or the problem), then the archive in
// frames (length u32, bytes; a frame of length 0 ends it), then one JSON line {auditSeq}.
// Or asked {"op":"rotate"} (`lantern keys rotate`, access/live-rotation.ts): the running Lantern rotates its keys
// and answers one JSON line, {ok, rotation} or {ok: false}. One socket, so a running Lantern is found in one place.

/** The socket of a data folder. */
export const socketPath = (dataDir: string): string => join(dataDir, 'backup.sock');
/** Longer paths than this cannot be a socket's (the system's limit, less a margin). */
const MAX_SOCKET_PATH = 100;
const MAX_REQUEST_BYTES = 64 << 10;

/** Frames what is written to it; its end writes the closing frame. */
class Framer extends Transform {
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(chunk.length);
    done(null, Buffer.concat([length, chunk]));
  }
  override _flush(done: TransformCallback): void {
    done(null, Buffer.alloc(4));
  }
}

/** The chunks a socket receives, leaving it open when the reader stops. */
const chunksOf = (socket: Socket) =>
  socket.iterator({ destroyOnReturn: false }) as AsyncIterableIterator<Buffer>;

/** The next line the socket gives (from what is pending first). */
export async function readLine(socket: Socket, pending: Pending): Promise<string> {
  const line = () => {
    const end = pending.size > 0 ? pending.peek(pending.size).indexOf(10) : -1;
    return end === -1
      ? undefined
      : pending
          .take(end + 1)
          .toString('utf8')
          .trimEnd();
  };
  let found = line();
  if (found !== undefined) return found;
  for await (const chunk of chunksOf(socket)) {
    pending.push(chunk);
    found = line();
    if (found !== undefined) return found;
    if (pending.size > MAX_REQUEST_BYTES) break;
  }
  throw new BackupError('serverFailed');
}

/**
 * Listens for backups asked of this running Lantern; null when the path is too long for a socket or another
 * Lantern already answers there.
 */
export async function listenForBackups(opts: {
  database: Db;
  dataDir: string;
  keys: () => readonly SecretKey[];
  /** Rotates the running server's keys (asked {"op":"rotate"}); the answer carries what it returns. */
  rotate?: (() => Promise<unknown>) | undefined;
}): Promise<{ close(): Promise<void> } | null> {
  const path = socketPath(opts.dataDir);
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return null;
  if ((await probe(path)) === 'answered') return null;
  await rm(path, { force: true });
  const server: Server = createServer((socket) => {
    socket.on('error', () => undefined);
    void serveOne(socket);
  });
  const serveOne = async (socket: Socket) => {
    const pending = new Pending();
    try {
      const ask = JSON.parse(await readLine(socket, pending)) as {
        op?: string;
        passphrase: string;
        withKeys: boolean;
      };
      if (ask.op === 'rotate') {
        if (!opts.rotate) throw new BackupError('serverFailed');
        const rotation = await opts.rotate();
        socket.end(`${JSON.stringify({ ok: true, rotation })}\n`);
        return;
      }
      socket.write(`${JSON.stringify({ ok: true })}\n`);
      const framer = new Framer();
      framer.pipe(socket, { end: false });
      const keys = opts.keys();
      const result = await writeBackup(opts.database, framer, {
        passphrase: String(ask.passphrase),
        keys,
        withKeys: ask.withKeys !== false,
      });
      // Every frame handed to the socket before the closing line.
      await finished(framer);
      const auditSeq = await auditBackup(opts.database.db, result, 'server');
      socket.end(`${JSON.stringify({ auditSeq })}\n`);
    } catch (e) {
      const problem = e instanceof BackupError ? { problem: e.problem, values: e.values } : {};
      socket.end(`${JSON.stringify({ ok: false, ...problem })}\n`);
    }
  };
  server.listen(path);
  await once(server, 'listening');
  await chmod(path, 0o600);
  return {
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(path, { force: true });
    },
  };
}

/** Whether a running Lantern answers on the socket. */
export function probe(path: string): Promise<'answered' | 'none'> {
  return new Promise((resolve) => {
    if (Buffer.byteLength(path) > MAX_SOCKET_PATH) return resolve('none');
    const socket = connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolve('answered');
    });
    socket.once('error', () => resolve('none'));
  });
}

/**
 * Asks the Lantern running on `dataDir` for a backup, written to `file` (created, never replaced); 'none' when no
 * Lantern answers there.
 */
export async function backupThroughServer(
  dataDir: string,
  file: string,
  ask: { passphrase: string; withKeys: boolean },
): Promise<'none' | { auditSeq: string }> {
  const path = socketPath(dataDir);
  if ((await probe(path)) === 'none') return 'none';
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  await new Promise<void>((resolve, reject) => {
    out.once('open', () => resolve());
    out.once('error', () => reject(new BackupError('outputExists', { file })));
  });
  const socket = connect(path);
  const pending = new Pending();
  try {
    await once(socket, 'connect');
    socket.write(`${JSON.stringify(ask)}\n`);
    const answer = JSON.parse(await readLine(socket, pending)) as {
      ok: boolean;
      problem?: BackupProblem;
      values?: Record<string, string | number>;
    };
    if (!answer.ok) throw new BackupError(answer.problem ?? 'serverFailed', answer.values ?? {});
    let ended = false;
    const take = async () => {
      while (!ended && pending.size >= 4) {
        const length = pending.peek(4).readUInt32BE(0);
        if (length === 0) {
          pending.take(4);
          ended = true;
          break;
        }
        if (pending.size < 4 + length) break;
        if (!out.write(pending.take(4 + length).subarray(4))) await once(out, 'drain');
      }
    };
    await take();
    for await (const chunk of chunksOf(socket)) {
      pending.push(chunk);
      await take();
      if (ended) break;
    }
    out.end();
    await once(out, 'finish');
    if (!ended) throw new BackupError('serverFailed');
    const trailer = JSON.parse(await readLine(socket, pending)) as { auditSeq?: string; ok?: boolean };
    if (!trailer.auditSeq) throw new BackupError('serverFailed');
    return { auditSeq: trailer.auditSeq };
  } catch (e) {
    out.destroy();
    await rm(file, { force: true });
    throw e;
  } finally {
    socket.destroy();
  }
}
