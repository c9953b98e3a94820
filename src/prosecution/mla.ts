import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q } from './case-access.ts';
import type { MLA_ASKS, MlaStatus } from './court-bodies.ts';
import { addDeadline, closeDeadlinesOf, isoDay } from './court-deadlines.ts';

// Requests for mutual legal assistance to another country: to whom, what is asked, the suspects or charges they
// concern, and their status as dated steps drafted → sent → acknowledged → executed | refused | withdrawn. The
// response awaited is a deadline listed with the others, met when the request is executed or refused, not pursued
// when it is withdrawn. Changes audited on the case with codes and ids only.

const NEXT: Record<MlaStatus, readonly MlaStatus[]> = {
  drafted: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'refused', 'withdrawn'],
  acknowledged: ['executed', 'refused', 'withdrawn'],
  executed: [],
  refused: [],
  withdrawn: [],
};
/** Statuses in which a response is awaited, so a due date may be set. */
const AWAITING: readonly MlaStatus[] = ['sent', 'acknowledged'];

export async function draftMlaRequest(
  db: Q,
  actor: Actor,
  caseId: string,
  input: {
    toCountry: string;
    authority: string;
    asks: (typeof MLA_ASKS)[number][];
    note?: string | undefined;
    suspectIds: string[];
    chargeIds: string[];
  },
  requestId: string,
  today = new Date(),
) {
  const suspectIds = [...new Set(input.suspectIds)];
  const chargeIds = [...new Set(input.chargeIds)];
  if (suspectIds.length + chargeIds.length === 0)
    throw new AppError(
      'validation_failed',
      'suspectIds: name the suspects or the charges the request concerns.',
    );
  const asks = [...new Set(input.asks)];
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const found = async (table: 'prosecution_suspects' | 'prosecution_charges', ids: string[]) => {
      if (ids.length === 0) return;
      const rows = await trx
        .selectFrom(table)
        .select('id')
        .where('case_id', '=', caseId)
        .where('id', 'in', ids)
        .execute();
      const missing = ids.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length)
        throw new AppError(
          'not_found',
          `${table === 'prosecution_suspects' ? 'suspectIds' : 'chargeIds'}: ${missing.join(', ')} not in this case file.`,
        );
    };
    await found('prosecution_suspects', suspectIds);
    await found('prosecution_charges', chargeIds);
    const last = await trx
      .selectFrom('prosecution_mla_requests')
      .select((eb) => eb.fn.max('n').as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    const n = Number(last?.n ?? 0) + 1;
    const row = await trx
      .insertInto('prosecution_mla_requests')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        n,
        to_country: input.toCountry,
        authority: input.authority,
        asks: JSON.stringify(asks),
        note: input.note ?? '',
        created_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('prosecution_mla_steps')
      .values({
        agency_id: c.agencyId,
        request_id: row.id,
        status: 'drafted',
        occurred_on: isoDay(today),
        recorded_by: c.userId,
      })
      .execute();
    const links = [
      ...suspectIds.map((s) => ({ suspect_id: s, charge_id: null })),
      ...chargeIds.map((ch) => ({ suspect_id: null, charge_id: ch })),
    ].map((l) => ({ ...l, agency_id: c.agencyId, request_id: row.id }));
    await trx.insertInto('prosecution_mla_links').values(links).execute();
    await auditCase(trx, actor, caseId, 'prosecution.mla_draft', requestId, {
      mla: row.id,
      toCountry: input.toCountry,
      asks,
      suspects: suspectIds,
      charges: chargeIds,
    });
    return { mlaId: row.id, ref: `${c.ref}/MLA${n}`, status: 'drafted' as MlaStatus };
  });
}

/** The request's next status, on the day it happened; a response due date while a response is awaited. */
export async function recordMlaStep(
  db: Q,
  actor: Actor,
  caseId: string,
  mlaId: string,
  input: { status: MlaStatus; on: string; responseDueOn?: string | undefined },
  requestId: string,
  today = new Date(),
) {
  if (input.on > isoDay(today))
    throw new AppError(
      'validation_failed',
      `on: ${input.on} has not come yet; record it on or after that day.`,
    );
  if (input.responseDueOn !== undefined && !AWAITING.includes(input.status))
    throw new AppError('validation_failed', 'responseDueOn: set when the request is sent or acknowledged.');
  if (input.responseDueOn !== undefined && input.responseDueOn < input.on)
    throw new AppError('validation_failed', `responseDueOn: ${input.responseDueOn} is before ${input.on}.`);
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const r = await trx
      .selectFrom('prosecution_mla_requests')
      .select(['id', 'status', 'n'])
      .where('id', '=', mlaId)
      .where('case_id', '=', caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw new AppError('not_found', 'mlaId: no such request for assistance in this case file.');
    const from = r.status as MlaStatus;
    if (!NEXT[from].includes(input.status))
      throw new AppError(
        'conflict',
        `status: request ${c.ref}/MLA${r.n} is ${from}; it cannot become ${input.status}${
          NEXT[from].length ? ` (next: ${NEXT[from].join(', ')})` : ' (it is closed)'
        }.`,
      );
    const last = await trx
      .selectFrom('prosecution_mla_steps')
      .select('occurred_on')
      .where('request_id', '=', mlaId)
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last && input.on < last.occurred_on)
      throw new AppError(
        'validation_failed',
        `on: ${input.on} is before the request's last step (${last.occurred_on}).`,
      );
    await trx
      .updateTable('prosecution_mla_requests')
      .set({
        status: input.status,
        ...(input.responseDueOn !== undefined ? { response_due_on: input.responseDueOn } : {}),
      })
      .where('id', '=', mlaId)
      .execute();
    await trx
      .insertInto('prosecution_mla_steps')
      .values({
        agency_id: c.agencyId,
        request_id: mlaId,
        status: input.status,
        occurred_on: input.on,
        recorded_by: c.userId,
      })
      .execute();
    const closure =
      input.responseDueOn !== undefined
        ? 'superseded'
        : input.status === 'withdrawn'
          ? 'not_pursued'
          : input.status === 'executed' || input.status === 'refused'
            ? 'met'
            : null;
    const closed = closure
      ? await closeDeadlinesOf(trx, c.userId, 'mla_response', { mlaRequestId: mlaId }, closure, input.on)
      : [];
    const deadline =
      input.responseDueOn !== undefined
        ? await addDeadline(trx, c, 'mla_response', input.responseDueOn, { mlaRequestId: mlaId })
        : null;
    await auditCase(trx, actor, caseId, 'prosecution.mla_step', requestId, {
      mla: mlaId,
      from,
      to: input.status,
      deadline: deadline?.id ?? null,
      closed,
    });
    return { mlaId, status: input.status, deadline };
  });
}

/** The case's requests for assistance with their steps and what they concern, in the order drafted. */
export async function mlaRequestsOf(db: Q, caseRef: string, caseId: string) {
  const rows = await db
    .selectFrom('prosecution_mla_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('n')
    .execute();
  const ids = rows.map((r) => r.id);
  const steps = ids.length
    ? await db
        .selectFrom('prosecution_mla_steps')
        .select(['request_id', 'status', 'occurred_on'])
        .where('request_id', 'in', ids)
        .orderBy('recorded_at')
        .execute()
    : [];
  const links = ids.length
    ? await db
        .selectFrom('prosecution_mla_links')
        .select(['request_id', 'suspect_id', 'charge_id'])
        .where('request_id', 'in', ids)
        .orderBy('id')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    ref: `${caseRef}/MLA${r.n}`,
    toCountry: r.to_country,
    authority: r.authority,
    asks: r.asks,
    note: r.note,
    status: r.status,
    responseDueOn: r.response_due_on,
    steps: steps.filter((s) => s.request_id === r.id).map((s) => ({ status: s.status, on: s.occurred_on })),
    suspectIds: links.flatMap((l) => (l.request_id === r.id && l.suspect_id ? [l.suspect_id] : [])),
    chargeIds: links.flatMap((l) => (l.request_id === r.id && l.charge_id ? [l.charge_id] : [])),
  }));
}
