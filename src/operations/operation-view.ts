import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, OperationTable } from '../db/types.ts';
import { LOG_KINDS_BY_ROLE } from './log-roles.ts';
import type { MemberRole, Plan } from './plan-schema.ts';
import { noGoItems, planGaps } from './readiness.ts';
import type { OPERATION_STATUSES } from './wire.ts';

type Q = Kysely<Database> | Transaction<Database>;
export type OperationRow = Selectable<OperationTable>;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** The plan as stored: target, place and times in their own columns, the rest in one document. */
export function planOf(op: OperationRow): Plan {
  const rest = op.plan as Omit<Plan, 'target' | 'place' | 'startsAt' | 'readyBy'>;
  return {
    ...rest,
    target: { entityId: op.target_entity_id, label: op.target_label },
    place: op.place,
    startsAt: iso(op.starts_at),
    readyBy: op.ready_by,
  };
}

export function planDocument(plan: Plan): string {
  const { target: _t, place: _p, startsAt: _s, readyBy: _r, ...rest } = plan;
  return JSON.stringify(rest);
}

export async function activeMembers(db: Q, operationId: string) {
  const rows = await db
    .selectFrom('operation_members')
    .innerJoin('users', 'users.id', 'operation_members.user_id')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'operation_members.id',
      'operation_members.user_id',
      'operation_members.role',
      'operation_members.team',
      'operation_members.language',
      'operation_members.added_at',
      'users.display_name',
      'agencies.name as agency_name',
    ])
    .where('operation_id', '=', operationId)
    .where('removed_at', 'is', null)
    .orderBy('operation_members.added_at')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    userId: m.user_id,
    name: m.display_name,
    agency: m.agency_name,
    role: m.role as MemberRole,
    team: m.team,
    language: m.language,
    addedAt: m.added_at,
  }));
}

async function names(db: Q, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The whole operation, for its members only: callers check the compartment first. */
export async function operationView(db: Q, op: OperationRow, myRole: MemberRole) {
  const plan = planOf(op);
  const members = await activeMembers(db, op.id);
  const receivers = plan.receivingAgencies.length
    ? await db
        .selectFrom('agencies')
        .select(['id', 'name'])
        .where('id', 'in', plan.receivingAgencies)
        .execute()
    : [];
  const who = await names(db, [op.created_by, op.approved_by, op.updated_by]);
  return {
    id: op.id,
    codeName: op.code_name,
    status: op.status as OperationStatus,
    version: op.version,
    decisionId: op.decision_id,
    plan,
    receivers: receivers.map((r) => ({ id: r.id, name: r.name })),
    members,
    myRole,
    /** The entries of the execution log the reader's role records (see log-roles.ts). */
    myLogKinds: [...LOG_KINDS_BY_ROLE[myRole]],
    gaps: planGaps(plan, members),
    noGo: noGoItems(plan),
    createdBy: who.get(op.created_by) ?? null,
    createdById: op.created_by,
    createdAt: op.created_at,
    updatedBy: who.get(op.updated_by) ?? null,
    updatedAt: op.updated_at,
    approvedBy: op.approved_by ? (who.get(op.approved_by) ?? null) : null,
    approvedAt: op.approved_at,
    startedAt: op.started_at,
    concludedAt: op.concluded_at,
    cancelReason: op.cancel_reason,
  };
}
