import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { activeRole } from '../operations/compartment.ts';
import { planOf } from '../operations/operation-view.ts';
import { AppError } from '../platform/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Listed from planning on, not from the start: a list that gained the operation when it started would tell a
 * receiving service (and anyone it leaks to) when the raid begins. For the same reason no status is shown.
 */
const LISTED = ['planning', 'approved', 'executing', 'concluded'];

/** A reference as stored: an operation's id in its canonical lower case, any outside reference as typed. */
export const sourceRefOf = (ref: string) => (UUID.test(ref) ? ref.toLowerCase() : ref);

/** The operation a reference names, when it is an operation's id (kept apart from the sealed reference). */
export const operationIdOf = (ref: string | null) => (ref && UUID.test(ref) ? ref.toLowerCase() : null);

/**
 * The operations whose people the actor may screen: those they are a member of, and those their agency receives
 * people from, from the time they are planned. Each with how many people its log says were removed and how many have been screened so far:
 * counts and the code name only, never the target.
 */
export async function screenableOperations(db: Kysely<Database>, actor: Actor) {
  const ops = await db.selectFrom('operations').selectAll().where('status', 'in', LISTED).execute();
  const out = [];
  for (const op of ops) {
    const receives = actor.agencyId !== null && planOf(op).receivingAgencies.includes(actor.agencyId);
    if (!receives && !(await activeRole(db, op.id, actor.userId))) continue;
    const removals = await db
      .selectFrom('operation_log')
      .select('entry')
      .where('operation_id', '=', op.id)
      .where('kind', '=', 'removal')
      .execute();
    const screened = await db
      .selectFrom('screenings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('source_operation_id', '=', op.id)
      .executeTakeFirstOrThrow();
    out.push({
      id: op.id,
      codeName: op.code_name,
      removed: removals.reduce((a, r) => a + Number((r.entry as { count?: number }).count ?? 0), 0),
      screened: Number(screened.n),
    });
  }
  return out;
}

/**
 * A screening that names a Lantern operation as its source must name one the screener may screen people from;
 * a reference that is not an operation id is kept as an outside reference (an operation run without Lantern).
 */
export async function checkOperationSource(db: Kysely<Database>, actor: Actor, source: string, ref?: string) {
  if (source !== 'operation' || !ref || !UUID.test(ref)) return;
  const ok = (await screenableOperations(db, actor)).some((o) => o.id === ref.toLowerCase());
  if (!ok)
    throw new AppError(
      'validation_failed',
      'sourceRef: no operation that you receive people from has this id',
    );
}
