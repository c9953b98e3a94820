import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { commandOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import { planOf } from './operation-view.ts';

type Q = Kysely<Database>;

/**
 * Who saw what, and when, before the operation: every audited read or change of the operation, of its decision, of
 * its target's entity and of the suspects' entities, each marked with whether the person was a member of the
 * compartment at that moment. Views of the target by non-members before the start are what an anti-corruption
 * inquiry looks at first.
 */
export async function leakReview(db: Q, actor: Actor, id: string, requestId: string) {
  const { op } = await commandOperation(db, actor, id);
  const plan = planOf(op);
  const watched: { type: string; id: string; what: string }[] = [
    { type: 'operation', id: op.id, what: 'the operation' },
  ];
  if (op.decision_id)
    watched.push({ type: 'intervention_decision', id: op.decision_id, what: 'the decision' });
  if (op.target_entity_id) watched.push({ type: 'entity', id: op.target_entity_id, what: 'the target' });
  plan.arrestTargets.forEach((t, i) => {
    if (t.entityId) watched.push({ type: 'entity', id: t.entityId, what: `suspect ${i + 1}` });
  });
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .leftJoin('agencies', 'agencies.id', 'audit_log.agency_id')
    .select([
      'audit_log.seq',
      'audit_log.at',
      'audit_log.actor_id',
      'audit_log.action',
      'audit_log.resource_type',
      'audit_log.resource_id',
      'audit_log.outcome',
      'users.display_name',
      'agencies.name as agency',
    ])
    .where((eb) =>
      eb.or(watched.map((w) => eb.and([eb('resource_type', '=', w.type), eb('resource_id', '=', w.id)]))),
    )
    .orderBy('audit_log.seq')
    .limit(5000)
    .execute();
  const memberships = await db
    .selectFrom('operation_members')
    .select(['user_id', 'added_at', 'removed_at'])
    .where('operation_id', '=', id)
    .execute();
  const memberAt = (userId: string | null, at: Date) =>
    userId !== null &&
    memberships.some(
      (m) =>
        m.user_id === userId &&
        new Date(m.added_at) <= at &&
        (m.removed_at === null || new Date(m.removed_at) >= at),
    );
  const start = op.started_at ?? op.starts_at;
  const events = rows.map((r) => {
    const at = new Date(r.at);
    const w = watched.find((x) => x.type === r.resource_type && x.id === r.resource_id);
    return {
      seq: r.seq,
      at: r.at,
      who: r.display_name ?? '(system)',
      agency: r.agency,
      action: r.action,
      outcome: r.outcome,
      about: w?.what ?? '',
      beforeStart: start === null || at < new Date(start),
      memberAtTheTime: memberAt(r.actor_id, at),
    };
  });
  const flagged = events.filter((e) => e.beforeStart && !e.memberAtTheTime && e.who !== '(system)');
  await db.transaction().execute((trx) =>
    auditOperation(trx, actor, 'operations.leak_review', id, requestId, {
      events: events.length,
      flagged: flagged.length,
    }),
  );
  return {
    start,
    watched: watched.map((w) => w.what),
    events,
    flagged: flagged.length,
    nonMembersBeforeStart: [...new Set(flagged.map((f) => `${f.who} (${f.agency ?? 'no agency'})`))],
  };
}
