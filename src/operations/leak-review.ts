import { type Kysely, type Selectable, sql } from 'kysely';
import { recordAudit } from '../access/audit.ts';
import { overseenBy } from '../access/oversight.ts';
import { type Actor, auditAgencies } from '../access/policy.ts';
import type { Database, OperationTable } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { commandOperation } from './compartment.ts';
import { auditOperation } from './op-audit.ts';
import { planOf } from './operation-view.ts';

type Q = Kysely<Database>;
type Operation = Selectable<OperationTable>;

/** An operation is over when it has concluded or was cancelled: from then on its auditors may review it. */
const ENDED = ['concluded', 'cancelled'];

/**
 * Who saw what, and when, before the operation: every audited read or change of the operation, of its decision, of
 * its target's entity and of the suspects' entities, each marked with whether the person was a member of the
 * compartment at that moment. Refused attempts to open the operation are there (outcome "denied"), and so are bulk
 * reads that returned the target or a suspect among other entities (an FtM export, a search): their audit entries
 * list the entity ids returned. Views of the target by non-members before the start are what an anti-corruption
 * inquiry looks at first.
 */
async function review(db: Q, op: Operation) {
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
  const entityIds = watched.filter((w) => w.type === 'entity').map((w) => w.id);
  // Entries whose detail lists entity ids they returned; the partial index on detail->'entityIds' serves this.
  const amongReturned = entityIds.length
    ? sql<boolean>`(audit_log.detail ? 'entityIds' AND (audit_log.detail -> 'entityIds') ?| ARRAY[${sql.join(entityIds)}]::text[])`
    : sql<boolean>`false`;
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
    .select(
      sql<string[] | null>`CASE WHEN audit_log.detail ? 'entityIds' THEN ARRAY(
        SELECT x FROM jsonb_array_elements_text(audit_log.detail -> 'entityIds') x
        WHERE x = ANY(ARRAY[${sql.join(entityIds.length ? entityIds : [''])}]::text[])) END`.as('returned'),
    )
    .where((eb) =>
      eb.or([
        ...watched.map((w) => eb.and([eb('resource_type', '=', w.type), eb('resource_id', '=', w.id)])),
        amongReturned,
      ]),
    )
    .orderBy('audit_log.seq')
    .limit(5000)
    .execute();
  const memberships = await db
    .selectFrom('operation_members')
    .select(['user_id', 'added_at', 'removed_at'])
    .where('operation_id', '=', op.id)
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
    const direct = watched.find((x) => x.type === r.resource_type && x.id === r.resource_id);
    const among = watched.filter((x) => x.type === 'entity' && r.returned?.includes(x.id));
    return {
      seq: r.seq,
      at: r.at,
      who: r.display_name ?? '(system)',
      agency: r.agency,
      action: r.action,
      outcome: r.outcome,
      about: direct?.what ?? among.map((x) => x.what).join(', '),
      /** A bulk read (export, search) that returned the target or a suspect among other entities. */
      amongOthers: !direct && among.length > 0,
      beforeStart: start === null || at < new Date(start),
      memberAtTheTime: memberAt(r.actor_id, at),
    };
  });
  const flagged = events.filter((e) => e.beforeStart && !e.memberAtTheTime && e.who !== '(system)');
  return {
    start,
    watched: watched.map((w) => w.what),
    events,
    flagged: flagged.length,
    nonMembersBeforeStart: [...new Set(flagged.map((f) => `${f.who} (${f.agency ?? 'no agency'})`))],
  };
}

/** The leak review for a commanding member of the operation, at any time. */
export async function leakReview(db: Q, actor: Actor, id: string, requestId: string) {
  const { op } = await commandOperation(db, actor, id);
  const out = await review(db, op);
  await db.transaction().execute((trx) =>
    auditOperation(trx, actor, 'operations.leak_review', id, requestId, {
      events: out.events.length,
      flagged: out.flagged,
    }),
  );
  return out;
}

/**
 * The leak review for an auditor of the operation's agency, or of a coordination body that oversees it (see
 * `auditAgencies` in the policy), once the operation is over: before that, the compartment holds for auditors as
 * for anyone else, and they get "not found" (audited as a refused attempt).
 */
export async function auditorLeakReview(db: Q, actor: Actor, id: string, requestId: string) {
  const op = await db.selectFrom('operations').selectAll().where('id', '=', id).executeTakeFirst();
  const agencies = auditAgencies(actor, await overseenBy(db, actor.agencyId));
  const allowed =
    op !== undefined && ENDED.includes(op.status) && (agencies === 'all' || agencies.includes(op.agency_id));
  if (!op || !allowed) {
    await recordAudit(db, {
      actor,
      action: 'operations.leak_review',
      resource: { type: 'operation', id },
      outcome: 'denied',
      requestId,
      detail: { as: 'auditor' },
    });
    throw new AppError('not_found');
  }
  const out = await review(db, op);
  await db.transaction().execute((trx) =>
    auditOperation(trx, actor, 'operations.leak_review', id, requestId, {
      as: 'auditor',
      events: out.events.length,
      flagged: out.flagged,
    }),
  );
  return out;
}

/**
 * For the outcome indicators (src/outcomes/): how many reads the leak review flags on an ended operation (views by
 * non-members before the start). A count only; the caller audits its own read of the aggregate.
 */
export async function leakFlagCount(db: Q, operationId: string): Promise<number> {
  const op = await db.selectFrom('operations').selectAll().where('id', '=', operationId).executeTakeFirst();
  return op && ENDED.includes(op.status) ? (await review(db, op)).flagged : 0;
}
