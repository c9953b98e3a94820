import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q, type Trx } from './case-access.ts';
import {
  CONVICTIONS,
  type Decision,
  type HEARING_DEADLINE_KINDS,
  type HEARING_KINDS,
  type HEARING_OUTCOMES,
  VERDICTS,
} from './court-bodies.ts';
import { APPEAL_DAYS, addDays, addDeadline, closeDeadlinesOf, isoDay } from './court-deadlines.ts';
import { type Country, offenceByCode } from './offences/index.ts';

// A case file in court: hearings and their outcome; decisions per charge (indicted or dropped, then a verdict). A
// verdict sets the appeal period of the charge's country (court-deadlines.ts); sentences and appeals follow it
// (court-after-verdict.ts). Out-of-order steps are refused with nothing changed; every change is audited on the
// case with codes and ids only, in the transaction that makes it.

/** The verdicts and convictions, from the court's codes (court-bodies.ts), as other parts read them here. */
export { CONVICTIONS, VERDICTS };

type HearingDeadline = { kind: (typeof HEARING_DEADLINE_KINDS)[number]; dueOn: string };
export const words = (code: string) => code.replaceAll('_', ' ');

export async function hearingOfCase(trx: Trx, caseId: string, hearingId: string) {
  const h = await trx
    .selectFrom('prosecution_hearings')
    .selectAll()
    .where('id', '=', hearingId)
    .where('case_id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!h) throw new AppError('not_found', 'hearingId: no such hearing in this case file.');
  return h;
}

export async function chargeOfCase(trx: Trx, caseId: string, chargeId: string) {
  const ch = await trx
    .selectFrom('prosecution_charges')
    .select(['id', 'country', 'offence_code'])
    .where('id', '=', chargeId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!ch) throw new AppError('not_found', 'chargeId: no such charge in this case file.');
  return ch;
}

/** The charge's standing: its last recorded decision, or undefined. */
export const latestDecision = (q: Q | Trx, chargeId: string) =>
  q
    .selectFrom('prosecution_decisions')
    .selectAll()
    .where('charge_id', '=', chargeId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const notAfterToday = (field: string, on: string, today: Date) => {
  if (on > isoDay(today))
    throw new AppError(
      'validation_failed',
      `${field}: ${on} has not come yet; record it on or after that day.`,
    );
};

export async function scheduleHearing(
  db: Q,
  actor: Actor,
  caseId: string,
  input: {
    kind: (typeof HEARING_KINDS)[number];
    at: string;
    court: string;
    note?: string | undefined;
    deadline?: HearingDeadline | undefined;
  },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const h = await trx
      .insertInto('prosecution_hearings')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        kind: input.kind,
        scheduled_at: new Date(input.at),
        court: input.court,
        note: input.note ?? '',
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const deadline = input.deadline
      ? await addDeadline(trx, c, input.deadline.kind, input.deadline.dueOn, { hearingId: h.id })
      : null;
    await auditCase(trx, actor, caseId, 'prosecution.hearing_schedule', requestId, {
      hearing: h.id,
      kind: input.kind,
      deadline: deadline?.id ?? null,
    });
    return { hearingId: h.id, deadline };
  });
}

/** The hearing's outcome, recorded once; a hearing is not held before its time. */
export async function recordHearingOutcome(
  db: Q,
  actor: Actor,
  caseId: string,
  hearingId: string,
  input: {
    outcome: (typeof HEARING_OUTCOMES)[number];
    note?: string | undefined;
    deadline?: HearingDeadline | undefined;
  },
  requestId: string,
  now = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const h = await hearingOfCase(trx, caseId, hearingId);
    if (h.outcome)
      throw new AppError(
        'conflict',
        `This ${words(h.kind)} hearing's outcome is recorded already (${h.outcome}).`,
      );
    if (input.outcome === 'held' && new Date(h.scheduled_at) > now)
      throw new AppError(
        'conflict',
        `This ${words(h.kind)} hearing is set for ${new Date(h.scheduled_at).toISOString()}; it is not held before then.`,
      );
    await trx
      .updateTable('prosecution_hearings')
      .set({ outcome: input.outcome, outcome_note: input.note ?? '', outcome_by: c.userId, outcome_at: now })
      .where('id', '=', hearingId)
      .execute();
    const deadline = input.deadline
      ? await addDeadline(trx, c, input.deadline.kind, input.deadline.dueOn, { hearingId })
      : null;
    await auditCase(trx, actor, caseId, 'prosecution.hearing_outcome', requestId, {
      hearing: hearingId,
      outcome: input.outcome,
      deadline: deadline?.id ?? null,
    });
    return { hearingId, outcome: input.outcome, deadline };
  });
}

/** Whether an appeal against this decision was decided with one of these results. */
export const appealDecided = async (trx: Trx, decisionId: string, results: string[]) =>
  trx
    .selectFrom('prosecution_appeals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('decision_id', '=', decisionId)
    .where('result', 'in', results)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));

/** What a decision may follow: a charge is indicted or dropped, then judged; a new verdict follows an appeal allowed. */
async function checkFollows(trx: Trx, next: Decision, current: { id: string; decision: string } | undefined) {
  const now = (current?.decision ?? null) as Decision | null;
  let allowed: boolean;
  if (now === null) allowed = next === 'indicted' || next === 'dropped';
  else if (now === 'indicted') allowed = next !== 'indicted';
  else if (now === 'dropped') allowed = false;
  else allowed = VERDICTS.includes(next) && (await appealDecided(trx, current?.id ?? '', ['allowed'])) > 0;
  if (allowed) return;
  const why =
    now === null
      ? 'a charge is indicted (or dropped) first'
      : now === 'dropped'
        ? 'a dropped charge is closed'
        : now === 'indicted'
          ? 'the charge is indicted already'
          : 'a new verdict follows only an appeal allowed against this one';
  throw new AppError(
    'conflict',
    `decision: ${words(next)} cannot follow ${now ? words(now) : 'nothing recorded'}; ${why}.`,
  );
}

export async function recordDecision(
  db: Q,
  actor: Actor,
  caseId: string,
  chargeId: string,
  input: {
    decision: Decision;
    on: string;
    hearingId?: string | undefined;
    reason?: string | undefined;
    lesserOffence?: string | undefined;
    appealWithinDays?: number | undefined;
  },
  requestId: string,
  today = new Date(),
) {
  notAfterToday('on', input.on, today);
  if ((input.decision === 'dropped') !== (input.reason !== undefined))
    throw new AppError('validation_failed', 'reason: given when, and only when, the charge is dropped.');
  if ((input.decision === 'convicted_lesser') !== (input.lesserOffence !== undefined))
    throw new AppError(
      'validation_failed',
      'lesserOffence: given when, and only when, the conviction is for a lesser offence.',
    );
  const verdict = VERDICTS.includes(input.decision);
  if (!verdict && input.appealWithinDays !== undefined)
    throw new AppError('validation_failed', 'appealWithinDays: an appeal period follows a verdict only.');
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const charge = await chargeOfCase(trx, caseId, chargeId);
    if (input.lesserOffence !== undefined) {
      const o = offenceByCode(input.lesserOffence);
      if (!o || o.country !== charge.country || o.code === charge.offence_code)
        throw new AppError(
          'validation_failed',
          `lesserOffence: ${input.lesserOffence} is not another offence of ${charge.country} in the catalogue.`,
        );
    }
    if (input.hearingId) await hearingOfCase(trx, caseId, input.hearingId);
    await trx.selectFrom('prosecution_charges').select('id').where('id', '=', chargeId).forUpdate().execute();
    const current = await latestDecision(trx, chargeId);
    await checkFollows(trx, input.decision, current);
    if (current && input.on < current.decided_on)
      throw new AppError(
        'validation_failed',
        `on: ${input.on} is before the charge's last decision (${current.decided_on}).`,
      );
    const row = await trx
      .insertInto('prosecution_decisions')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        charge_id: chargeId,
        hearing_id: input.hearingId ?? null,
        decision: input.decision,
        decided_on: input.on,
        reason: input.reason ?? null,
        lesser_offence: input.lesserOffence ?? null,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let deadline: { id: string; kind: string; dueOn: string; days: number } | null = null;
    let superseded: string[] = [];
    if (verdict) {
      if (current)
        superseded = await closeDeadlinesOf(
          trx,
          c.userId,
          'appeal',
          { decisionId: current.id },
          'superseded',
          input.on,
        );
      const days = input.appealWithinDays ?? APPEAL_DAYS[charge.country as Country]?.days ?? 30;
      const d = await addDeadline(trx, c, 'appeal', addDays(input.on, days), {
        chargeId,
        decisionId: row.id,
      });
      deadline = { ...d, days };
    }
    await auditCase(trx, actor, caseId, 'prosecution.decision', requestId, {
      charge: chargeId,
      decision: row.id,
      code: input.decision,
      hearing: input.hearingId ?? null,
      lesserOffence: input.lesserOffence ?? null,
      deadline: deadline?.id ?? null,
      superseded,
    });
    return { decisionId: row.id, decision: input.decision, deadline };
  });
}
