import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { planOf } from './operation-view.ts';

type Q = Kysely<Database>;

const OPEN = ['planning', 'approved', 'executing'];

/**
 * The logistics brief for an agency that will receive the people removed: how many, how many children, which
 * languages, what medical needs, the safe screening site and the day to be ready by. Never the target, the
 * place of the operation, its time of day or its status: a brief that changed when the operation was approved
 * or started would tell a receiving service (and anyone it leaks to) when the raid begins. The brief reads the
 * same from the day it is first shown until the operation has ended.
 */
function brief(op: Parameters<typeof planOf>[0]) {
  const plan = planOf(op);
  const p = plan.expectedPeople;
  return {
    id: op.id,
    codeName: op.code_name,
    readyBy: plan.readyBy,
    expectedPeople: {
      count: p.count,
      children: p.children,
      languages: p.languages,
      medicalNeeds: p.medicalNeeds,
    },
    screeningSite: plan.screeningSite,
  };
}

async function receiving(db: Q, actor: Actor) {
  if (!actor.agencyId) return [];
  const rows = await db
    .selectFrom('operations')
    .selectAll()
    .where('status', 'in', OPEN)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.filter((op) => planOf(op).receivingAgencies.includes(actor.agencyId ?? ''));
}

export async function listBriefs(db: Q, actor: Actor, requestId: string) {
  const ops = await receiving(db, actor);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'operations.briefs_list',
      outcome: 'success',
      requestId,
      detail: { count: ops.length },
    }),
  );
  return ops.map(brief);
}

export async function readBrief(db: Q, actor: Actor, id: string, requestId: string) {
  const op = (await receiving(db, actor)).find((o) => o.id === id);
  if (!op) throw new AppError('not_found');
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'operations.brief_read',
      resource: { type: 'operation', id },
      outcome: 'success',
      requestId,
    }),
  );
  return brief(op);
}
