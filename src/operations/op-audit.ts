import type { Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';

/**
 * Audits an action on an operation. The detail holds identifiers and counts only: never the target, the place or
 * the time, so the audit view cannot leak the compartment.
 */
export const auditOperation = (
  trx: Transaction<Database>,
  actor: Actor,
  action: string,
  operationId: string,
  requestId: string,
  detail?: Record<string, unknown>,
) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'operation', id: operationId },
    outcome: 'success',
    requestId,
    detail,
  });
