import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q, type Trx } from './case-access.ts';
import type { DEADLINE_CLOSURES, DeadlineEnd, DeadlineKind } from './court-bodies.ts';
import type { Country } from './offences/index.ts';

// Deadlines set by court events and requests abroad: an appeal period from a verdict (by the charge's country,
// from the table below unless the court said otherwise), a filing, disclosure or submissions date set at a
// hearing, the response awaited to a request for mutual legal assistance. A deadline stays open until it is met,
// not pursued, or superseded; the agency's reminders list those due soon and those overdue, oldest first.

/**
 * Days to lodge an appeal against a first-instance verdict, per country, counted from the day of the verdict.
 * EVERY FIGURE IS MARKED `verify`: they are the periods as commonly cited, to be checked against the current
 * procedure code by a lawyer of that country (section null where the number must be found in the current text);
 * a court may set another period, which the verdict then records.
 */
export const APPEAL_DAYS: Readonly<
  Record<Country, { days: number; law: string; section: string | null; verify: true }>
> = {
  TH: { days: 30, law: 'Criminal Procedure Code', section: 's. 198', verify: true },
  KH: { days: 30, law: 'Code of Criminal Procedure', section: null, verify: true },
  LA: { days: 20, law: 'Law on Criminal Procedure', section: null, verify: true },
  MM: { days: 60, law: 'Limitation Act (appeals against conviction)', section: null, verify: true },
  VN: { days: 15, law: 'Criminal Procedure Code 2015', section: 'art. 333', verify: true },
  CN: { days: 10, law: 'Criminal Procedure Law', section: 'art. 230', verify: true },
};

const DAY = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) + n * DAY));
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export interface DeadlineSource {
  chargeId?: string | null;
  decisionId?: string | null;
  hearingId?: string | null;
  mlaRequestId?: string | null;
}

/** Sets a deadline on the case, in the caller's transaction (which audits the event that set it). */
export async function addDeadline(
  trx: Trx,
  c: { id: string; agencyId: string; userId: string },
  kind: DeadlineKind,
  dueOn: string,
  from: DeadlineSource,
) {
  const row = await trx
    .insertInto('prosecution_deadlines')
    .values({
      agency_id: c.agencyId,
      case_id: c.id,
      kind,
      due_on: dueOn,
      charge_id: from.chargeId ?? null,
      decision_id: from.decisionId ?? null,
      hearing_id: from.hearingId ?? null,
      mla_request_id: from.mlaRequestId ?? null,
      set_by: c.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, kind, dueOn };
}

/** Closes the open deadlines of a kind set by an event (a request answered, an appeal lodged); their ids. */
export async function closeDeadlinesOf(
  trx: Trx,
  userId: string,
  kind: DeadlineKind,
  where: { decisionId?: string; mlaRequestId?: string },
  closure: DeadlineEnd,
  on: string,
) {
  const rows = await trx
    .updateTable('prosecution_deadlines')
    .set({ closed_on: on, closure, closed_by: userId })
    .where('kind', '=', kind)
    .where('closed_on', 'is', null)
    .$if(where.decisionId !== undefined, (q) => q.where('decision_id', '=', where.decisionId as string))
    .$if(where.mlaRequestId !== undefined, (q) =>
      q.where('mla_request_id', '=', where.mlaRequestId as string),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The prosecutor closes a deadline of the case: met, or not pursued (no appeal will be lodged). */
export async function closeDeadline(
  db: Q,
  actor: Actor,
  caseId: string,
  deadlineId: string,
  input: { closure: (typeof DEADLINE_CLOSURES)[number]; on: string },
  requestId: string,
  today = new Date(),
) {
  if (input.on > isoDay(today))
    throw new AppError('validation_failed', 'on: a deadline is closed on a day that has come.');
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const d = await trx
      .selectFrom('prosecution_deadlines')
      .select(['id', 'kind', 'closure'])
      .where('id', '=', deadlineId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!d) throw new AppError('not_found', 'deadlineId: no such deadline in this case file.');
    if (d.closure)
      throw new AppError(
        'conflict',
        `Deadline ${deadlineId} is closed already (${d.closure.replace('_', ' ')}).`,
      );
    await trx
      .updateTable('prosecution_deadlines')
      .set({ closed_on: input.on, closure: input.closure, closed_by: c.userId })
      .where('id', '=', deadlineId)
      .execute();
    await auditCase(trx, actor, caseId, 'prosecution.deadline_close', requestId, {
      deadline: deadlineId,
      kind: d.kind,
      closure: input.closure,
    });
    return { deadlineId, closure: input.closure, closedOn: input.on };
  });
}

type DeadlineRow = {
  id: string;
  case_id: string;
  kind: string;
  due_on: string;
  charge_id: string | null;
  decision_id: string | null;
  hearing_id: string | null;
  mla_request_id: string | null;
  closed_on: string | null;
  closure: string | null;
};

/** A deadline as shown: open ones say whether they are overdue, due (within the window) or ahead. */
export function deadlineView(d: DeadlineRow, today: string, windowDays = 14) {
  const daysLeft = daysBetween(today, d.due_on);
  const state: 'closed' | 'overdue' | 'due' | 'ahead' = d.closure
    ? 'closed'
    : daysLeft < 0
      ? 'overdue'
      : daysLeft <= windowDays
        ? 'due'
        : 'ahead';
  return {
    id: d.id,
    caseId: d.case_id,
    kind: d.kind,
    dueOn: d.due_on,
    daysLeft,
    state,
    chargeId: d.charge_id,
    decisionId: d.decision_id,
    hearingId: d.hearing_id,
    mlaRequestId: d.mla_request_id,
    closedOn: d.closed_on,
    closure: d.closure,
  };
}

const DEADLINE_COLUMNS = [
  'd.id',
  'd.case_id',
  'd.kind',
  'd.due_on',
  'd.charge_id',
  'd.decision_id',
  'd.hearing_id',
  'd.mla_request_id',
  'd.closed_on',
  'd.closure',
] as const;

/** The deadlines of one case, open and closed, by due date. */
export async function deadlinesOfCase(db: Q, caseId: string, today: string) {
  const rows = await db
    .selectFrom('prosecution_deadlines as d')
    .select(DEADLINE_COLUMNS)
    .where('d.case_id', '=', caseId)
    .orderBy('d.due_on')
    .orderBy('d.set_at')
    .execute();
  return rows.map((d) => deadlineView(d, today));
}

const NONE = '00000000-0000-0000-0000-000000000000';

/**
 * The agency's reminders: open deadlines of its open case files that are overdue or due within `days` days,
 * oldest first, with the case's reference. The read is audited.
 */
export async function dueDeadlines(db: Q, actor: Actor, days: number, requestId: string, today = new Date()) {
  const day = isoDay(today);
  const rows = await db
    .selectFrom('prosecution_deadlines as d')
    .innerJoin('prosecution_cases as c', 'c.id', 'd.case_id')
    .select([...DEADLINE_COLUMNS, 'c.ref'])
    .where('d.agency_id', '=', actor.agencyId ?? NONE)
    .where('c.status', '=', 'open')
    .where('d.closed_on', 'is', null)
    .where('d.due_on', '<=', addDays(day, days))
    .orderBy('d.due_on')
    .orderBy('d.set_at')
    .execute();
  const deadlines = rows.map((r) => ({ ...deadlineView(r, day, days), caseRef: r.ref }));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'prosecution.deadlines_read',
      outcome: 'success',
      requestId,
      detail: { days, returned: deadlines.length },
    }),
  );
  return { today: day, days, deadlines };
}
