import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Permission } from '../access/catalogue.ts';
import type { Actor } from '../access/policy.ts';
import { ROLES } from '../access/roles.ts';
import type { SealedRow, SealedTable } from '../access/sealed-columns.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';

// What the inspection services share: the inspection of the actor's agency (any other is "not found"), the next
// ref, the audit entry (ids and counts only), the names of users, who in an agency holds a permission, and the
// contexts that seal each personal value to its table, row and field.

export type Q = Kysely<Database> | Transaction<Database>;
export type Trx = Transaction<Database>;
const NONE = '00000000-0000-0000-0000-000000000000';

export const interviewCodeContext = (id: string) => `labour_inspection_interviews:${id}:code`;
export const findingContext = (inspectionId: string, indicator: string) =>
  `labour_inspection_findings:${inspectionId}/${indicator}:observation`;
export const breachContext = (inspectionId: string, breach: string) =>
  `labour_inspection_breaches:${inspectionId}/${breach}:note`;
export const outcomeContext = (id: string, field: 'items' | 'note') =>
  `labour_inspection_outcomes:${id}:${field}`;
export const referralContext = (id: string, field: 'details' | 'reason') =>
  `labour_inspection_referrals:${id}:${field}`;
export const interestContext = (id: string) => `inspector_interests:${id}:description`;

const rowId = (r: SealedRow) => String(r.id);
/** The sealed columns of labour inspections and inspectors' interests (sealed-columns.ts). */
export const INSPECTION_COLUMNS: readonly SealedTable[] = [
  {
    table: 'labour_inspection_interviews',
    keys: ['id'],
    columns: [{ name: 'code', context: (r) => interviewCodeContext(rowId(r)) }],
    count: 'inspectionInterviews',
  },
  {
    table: 'labour_inspection_findings',
    keys: ['inspection_id', 'indicator_id'],
    columns: [
      {
        name: 'observation',
        context: (r) => findingContext(String(r.inspection_id), String(r.indicator_id)),
      },
    ],
    count: 'inspectionFindings',
  },
  {
    table: 'labour_inspection_breaches',
    keys: ['inspection_id', 'breach'],
    columns: [{ name: 'note', context: (r) => breachContext(String(r.inspection_id), String(r.breach)) }],
    count: 'inspectionBreaches',
  },
  {
    table: 'labour_inspection_outcomes',
    keys: ['id'],
    columns: [
      { name: 'items', context: (r) => outcomeContext(rowId(r), 'items') },
      { name: 'note', context: (r) => outcomeContext(rowId(r), 'note') },
    ],
    count: 'inspectionOutcomes',
  },
  {
    table: 'labour_inspection_referrals',
    keys: ['id'],
    columns: [
      { name: 'details', context: (r) => referralContext(rowId(r), 'details') },
      { name: 'reason', context: (r) => referralContext(rowId(r), 'reason') },
    ],
    count: 'inspectionReferrals',
  },
  {
    table: 'inspector_interests',
    keys: ['id'],
    columns: [{ name: 'description', context: (r) => interestContext(rowId(r)) }],
    count: 'inspectorInterests',
  },
];

/** The actor's agency's inspection, or 404 (another agency's and a missing one look the same). */
export async function ownedInspection(q: Q, actor: Actor, id: string) {
  const row = await q
    .selectFrom('labour_inspections')
    .selectAll()
    .where('id', '=', id)
    .where('agency_id', '=', actor.agencyId ?? NONE)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such inspection in your agency.');
  return row;
}

/** The inspection, refused unless it is in one of `statuses` (what the step needs, said in words). */
export async function inspectionIn(
  q: Q,
  actor: Actor,
  id: string,
  statuses: readonly string[],
  needed: string,
) {
  const row = await ownedInspection(q, actor, id);
  if (!statuses.includes(row.status))
    throw new AppError('conflict', `Inspection ${row.ref} is ${row.status}: ${needed}.`);
  return row;
}

/** LI-<year>-<n>: the agency's next number in the year. */
export async function nextRef(trx: Trx, agencyId: string, year: number) {
  const r = await sql<{ n: number }>`
    INSERT INTO labour_inspection_counters (agency_id, year, n) VALUES (${agencyId}, ${year}, 1)
    ON CONFLICT (agency_id, year) DO UPDATE SET n = labour_inspection_counters.n + 1
    RETURNING n`.execute(trx);
  return `LI-${year}-${r.rows[0]?.n ?? 1}`;
}

export const auditInspection = (
  trx: Trx,
  actor: Actor,
  action: string,
  inspectionId: string | null,
  requestId: string,
  detail: Record<string, unknown> = {},
) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'labour_inspection', id: inspectionId },
    outcome: 'success',
    requestId,
    detail,
  });

/** Audits a read in a transaction of its own (reads change nothing else). */
export const auditRead = (
  db: Kysely<Database>,
  actor: Actor,
  action: string,
  inspectionId: string | null,
  requestId: string,
  detail: Record<string, unknown> = {},
) => db.transaction().execute((trx) => auditInspection(trx, actor, action, inspectionId, requestId, detail));

/** Display names by user id ("former user" for one gone). */
export async function namesOf(q: Q, ids: readonly (string | null)[]) {
  const unique = [...new Set(ids.filter((x): x is string => x !== null))];
  const rows =
    unique.length === 0
      ? []
      : await q.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute();
  const names = new Map(rows.map((u) => [u.id, u.display_name]));
  return (id: string | null) => (id ? { id, name: names.get(id) ?? 'former user' } : null);
}

const rolesWith = (permission: Permission) =>
  Object.entries(ROLES)
    .filter(([, r]) => (r.permissions as readonly string[]).includes(permission))
    .map(([name]) => name);

/** The active users (of one agency, or of all) whose roles grant `permission`. */
export async function usersWith(q: Q, permission: Permission, agencyId?: string) {
  return q
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.agency_id'])
    .distinct()
    .where('users.disabled', '=', false)
    .where('user_roles.role', 'in', rolesWith(permission))
    .$if(agencyId !== undefined, (qb) => qb.where('users.agency_id', '=', agencyId as string))
    .orderBy('users.display_name')
    .execute();
}

/** Agencies where someone may screen people (a screening officer, or a labour inspector who screens). */
export async function screeningAgencies(q: Q) {
  const ids = [...new Set((await usersWith(q, 'screening.write')).map((u) => u.agency_id))];
  if (ids.length === 0) return [];
  return q
    .selectFrom('agencies')
    .select(['id', 'name', 'kind'])
    .where('id', 'in', ids)
    .orderBy('name')
    .execute();
}
