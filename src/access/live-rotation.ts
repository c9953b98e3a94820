import { once } from 'node:events';
import { connect } from 'node:net';
import { probe, readLine, socketPath } from '../db/backup/live-backup.ts';
import { Pending } from '../db/backup/sealed-stream.ts';
import type { Rotation } from './key-rotation.ts';

/** The running Lantern could not rotate its keys (its log says why); nothing was lost: every key is kept. */
export class LiveRotationError extends Error {
  constructor() {
    super('the running Lantern could not rotate its keys');
    this.name = 'LiveRotationError';
  }
}

/** A short code of what went wrong (a database's SQLSTATE, a Node or Lantern error code, or the error's kind). */
export function errorCode(e: unknown): string {
  const { code, name } = (e ?? {}) as { code?: unknown; name?: unknown };
  for (const c of [code, name]) if (typeof c === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(c)) return c;
  return 'unknown';
}

interface RotationLog {
  info(o: object, msg: string): void;
  error(o: object, msg: string): void;
}

/**
 * A running server's rotation, logged: what it did (key ids and counts), or the code of the error that stopped it,
 * never the error's message, which may carry a value of a row it was sealing again.
 */
export const loggedRotation =
  (rotate: () => Promise<Rotation>, log: RotationLog) => async (): Promise<Rotation> => {
    try {
      const r = await rotate();
      log.info({ from: r.from, to: r.to, counts: r.counts }, 'keys rotated');
      return r;
    } catch (e) {
      log.error({ code: errorCode(e) }, 'key rotation failed');
      throw e;
    }
  };

/**
 * Asks the Lantern running on `dataDir` (the embedded database is its alone) to rotate its keys, on the socket
 * of live-backup.ts; 'none' when no Lantern answers there.
 */
export async function rotateThroughServer(dataDir: string): Promise<'none' | Rotation> {
  const path = socketPath(dataDir);
  if ((await probe(path)) === 'none') return 'none';
  const socket = connect(path);
  try {
    await once(socket, 'connect');
    socket.write(`${JSON.stringify({ op: 'rotate' })}\n`);
    const answer = JSON.parse(await readLine(socket, new Pending())) as { ok: boolean; rotation?: Rotation };
    if (!answer.ok || !answer.rotation) throw new LiveRotationError();
    return answer.rotation;
  } catch (e) {
    throw e instanceof LiveRotationError ? e : new LiveRotationError();
  } finally {
    socket.destroy();
  }
}
