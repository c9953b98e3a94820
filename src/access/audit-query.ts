import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/types.ts';
import { auditVisibleToOutsider } from '../operations/compartment.ts';
import { appendAudit } from './audit.ts';
import { overseenBy } from './oversight.ts';
import { type Actor, auditAgencies } from './policy.ts';
import type { auditDetail } from './schema.ts';

export interface AuditFilter {
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  actorId?: string | undefined;
  action?: string | undefined;
  before?: number | undefined;
  limit: number;
}

/**
 * Reads the audit log newest first: the entries of the agencies the policy lets the actor audit (their own; those
 * their agency oversees, for an auditor; every agency's for those allowed). The
 * read itself is audited, with the filter used, so "who looked at the log" is answered too.
 */
export async function readAudit(db: Kysely<Database>, actor: Actor, filter: AuditFilter, requestId?: string) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(filter.limit);
  const agencies = auditAgencies(actor, await overseenBy(db, actor.agencyId));
  if (agencies !== 'all')
    q = q.where('agency_id', 'in', agencies.length ? agencies : ['00000000-0000-0000-0000-000000000000']);
  if (filter.resourceType) q = q.where('resource_type', '=', filter.resourceType);
  if (filter.resourceId) q = q.where('resource_id', '=', filter.resourceId);
  if (filter.actorId) q = q.where('actor_id', '=', filter.actorId);
  if (filter.action) q = q.where('action', '=', filter.action);
  if (filter.before) q = q.where('seq', '<', String(filter.before));
  q = q.where(auditVisibleToOutsider(actor));
  const rows = await q.execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'audit.read',
      resource: { type: 'audit_log' },
      outcome: 'success',
      requestId,
      detail: { filter: { ...filter }, returned: rows.length },
    }),
  );
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorKind: r.actor_kind,
    agencyId: r.agency_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    outcome: r.outcome,
    requestId: r.request_id,
    ip: r.ip,
    // Written as canonical JSON (audit.ts): it reads back as JSON values.
    detail: r.detail as z.output<typeof auditDetail>,
  }));
}
