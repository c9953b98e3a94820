import { type Kysely, sql } from 'kysely';

// The version of the name keys stored in search_keys (and split into name_tokens/name_vocab). Name keys are
// computed in the application (romanisation, phonetic folding); when that changes, the stored keys are stale
// and the application rebuilds them at start (src/intel/name-rekey.ts) and records the version here. No row
// yet means keys of an unknown version: the first start rebuilds them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE name_key_version (
      id integer PRIMARY KEY CHECK (id = 1),
      version text NOT NULL,
      rekeyed_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS name_key_version`.execute(db);
}
