import { randomUUID } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, SYSTEM_CLI } from '../access/policy.ts';
import { insertAgency, insertUser } from '../access/users-store.ts';
import type { Db } from './connection.ts';
import { READER_ROLE, readScoped } from './row-security.ts';
import { actor, GUARDED, insertCase, insertExhibit, insertScreening } from './row-security-fixture.ts';
import { createTestDatabase } from './testing.ts';
import type { Database } from './types.ts';

// The database's own wall (row-security.ts and its migration): queries that forget to filter, run through the
// scoped reader, still get only the scope's rows. Runs on both engines (PGlite has roles and row-level security).

type Q = Kysely<Database> | Transaction<Database>;

let database: Db;
let db: Kysely<Database>;
const agency = { a: '', b: '' };
const user = { a1: '', a2: '', b1: '', b2: '' };
const rows = {
  screeningA: '',
  screeningB: '',
  caseA: '',
  caseB: '',
  op: '',
  exhibitOfOp: '',
  exhibitA: '',
  exhibitB: '',
  exhibitShared: '',
};

const as = {
  a1: () => actor(agency.a, user.a1),
  a2: () => actor(agency.a, user.a2),
  b1: () => actor(agency.b, user.b1),
  b2: () => actor(agency.b, user.b2),
};

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  agency.a = await insertAgency(db, 'Agency A', 'police');
  agency.b = await insertAgency(db, 'Agency B', 'ngo');
  for (const [name, a] of [
    ['a1', agency.a],
    ['a2', agency.a],
    ['b1', agency.b],
    ['b2', agency.b],
  ] as const)
    user[name] = await insertUser(db, {
      agencyId: a,
      username: name,
      displayName: name,
      roles: ['investigator'],
    });
  rows.screeningA = await insertScreening(db, agency.a, user.a1);
  rows.screeningB = await insertScreening(db, agency.b, user.b1);
  rows.caseA = await insertCase(db, agency.a, rows.screeningA, user.a1);
  rows.caseB = await insertCase(db, agency.b, rows.screeningB, user.b1);
  // A running operation of agency A: a1 commands it, b1 (a partner agency's officer) is in its team, a2 is not.
  const op = await db
    .insertInto('operations')
    .values({
      agency_id: agency.a,
      code_name: 'HERON',
      status: 'executing',
      target_label: 'site',
      place: 'Warehouse 7',
      plan: JSON.stringify({}),
      created_by: user.a1,
      updated_by: user.a1,
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  rows.op = op.id;
  for (const [u, role] of [
    [user.a1, 'command'],
    [user.b1, 'arrest'],
  ])
    await db
      .insertInto('operation_members')
      .values({ operation_id: rows.op, user_id: u, role, added_by: user.a1 } as never)
      .execute();
  const entryId = randomUUID();
  await db
    .insertInto('operation_log')
    .values({
      id: entryId,
      operation_id: rows.op,
      kind: 'note',
      occurred_at: new Date(),
      recorded_by: user.a1,
      entry: JSON.stringify({ text: 'in position' }),
      exhibit_id: null,
    })
    .execute();
  await db
    .insertInto('operation_log_corrections')
    .values({
      id: randomUUID(),
      entry_id: entryId,
      operation_id: rows.op,
      revision: 1,
      text: 'in position at the back gate',
      occurred_at: new Date(),
      recorded_by: user.a1,
    })
    .execute();
  rows.exhibitOfOp = await insertExhibit(db, agency.a, rows.op, user.a1);
  rows.exhibitA = await insertExhibit(db, agency.a, null, user.a1);
  rows.exhibitB = await insertExhibit(db, agency.b, null, user.b1);
  rows.exhibitShared = await insertExhibit(db, agency.b, null, user.b1);
  await db
    .insertInto('shares')
    .values({
      resource_type: 'exhibit',
      resource_id: rows.exhibitShared,
      agency_id: agency.a,
      shared_by: user.b1,
    })
    .execute();
});
afterAll(() => database.close());

// "Buggy" reads: no WHERE clause at all.
const ids = async (q: Q, table: 'screenings' | 'protection_cases' | 'operations' | 'exhibits') =>
  (await q.selectFrom(table).select('id').execute()).map((r) => r.id).sort();
const sorted = (...xs: string[]) => [...xs].sort();

describe('row-level security through the scoped reader', () => {
  it('a query that forgets its agency filter gets only the reader agency rows', async () => {
    expect(await readScoped(db, as.a1(), (q) => ids(q, 'screenings'))).toEqual([rows.screeningA]);
    expect(await readScoped(db, as.b2(), (q) => ids(q, 'screenings'))).toEqual([rows.screeningB]);
    expect(await readScoped(db, as.a2(), (q) => ids(q, 'protection_cases'))).toEqual([rows.caseA]);
    expect(await readScoped(db, as.b1(), (q) => ids(q, 'protection_cases'))).toEqual([rows.caseB]);
    // Asking for the other agency's row by its id finds nothing either.
    const other = await readScoped(db, as.a1(), (q) =>
      q.selectFrom('screenings').select('id').where('id', '=', rows.screeningB).execute(),
    );
    expect(other).toEqual([]);
    // The connecting role (writes, migrations, the command line) still sees everything.
    expect(await ids(db, 'screenings')).toEqual(sorted(rows.screeningA, rows.screeningB));
  });

  it('an operation, its team and its log only to its current members, whatever their agency', async () => {
    const seen = (a: Actor) =>
      readScoped(db, a, async (q) => ({
        ops: await ids(q, 'operations'),
        members: (await q.selectFrom('operation_members').select('id').execute()).length,
        log: (await q.selectFrom('operation_log').select('id').execute()).length,
        corrections: (await q.selectFrom('operation_log_corrections').select('id').execute()).length,
      }));
    const none = { ops: [], members: 0, log: 0, corrections: 0 };
    expect(await seen(as.a1())).toEqual({ ops: [rows.op], members: 2, log: 1, corrections: 1 });
    expect(await seen(as.b1())).toEqual({ ops: [rows.op], members: 2, log: 1, corrections: 1 });
    // Same agency, even an administrator, but not in the compartment: nothing.
    expect(await seen(actor(agency.a, user.a2, ['admin']))).toEqual(none);
    expect(await seen(as.b2())).toEqual(none);
    // Removed from the team: nothing from that moment.
    await db
      .updateTable('operation_members')
      .set({ removed_at: new Date(), removed_by: user.a1 })
      .where('user_id', '=', user.b1)
      .execute();
    expect(await seen(as.b1())).toEqual(none);
  });

  it('exhibits: the agency and those shared with it, a running operation only to its members', async () => {
    expect(await readScoped(db, as.a1(), (q) => ids(q, 'exhibits'))).toEqual(
      sorted(rows.exhibitOfOp, rows.exhibitA, rows.exhibitShared),
    );
    expect(await readScoped(db, as.a2(), (q) => ids(q, 'exhibits'))).toEqual(
      sorted(rows.exhibitA, rows.exhibitShared),
    );
    expect(await readScoped(db, as.b2(), (q) => ids(q, 'exhibits'))).toEqual(
      sorted(rows.exhibitB, rows.exhibitShared),
    );
    await db.updateTable('operations').set({ status: 'concluded' }).where('id', '=', rows.op).execute();
    try {
      expect(await readScoped(db, as.a2(), (q) => ids(q, 'exhibits'))).toEqual(
        sorted(rows.exhibitOfOp, rows.exhibitA, rows.exhibitShared),
      );
    } finally {
      await db.updateTable('operations').set({ status: 'executing' }).where('id', '=', rows.op).execute();
    }
  });

  it('rows that cross agencies as the application lets them: a consented case, a referral to a provider', async () => {
    // Agency A's person agrees to share an item of their case with agency B; A refers them to B's shelter.
    const consent = await db
      .insertInto('protection_consents')
      .values({
        agency_id: agency.a,
        case_id: rows.caseA,
        item: 'needs',
        recipient_agency_id: agency.b,
        language: 'en',
        given_by: user.a1,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    const provider = await db
      .insertInto('service_providers')
      .values({ agency_id: agency.b, name: 'Shelter of B', kind: 'shelter' } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('referrals')
      .values({
        screening_id: rows.screeningA,
        provider_id: provider.id,
        consent_given: true,
        consent_recorded_at: new Date(),
        shared_items: [],
        status: 'sent',
        created_by: user.a1,
        updated_at: new Date(),
      } as never)
      .execute();
    const referrals = (a: Actor) =>
      readScoped(db, a, async (q) => (await q.selectFrom('referrals').select('id').execute()).length);
    expect(await readScoped(db, as.b2(), (q) => ids(q, 'protection_cases'))).toEqual(
      sorted(rows.caseA, rows.caseB),
    );
    expect(await referrals(as.b2())).toBe(1);
    expect(await referrals(as.a2())).toBe(1);
    // The referral does not open the screening itself to the provider's agency.
    expect(await readScoped(db, as.b2(), (q) => ids(q, 'screenings'))).toEqual([rows.screeningB]);
    // Consent withdrawn: the case is A's alone again.
    await db
      .updateTable('protection_consents')
      .set({ withdrawn_at: new Date(), withdrawn_by: user.a1 })
      .where('id', '=', consent.id)
      .execute();
    expect(await readScoped(db, as.b2(), (q) => ids(q, 'protection_cases'))).toEqual([rows.caseB]);
  });

  it('with no scope set, the reader sees no row of any guarded table', async () => {
    const counts = await db.transaction().execute(async (trx) => {
      await sql`SELECT set_config('role', ${READER_ROLE}, true)`.execute(trx);
      const out: Record<string, number> = {};
      for (const t of GUARDED)
        out[t] = Number(
          (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(trx)).rows[0]?.n,
        );
      return out;
    });
    expect(counts).toEqual(Object.fromEntries(GUARDED.map((t) => [t, 0])));
    // A user without an agency gets none of the agency-keyed rows either.
    expect(await readScoped(db, actor(null, user.a1), (q) => ids(q, 'screenings'))).toEqual([]);
  });

  it('every guarded table has row-level security on, with a policy for the reader only', async () => {
    const found = await sql<{ table: string; rls: boolean; policies: string }>`
      SELECT c.relname AS table, c.relrowsecurity AS rls,
        (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
      FROM pg_class c WHERE c.relkind = 'r' AND c.relrowsecurity
        AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
      ORDER BY c.relname`.execute(db);
    expect(found.rows.map((r) => r.table)).toEqual([...GUARDED].sort());
    expect(found.rows.every((r) => Number(r.policies) === 1)).toBe(true);
    const reader = await sql<{ super: boolean; bypass: boolean; login: boolean }>`
      SELECT rolsuper AS super, rolbypassrls AS bypass, rolcanlogin AS login FROM pg_roles
      WHERE rolname = ${READER_ROLE}`.execute(db);
    expect(reader.rows).toEqual([{ super: false, bypass: false, login: false }]);
  });

  it('the reader may not write, and inside a transaction the caller gets its own role back', async () => {
    await expect(
      readScoped(db, as.a1(), (q) =>
        q.updateTable('screenings').set({ pseudonym: 'x' }).where('id', '=', rows.screeningA).execute(),
      ),
    ).rejects.toThrow(/permission denied/);
    const roles = await db.transaction().execute(async (trx) => {
      const before = await sql<{ u: string }>`SELECT current_user AS u`.execute(trx);
      const inside = await readScoped(trx, as.a1(), async (q) => {
        const r = await sql<{ u: string }>`SELECT current_user AS u`.execute(q);
        return r.rows[0]?.u;
      });
      await readScoped(trx, as.a1(), (q) => sql`SELECT * FROM no_such_table`.execute(q)).catch(
        () => undefined,
      );
      const after = await sql<{ u: string; agency: string | null }>`
        SELECT current_user AS u, current_setting('lantern.agency_id', true) AS agency`.execute(trx);
      // The caller's transaction goes on: its own writes still work.
      await trx
        .updateTable('screenings')
        .set({ pseudonym: 'p2' })
        .where('id', '=', rows.screeningA)
        .execute();
      return {
        before: before.rows[0]?.u,
        inside,
        after: after.rows[0]?.u,
        agency: after.rows[0]?.agency ?? '',
      };
    });
    expect(roles.inside).toBe(READER_ROLE);
    expect(roles.after).toBe(roles.before);
    expect(roles.agency).toBe('');
  });

  it('the system actor (command line, background work) reads every agency, as the connecting role', async () => {
    expect(await readScoped(db, SYSTEM_CLI, (q) => ids(q, 'screenings'))).toEqual(
      sorted(rows.screeningA, rows.screeningB),
    );
  });
});
