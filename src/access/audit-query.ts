import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/types.ts';
import { auditVisibleToOutsider } from '../operations/compartment.ts';
import { countBoundFor } from '../platform/listing.ts';
import { appendAudit } from './audit.ts';
import type { AuditListQuery } from './audit-list.ts';
import { overseenBy } from './oversight.ts';
import { type Actor, auditAgencies } from './policy.ts';
import type { auditDetail } from './schema.ts';

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

// An action as the web's catalogue of words keys it: its dots after the first written as underscores.
const catalogued = sql<string>`split_part(audit_log.action, '.', 1) || '.' ||
  replace(substr(audit_log.action, strpos(audit_log.action, '.') + 1), '.', '_')`;

/**
 * Reads a page of the audit log: the entries of the agencies the policy lets the actor audit (their own; those
 * their agency oversees, for an auditor; every agency's for those allowed), filtered, counted and cut in the
 * database, in the order written (newest first unless asked otherwise). The read itself is audited, with the
 * filter used and what was returned, so "who looked at the log" is answered too.
 */
export async function readAudit(
  db: Kysely<Database>,
  actor: Actor,
  query: AuditListQuery,
  requestId?: string,
) {
  const agencies = auditAgencies(actor, await overseenBy(db, actor.agencyId));
  const { resourceType, resourceId, actorId, action, outcome, from, to } = query;
  let q = db.selectFrom('audit_log');
  if (agencies !== 'all') q = q.where('agency_id', 'in', agencies.length ? agencies : [NO_AGENCY]);
  if (resourceType) q = q.where('resource_type', '=', resourceType);
  if (resourceId) q = q.where('resource_id', '=', resourceId);
  if (actorId) q = q.where('actor_id', '=', actorId);
  if (action) q = q.where((eb) => eb.or([eb('action', '=', action), eb(catalogued, '=', action)]));
  if (outcome) q = q.where('outcome', '=', outcome);
  if (from) q = q.where('at', '>=', new Date(from));
  if (to) q = q.where('at', '<', new Date(to));
  q = q.where(auditVisibleToOutsider(actor));

  // Counted to a bound, never to the end: the log grows with every request, and an exact count of a busy
  // agency's log is a scan of all of it on every read (see docs/scaling.md).
  const bound = countBoundFor(query.page, query.size);
  const { n } = await db
    .selectFrom(
      q
        .select(sql`1`.as('one'))
        .limit(bound + 1)
        .as('bounded'),
    )
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const more = Number(n) > bound;
  const total = more ? bound : Number(n);
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / query.size)));
  const rows = await q
    .selectAll()
    .orderBy('seq', query.order)
    .limit(query.size)
    .offset((page - 1) * query.size)
    .execute();
  const filter = Object.fromEntries(
    Object.entries({ resourceType, resourceId, actorId, action, outcome, from, to }).filter(([, v]) => v),
  );
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'audit.read',
      resource: { type: 'audit_log' },
      outcome: 'success',
      requestId,
      detail: { filter, order: query.order, page, size: query.size, returned: rows.length, total, more },
    }),
  );
  const entries = rows.map((r) => ({
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
  return { entries, total, page, size: query.size, ...(more ? { more } : {}) };
}
