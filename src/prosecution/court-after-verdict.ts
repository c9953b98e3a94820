import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q } from './case-access.ts';
import {
  appealDecided,
  CONVICTIONS,
  chargeOfCase,
  hearingOfCase,
  latestDecision,
  notAfterToday,
  VERDICTS,
  words,
} from './court.ts';
import type { APPEAL_RESULTS, APPELLANTS, Decision } from './court-bodies.ts';
import { closeDeadlinesOf } from './court-deadlines.ts';

// What follows a verdict: the sentence on a conviction (another only after an appeal varied it), and appeals by
// the prosecution or the defence, with whether each was lodged within the appeal period; the prosecution's appeal
// meets its own appeal deadline. Changes audited on the case with codes and ids only.

type Money = { amount: number; currency: string };

/** A sentence on the charge's conviction; a second one only after an appeal varied it. */
export async function recordSentence(
  db: Q,
  actor: Actor,
  caseId: string,
  chargeId: string,
  input: {
    on: string;
    prisonMonths: number;
    suspended: boolean;
    fine?: Money | undefined;
    compensation?: Money | undefined;
    hearingId?: string | undefined;
  },
  requestId: string,
  today = new Date(),
) {
  notAfterToday('on', input.on, today);
  if (input.suspended && input.prisonMonths === 0)
    throw new AppError(
      'validation_failed',
      'suspended: only a prison term is suspended, and prisonMonths is 0.',
    );
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    await chargeOfCase(trx, caseId, chargeId);
    if (input.hearingId) await hearingOfCase(trx, caseId, input.hearingId);
    await trx.selectFrom('prosecution_charges').select('id').where('id', '=', chargeId).forUpdate().execute();
    const conviction = await latestDecision(trx, chargeId);
    if (!conviction || !CONVICTIONS.includes(conviction.decision as Decision))
      throw new AppError(
        'conflict',
        `A sentence follows a conviction; this charge is ${conviction ? words(conviction.decision) : 'not decided yet'}.`,
      );
    if (input.on < conviction.decided_on)
      throw new AppError(
        'validation_failed',
        `on: ${input.on} is before the conviction (${conviction.decided_on}).`,
      );
    const given = await trx
      .selectFrom('prosecution_sentences')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('decision_id', '=', conviction.id)
      .executeTakeFirstOrThrow();
    if (Number(given.n) > (await appealDecided(trx, conviction.id, ['varied'])))
      throw new AppError(
        'conflict',
        'This conviction is sentenced already; another sentence follows only an appeal that varied it.',
      );
    const row = await trx
      .insertInto('prosecution_sentences')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        charge_id: chargeId,
        decision_id: conviction.id,
        hearing_id: input.hearingId ?? null,
        sentenced_on: input.on,
        prison_months: input.prisonMonths,
        suspended: input.suspended,
        fine: input.fine?.amount ?? null,
        fine_currency: input.fine?.currency ?? null,
        compensation: input.compensation?.amount ?? null,
        compensation_currency: input.compensation?.currency ?? null,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditCase(trx, actor, caseId, 'prosecution.sentence', requestId, {
      charge: chargeId,
      sentence: row.id,
      decision: conviction.id,
      suspended: input.suspended,
      fineCurrency: input.fine?.currency ?? null,
      compensationCurrency: input.compensation?.currency ?? null,
    });
    return { sentenceId: row.id, decisionId: conviction.id };
  });
}

/** An appeal against the charge's verdict; the prosecution's lodging meets its appeal deadline. */
export async function lodgeAppeal(
  db: Q,
  actor: Actor,
  caseId: string,
  chargeId: string,
  input: { by: (typeof APPELLANTS)[number]; lodgedOn: string },
  requestId: string,
  today = new Date(),
) {
  notAfterToday('lodgedOn', input.lodgedOn, today);
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    await chargeOfCase(trx, caseId, chargeId);
    await trx.selectFrom('prosecution_charges').select('id').where('id', '=', chargeId).forUpdate().execute();
    const verdict = await latestDecision(trx, chargeId);
    if (!verdict || !VERDICTS.includes(verdict.decision as Decision))
      throw new AppError(
        'conflict',
        `An appeal is against a verdict; this charge is ${verdict ? words(verdict.decision) : 'not decided yet'}.`,
      );
    if (input.lodgedOn < verdict.decided_on)
      throw new AppError(
        'validation_failed',
        `lodgedOn: ${input.lodgedOn} is before the verdict (${verdict.decided_on}).`,
      );
    const earlier = await trx
      .selectFrom('prosecution_appeals')
      .select('id')
      .where('decision_id', '=', verdict.id)
      .where('appellant', '=', input.by)
      .executeTakeFirst();
    if (earlier) throw new AppError('conflict', `The ${input.by} has appealed this verdict already.`);
    const period = await trx
      .selectFrom('prosecution_deadlines')
      .select('due_on')
      .where('decision_id', '=', verdict.id)
      .where('kind', '=', 'appeal')
      .orderBy('set_at')
      .executeTakeFirst();
    const row = await trx
      .insertInto('prosecution_appeals')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        charge_id: chargeId,
        decision_id: verdict.id,
        appellant: input.by,
        lodged_on: input.lodgedOn,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const met =
      input.by === 'prosecution'
        ? await closeDeadlinesOf(trx, c.userId, 'appeal', { decisionId: verdict.id }, 'met', input.lodgedOn)
        : [];
    const withinDeadline = period ? input.lodgedOn <= period.due_on : null;
    await auditCase(trx, actor, caseId, 'prosecution.appeal_lodge', requestId, {
      charge: chargeId,
      appeal: row.id,
      decision: verdict.id,
      appellant: input.by,
      withinDeadline,
      deadlinesMet: met,
    });
    return { appealId: row.id, withinDeadline, deadlineDueOn: period?.due_on ?? null };
  });
}

/** The appeal court's result, recorded once: dismissed, allowed (a new verdict may follow), varied, withdrawn. */
export async function decideAppeal(
  db: Q,
  actor: Actor,
  caseId: string,
  appealId: string,
  input: { result: (typeof APPEAL_RESULTS)[number]; on: string },
  requestId: string,
  today = new Date(),
) {
  notAfterToday('on', input.on, today);
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const a = await trx
      .selectFrom('prosecution_appeals')
      .selectAll()
      .where('id', '=', appealId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!a) throw new AppError('not_found', 'appealId: no such appeal in this case file.');
    if (a.result) throw new AppError('conflict', `This appeal is decided already (${a.result}).`);
    if (input.on < a.lodged_on)
      throw new AppError(
        'validation_failed',
        `on: ${input.on} is before the appeal was lodged (${a.lodged_on}).`,
      );
    await trx
      .updateTable('prosecution_appeals')
      .set({ result: input.result, decided_on: input.on, decided_by: c.userId })
      .where('id', '=', appealId)
      .execute();
    await auditCase(trx, actor, caseId, 'prosecution.appeal_decide', requestId, {
      appeal: appealId,
      charge: a.charge_id,
      result: input.result,
    });
    return { appealId, result: input.result, decidedOn: input.on };
  });
}
