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
