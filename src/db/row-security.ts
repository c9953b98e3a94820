import { type Kysely, sql, type Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from './types.ts';

// The database's own wall behind the application's checks. The main reads of operations, protection, screening
// and evidence run through `readScoped`: inside a transaction (or a savepoint of the caller's), as the role
// lantern_reader, with the reader's agency and user set for that transaction only. The tables' row-level security
// policies (migration 20261206_1000_row_security) then return only the rows that scope may see (its agency's,
// those shared with it, an operation's only to its current members), even when the query forgets to ask.
//
// lantern_reader may only read, and only those tables and the names it joins to: a scoped read that writes, or
// reads another table, fails loudly. The role the application connects as (the tables' owner) is unaffected, so
// writes, migrations, the command line and background work go on as before. Both engines apply it: PGlite is
// PostgreSQL run by one user, with roles and row-level security.
//
// It guards against a bug in the application's queries, not against SQL injection: whoever can run their own SQL
// on the connection can switch back to the connecting role.

type Q = Kysely<Database> | Transaction<Database>;

export const READER_ROLE = 'lantern_reader';

/** The scope's settings, local to the current transaction (or savepoint). */
const enter = (q: Q, agencyId: string | null, userId: string | null) =>
  sql`SELECT set_config('role', ${READER_ROLE}, true), set_config('lantern.agency_id', ${agencyId ?? ''}, true),
    set_config('lantern.user_id', ${userId ?? ''}, true)`.execute(q);

/**
 * Runs `work` as lantern_reader for the actor's agency and user: whatever `work` queries through the handle it is
 * given sees only the rows of that scope. Inside a caller's transaction it runs in a savepoint, rolled back after
 * (so the caller's role and settings come back; the reader changes nothing to keep). The system actor (the
 * command line, background work) reads as the connecting role: it sees every agency by design.
 */
export async function readScoped<T>(db: Q, actor: Actor, work: (q: Q) => Promise<T>): Promise<T> {
  if (actor.kind === 'system') return work(db);
  if (!db.isTransaction)
    return db.transaction().execute(async (trx) => {
      await enter(trx, actor.agencyId, actor.userId);
      return work(trx);
    });
  await sql`SAVEPOINT lantern_scoped_read`.execute(db);
  try {
    await enter(db, actor.agencyId, actor.userId);
    return await work(db);
  } finally {
    await sql`ROLLBACK TO SAVEPOINT lantern_scoped_read`.execute(db);
    await sql`RELEASE SAVEPOINT lantern_scoped_read`.execute(db);
  }
}
