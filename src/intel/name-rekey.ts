import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';
import { nameKey } from './name-key.ts';

/** Raised by hand when the meaning of a name key changes in a way the probes below might not show. */
const NAME_KEY_REVISION = 3;

// Names in each script the keys handle: when any romaniser or folding rule changes what they give, the version
// changes with it, so a change nobody remembered to announce still rebuilds the stored keys.
const PROBES = [
  'สมชาย ใจดี',
  'นางสาว มาลี สุขใจ',
  'ສົມພອນ ພົມມະວົງ',
  'សុខ ចាន់ធា',
  'အောင်ကျော်မိုး',
  'ဦးထွန်းထွန်း',
  '张伟',
  '歐陽娜娜',
  'Nguyễn Văn Quốc',
  'Kyaw Zaw Phromma',
  'Somchay Prommah',
  'Mr U Thant',
  'စောမောင်',
  'Ko Ko Gyi',
  'လျွမတ္ရတနာ',
  'ស្រីពេជ្រ នរោត្តម',
];

/** The version of the name keys this code computes. */
export function nameKeyVersion(): string {
  const probe = createHash('sha256').update(PROBES.map(nameKey).join('\n')).digest('hex').slice(0, 16);
  return `${NAME_KEY_REVISION}:${probe}`;
}

const BATCH = 2_000;

/**
 * Rebuilds the stored name keys when they were computed by another version of nameKey: every search key of
 * kind 'name' is keyed again from the name as written, and the parts index (name_tokens, name_vocab) is built
 * again from the new keys. Runs in one transaction, holding the version row, so two starts never both rebuild.
 * Returns how many keys changed, or null when the stored keys are current.
 */
export async function rekeyNames(db: Kysely<Database>): Promise<{ changed: number; names: number } | null> {
  const version = nameKeyVersion();
  return db.transaction().execute(async (trx) => {
    await sql`INSERT INTO name_key_version (id, version) VALUES (1, '') ON CONFLICT (id) DO NOTHING`.execute(
      trx,
    );
    const stored = await sql<{ version: string }>`
      SELECT version FROM name_key_version WHERE id = 1 FOR UPDATE`.execute(trx);
    if (stored.rows[0]?.version === version) return null;
    const values = (
      await sql<{ value: string }>`SELECT DISTINCT value FROM search_keys WHERE kind = 'name'`.execute(trx)
    ).rows.map((r) => r.value);
    await sql`CREATE TEMP TABLE name_rekey (value text PRIMARY KEY, key text NOT NULL) ON COMMIT DROP`.execute(
      trx,
    );
    for (let i = 0; i < values.length; i += BATCH) {
      const batch = values.slice(i, i + BATCH);
      await sql`
        INSERT INTO name_rekey (value, key)
        SELECT * FROM unnest(${batch}::text[], ${batch.map(nameKey)}::text[])`.execute(trx);
    }
    // A name that no longer gives any key (nothing but punctuation) is not findable by name: its key goes.
    await sql`
      DELETE FROM search_keys s USING name_rekey r
      WHERE s.kind = 'name' AND s.value = r.value AND r.key = ''`.execute(trx);
    const updated = await sql`
      UPDATE search_keys s SET key = r.key FROM name_rekey r
      WHERE s.kind = 'name' AND s.value = r.value AND s.key IS DISTINCT FROM r.key`.execute(trx);
    // The parts index follows the keys (the trigger that keeps it fires on insert only).
    await sql`DELETE FROM name_tokens`.execute(trx);
    await sql`DELETE FROM name_vocab`.execute(trx);
    await sql`
      INSERT INTO name_tokens
        SELECT DISTINCT k.agency_id, t.token, k.entity_id, k.key
        FROM search_keys k, regexp_split_to_table(k.key, ' ') AS t(token)
        WHERE k.kind = 'name' AND t.token <> ''`.execute(trx);
    await sql`INSERT INTO name_vocab (token, n) SELECT token, count(*) FROM name_tokens GROUP BY token`.execute(
      trx,
    );
    await sql`UPDATE name_key_version SET version = ${version}, rekeyed_at = now() WHERE id = 1`.execute(trx);
    return { changed: Number(updated.numAffectedRows ?? 0), names: values.length };
  });
}
