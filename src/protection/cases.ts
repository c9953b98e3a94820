import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { SealedTable } from '../access/sealed-columns.ts';
import { type Keyring, seal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';

/** The case's pseudonym is sealed, bound to the case. */
export const caseContext = (id: string) => `protection_case:${id}:pseudonym`;

/** The case's sealed column (sealed-columns.ts): in clear in cases opened before encryption at rest. */
export const CASE_COLUMNS: readonly SealedTable[] = [
  {
    table: 'protection_cases',
    keys: ['id'],
    pending: true,
    count: 'protectionCases',
    columns: [
      { name: 'pseudonym', context: (r) => caseContext(String(r.id)), clearBefore: true, sealEmpty: true },
    ],
  },
];

/**
 * Opens the protection case of a presumed victim, in the transaction that completes their screening. The case
 * carries the pseudonym only (sealed): the person's identity stays with the screening, encrypted.
 */
export async function openCaseFromScreening(
  trx: Transaction<Database>,
  actor: Actor,
  s: { id: string; agencyId: string; pseudonym: string; exploitation: string | null; child: boolean },
  requestId: string,
  ring: Keyring,
) {
  const id = randomUUID();
  const row = await trx
    .insertInto('protection_cases')
    .values({
      id,
      agency_id: s.agencyId,
      screening_id: s.id,
      pseudonym: seal(ring, s.pseudonym, caseContext(id)),
      exploitation: s.exploitation,
      child: s.child,
      status: 'open',
      opened_by: actor.userId ?? '',
    })
    .onConflict((oc) => oc.column('screening_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row)
    await appendAudit(trx, {
      actor,
      action: 'protection.case_open',
      resource: { type: 'protection_case', id: row.id },
      outcome: 'success',
      requestId,
      detail: { screening: s.id },
    });
  return row?.id ?? null;
}

export async function caseOfScreening(db: Kysely<Database>, screeningId: string) {
  const c = await db
    .selectFrom('protection_cases')
    .select(['id', 'status', 'opened_at'])
    .where('screening_id', '=', screeningId)
    .executeTakeFirst();
  return c ? { id: c.id, status: c.status, openedAt: c.opened_at } : null;
}
