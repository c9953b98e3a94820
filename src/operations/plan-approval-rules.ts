import type { Kysely, Transaction } from 'kysely';
import { addNotice } from '../access/notices.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { Plan } from './plan-schema.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The operation stays on the target its decision approved: a different target is a different operation, and needs
 * a decision of its own (with its own risk assessment and its own approver).
 */
export async function keepDecisionTarget(db: Q, decisionId: string | null, plan: Plan): Promise<void> {
  if (!decisionId) return;
  const d = await db
    .selectFrom('intervention_decisions')
    .select(['target_entity_id', 'target_label'])
    .where('id', '=', decisionId)
    .executeTakeFirstOrThrow();
  const same =
    d.target_entity_id !== null
      ? plan.target.entityId === d.target_entity_id
      : plan.target.entityId === null && plan.target.label === d.target_label;
  if (!same)
    throw new AppError(
      'conflict',
      'plan.target: an operation keeps the target of the decision it was planned on; a new target needs a new decision',
    );
}

/** The things that make a raid: a change of one after approval voids the approval. */
export type CompartmentChange = 'target' | 'place' | 'time';

/** Which of the things that make a raid (its target, place and time) a new version changes. */
export function compartmentChanges(
  op: {
    target_entity_id: string | null;
    target_label: string;
    place: string;
    starts_at: Date | string | null;
  },
  plan: Plan,
): CompartmentChange[] {
  const out: CompartmentChange[] = [];
  if (op.target_entity_id !== plan.target.entityId || op.target_label !== plan.target.label)
    out.push('target');
  if (op.place !== plan.place) out.push('place');
  const before = op.starts_at === null ? null : new Date(op.starts_at).getTime();
  const after = plan.startsAt === null ? null : new Date(plan.startsAt).getTime();
  if (before !== after) out.push('time');
  return out;
}

/**
 * A change of target, place or time after approval voids the approval: every other current member is told, so that
 * nobody goes in on a plan that was changed behind the approver's back.
 */
export async function tellTeamApprovalVoided(
  trx: Transaction<Database>,
  actor: Actor,
  op: { id: string; code_name: string },
  changed: readonly CompartmentChange[],
): Promise<void> {
  const members = await trx
    .selectFrom('operation_members')
    .select('user_id')
    .where('operation_id', '=', op.id)
    .where('removed_at', 'is', null)
    .execute();
  const who = actor.userId
    ? ((
        await trx.selectFrom('users').select('display_name').where('id', '=', actor.userId).executeTakeFirst()
      )?.display_name ?? null)
    : null;
  for (const m of new Set(members.map((x) => x.user_id))) {
    if (m === actor.userId) continue;
    await addNotice(trx, m, {
      kind: 'plan_changed_after_approval',
      codeName: op.code_name,
      by: who,
      console: actor.userId === null,
      changed: [...changed],
    });
  }
}
