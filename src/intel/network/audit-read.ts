import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';

/**
 * Audits one answer of the network: what was asked, the ids of the entities it showed (never labels, numbers or
 * accounts: an auditor sees who looked at whom, a reader of the log learns nothing of them) and counts.
 */
export async function auditNetworkRead(
  db: Kysely<Database>,
  actor: Actor,
  requestId: string,
  what: string,
  shown: { entityIds?: Iterable<string>; identifiers?: number; found?: number },
): Promise<void> {
  const detail: Record<string, unknown> = { what };
  if (shown.entityIds) detail.entityIds = [...new Set(shown.entityIds)];
  if (shown.identifiers !== undefined) detail.identifiers = shown.identifiers;
  if (shown.found !== undefined) detail.found = shown.found;
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.network_read',
      resource: { type: 'agency', id: actor.agencyId ?? 'none' },
      outcome: 'success',
      requestId,
      detail,
    }),
  );
}
