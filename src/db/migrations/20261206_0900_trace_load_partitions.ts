import { type Kysely, sql } from 'kysely';

// Call records and transfers become tables partitioned by load (`part`): the rows of small imports and of the
// world's loader go to partition 0 (`<table>_main`, the table as it was, with its indexes); a large import loads
// into a table of its own with no index, builds the indexes over it once, and attaches it as a partition of its
// own in the same transaction (src/intel/imports/staged-load.ts). Building an index once over loaded rows is
// several times faster than keeping it up row by row during COPY.

/** The traced tables, with their lookup indexes (on the parent, so every partition has them). */
export const LOAD_PARTITIONED = {
  call_records: {
    lookups: {
      caller: ['agency_id', 'caller', 'started_at'],
      callee: ['agency_id', 'callee', 'started_at'],
    },
  },
  transfers: {
    lookups: {
      from: ['agency_id', 'from_account', 'occurred_at'],
      to: ['agency_id', 'to_account', 'occurred_at'],
    },
  },
} as const;

const OLD_INDEX: Record<string, string> = {
  'call_records.caller': 'call_records_caller_idx',
  'call_records.callee': 'call_records_callee_idx',
  'transfers.from': 'transfers_from_idx',
  'transfers.to': 'transfers_to_idx',
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE SEQUENCE load_partition_seq`.execute(db);
  for (const [table, { lookups }] of Object.entries(LOAD_PARTITIONED)) {
    const main = `${table}_main`;
    await sql`ALTER TABLE ${sql.table(table)} RENAME TO ${sql.table(main)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(main)} ADD COLUMN part integer NOT NULL DEFAULT 0`.execute(db);
    // The parent takes the table's defaults and checks before the main partition gets its own `part = 0`.
    await sql`CREATE TABLE ${sql.table(table)} (LIKE ${sql.table(main)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) PARTITION BY LIST (part)`.execute(
      db,
    );
    await sql`ALTER TABLE ${sql.table(main)} ADD CONSTRAINT ${sql.raw(`${main}_part`)} CHECK (part = 0)`.execute(
      db,
    );
    await sql`ALTER TABLE ${sql.table(table)} ATTACH PARTITION ${sql.table(main)} FOR VALUES IN (0)`.execute(
      db,
    );
    // The lookup indexes move up to the parent: the main partition's own become its part of them.
    for (const [name, columns] of Object.entries(lookups)) {
      const parentIndex = `${table}_${name}`;
      await sql`CREATE INDEX ${sql.raw(parentIndex)} ON ONLY ${sql.table(table)} (${sql.raw(columns.join(', '))})`.execute(
        db,
      );
      await sql`ALTER INDEX ${sql.raw(parentIndex)} ATTACH PARTITION ${sql.raw(OLD_INDEX[`${table}.${name}`] as string)}`.execute(
        db,
      );
    }
    // The import_id index stays the main partition's own: a large import's partition holds one import only.
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of Object.keys(LOAD_PARTITIONED)) {
    const main = `${table}_main`;
    const loads = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = ${table}::regclass AND c.relname <> ${main}`.execute(db);
    await sql`ALTER TABLE ${sql.table(table)} DETACH PARTITION ${sql.table(main)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(main)} DROP CONSTRAINT ${sql.raw(`${main}_part`)}`.execute(db);
    // Rows of large imports go back into the one table.
    for (const { name } of loads.rows) {
      await sql`ALTER TABLE ${sql.table(table)} DETACH PARTITION ${sql.table(name)}`.execute(db);
      await sql`INSERT INTO ${sql.table(main)} SELECT * FROM ${sql.table(name)}`.execute(db);
      await sql`DROP TABLE ${sql.table(name)}`.execute(db);
    }
    await sql`DROP TABLE ${sql.table(table)}`.execute(db);
    await sql`ALTER TABLE ${sql.table(main)} DROP COLUMN part`.execute(db);
    await sql`ALTER TABLE ${sql.table(main)} RENAME TO ${sql.table(table)}`.execute(db);
  }
  await sql`DROP SEQUENCE load_partition_seq`.execute(db);
}
