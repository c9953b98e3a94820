import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { type Config, keyringOf } from '../platform/config.ts';
import { writeKeyFile } from '../platform/key-file.ts';
import { compactSealedTables, type ResealCounts, resealRows } from './at-rest.ts';
import { appendAudit } from './audit.ts';
import { SYSTEM_CLI } from './policy.ts';

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
 * key verifies with it). Then every sealed value is opened and sealed again under the new key, and report
 * items' search terms hashed again, in one transaction: all or nothing. The file is written before the
 * transaction, so a failure leaves every value readable (sealed under a key the file still holds).
 *
 * With keys from the environment nothing can be written for the operator: they set the new key as
 * LANTERN_SECRET_KEY and the old ones in LANTERN_RETIRED_KEYS, restart, and run this to seal everything under it.
 */
export async function rotateKeys(database: Db, config: Config): Promise<Rotation> {
  const before = config.secretKeys;
  const from = config.keyFile ? (before[0]?.id ?? null) : null;
  let ring = before;
  let generated = false;
  if (config.keyFile) {
    const key = randomBytes(32);
    const keys = [key, ...before.map((k) => k.key)];
    writeKeyFile(config.keyFile, keys);
    ring = keyringOf(keys);
    generated = true;
  }
  const to = ring[0]?.id ?? '';
  const counts = await database.db.transaction().execute(async (trx) => {
    const c = await resealRows(trx, ring, 'all');
    await appendAudit(trx, {
      actor: SYSTEM_CLI,
      action: 'keys.rotate',
      outcome: 'success',
      requestId: 'cli',
      detail: { from, to, generated, ...c },
    });
    return c;
  });
  await compactSealedTables(database.db);
  return { from, to, generated, counts };
}
