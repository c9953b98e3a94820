import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Config } from '../platform/config.ts';
import { writeKeyFile } from '../platform/key-file.ts';
import {
  batchTransactions,
  compactSealedTables,
  type ResealCounts,
  ROTATION_PAGE,
  resealRows,
} from './at-rest.ts';
import { appendAudit } from './audit.ts';
import { keyId } from './crypto.ts';
import { SYSTEM_CLI } from './policy.ts';
import { putKeyFirst } from './sealing.ts';

export interface Rotation {
  /** Id of the key that sealed before; null with keys from the environment (the operator changed them already). */
  from: string | null;
  to: string;
  generated: boolean;
  counts: ResealCounts;
}

/**
 * Rotates the secret key. With a key file (the embedded database), a new key is generated and written first in
 * the file, the older keys kept after it: they still open older material (an audit entry made under a retired
 * key verifies with it). The new key is then put first in `config.secretKeys` itself, so a running server that
 * holds that keyring seals every new value under it at once. Then every sealed value is opened and sealed again
 * under the new key, and report items' search terms hashed again, in batches of ROTATION_PAGE rows that each
 * commit (a page of rows locked for a moment, never a table for the whole pass): a value already under the new key (written since, or
 * by a pass stopped half-way) is left as it is. The file is written first, so a failure leaves every value
 * readable (sealed under a key the file still holds). `via` says who asked, in the audit entry.
 *
 * With keys from the environment nothing can be written for the operator: they make the new key known to every
 * server first (README.md, "Keys"), and this seals everything under it; run again, it takes up where it stopped.
 * `compact: 'full'` rewrites the sealed tables afterwards (nobody else uses the database); 'light' does not lock.
 */
export async function rotateKeys(
  database: Db,
  config: Config,
  opts: { via?: 'cli' | 'server'; compact?: 'full' | 'light' } = {},
): Promise<Rotation> {
  const ring = config.secretKeys;
  const from = config.keyFile ? (ring[0]?.id ?? null) : null;
  let generated = false;
  if (config.keyFile) {
    const key = randomBytes(32);
    writeKeyFile(config.keyFile, [key, ...ring.map((k) => k.key)]);
    putKeyFirst(ring, { id: keyId(key), key });
    generated = true;
  }
  const to = ring[0]?.id ?? '';
  const counts = await resealRows(
    batchTransactions(database.db, { share: database.kind === 'embedded' }),
    ring,
    'all',
    ROTATION_PAGE,
  );
  await database.db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor: SYSTEM_CLI,
      action: 'keys.rotate',
      outcome: 'success',
      requestId: opts.via ?? 'cli',
      detail: { from, to, generated, via: opts.via ?? 'cli', ...counts },
    }),
  );
  await compactSealedTables(database.db, { full: opts.compact !== 'light' });
  return { from, to, generated, counts };
}

/**
 * The rotations a running server takes, one after another (two asked at once would each put a key first and
 * reseal under whichever was first when their page was read).
 */
export function rotationQueue(database: Db, config: Config): () => Promise<Rotation> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(
      () => rotateKeys(database, config, { via: 'server', compact: 'light' }),
      () => rotateKeys(database, config, { via: 'server', compact: 'light' }),
    );
    last = next.catch(() => undefined);
    return next;
  };
}
