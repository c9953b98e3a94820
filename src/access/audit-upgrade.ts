import type { Kysely } from 'kysely';
import { migrateToLatest } from '../db/migrate.ts';
import type { Database } from '../db/types.ts';
import { appendOntoLegacy, CHAIN_SEALED } from './audit.ts';
import { registerAuditKeys, type SecretKey, secretKeysOf } from './audit-keys.ts';
import { SYSTEM_CLI } from './policy.ts';
import { sealExistingRecords } from './record-seals.ts';

/** The migration that keyed the audit chain: the unkeyed entries before it are sealed when it is applied. */
export const KEYED_AUDIT_MIGRATION = '20261202_1200_audit_keys';

type KeyConfig = { secretKey: Buffer; secretKeys?: readonly SecretKey[] | undefined };

/** Gives the connection the configuration's keys, for the audit chain and the record seals. */
export function keyAuditChain(db: Kysely<Database>, config: KeyConfig): void {
  registerAuditKeys(db, () => secretKeysOf(config));
}

/**
 * Appends the keyed "chain sealed" entry onto the unkeyed entries written before the upgrade, and seals the
 * fate-deciding records stored so far. Does nothing when the chain is empty or already ends on a keyed entry.
 * Run when the keying migration is applied (and by `lantern audit seal-legacy` if that start failed): a keyed
 * entry vouches for every entry before it, so this must not run on a chain rewritten without the key.
 */
export async function sealLegacyChain(db: Kysely<Database>): Promise<{ legacyEntries: string } | null> {
  return db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (head.seq === '0') return null;
    const last = await trx
      .selectFrom('audit_log')
      .select('key_id')
      .where('seq', '=', head.seq)
      .executeTakeFirst();
    if (last?.key_id) return null;
    await appendOntoLegacy(trx, {
      actor: SYSTEM_CLI,
      action: CHAIN_SEALED,
      resource: { type: 'audit_log' },
      outcome: 'success',
      detail: { legacyEntries: head.seq, legacyHead: head.hash },
    });
    await sealExistingRecords(trx);
    return { legacyEntries: head.seq };
  });
}

/** Brings the schema up to date with the keys registered; seals the old chain if this run keyed it. */
export async function migrateWithAuditKeys(
  db: Kysely<Database>,
  config: KeyConfig,
): Promise<{ applied: string[]; sealed: { legacyEntries: string } | null }> {
  keyAuditChain(db, config);
  const { applied } = await migrateToLatest(db);
  const sealed = applied.includes(KEYED_AUDIT_MIGRATION) ? await sealLegacyChain(db) : null;
  return { applied, sealed };
}
