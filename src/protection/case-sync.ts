import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { CLOCK_SKEW_MS } from '../operations/log-window.ts';
import { SYNC_RULES } from '../operations/sync-rules.ts';
import { AppError } from '../platform/errors.ts';

// What a shelter worker's field kit sends of a case's work recorded without a connection
// (src/operations/sync-rules.ts, `protection_needs` and `protection_service_step`): the id made on the phone, so
// that the same record sent again is answered as the one recorded; its time there; and for a service's step, the
// status the phone saw, so that a step someone else's has overtaken is never applied without the person seeing it.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/**
 * When a record made on the phone happened, as the phone says: kept whenever it reaches the server, but never in
 * the future, nor before the case was opened (beyond a few minutes of clock difference).
 */
export function phoneTime(at: string | undefined, openedAt: Date, now = Date.now()): Date | undefined {
  if (at === undefined) return undefined;
  const t = new Date(at);
  if (t.getTime() > now + CLOCK_SKEW_MS) throw new AppError('validation_failed', 'at: is in the future');
  if (t.getTime() < new Date(openedAt).getTime() - CLOCK_SKEW_MS)
    throw new AppError('validation_failed', 'at: is before the case was opened');
  return t;
}

/**
 * Holds the case's row until the transaction ends, before looking for a record sent before: two sends of one step
 * racing each other then meet one after the other, and the second finds the first's step (a duplicate) instead of
 * the status it left (a conflict).
 */
export async function lockCase(trx: Trx, caseId: string): Promise<void> {
  await trx.selectFrom('protection_cases').select('id').where('id', '=', caseId).forUpdate().execute();
}

/** A needs assessment sent before under `id`: its id when it is this case's and the actor's, else refused. */
export async function needsSentBefore(trx: Trx, actor: Actor, caseId: string, id: string | undefined) {
  if (!id) return null;
  const row = await trx
    .selectFrom('protection_needs')
    .select(['case_id', 'assessed_by'])
    .where('assessment_id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  if (row.case_id !== caseId || row.assessed_by !== actor.userId)
    throw new AppError('conflict', 'id: another assessment was already recorded under this id');
  return { assessmentId: id, duplicate: true as const };
}

/** A service's step sent before under `id`: the step as recorded when it is the same, else refused. */
export async function stepSentBefore(
  trx: Trx,
  actor: Actor,
  caseId: string,
  id: string | undefined,
  status: string,
  service?: string,
) {
  if (!id) return null;
  const row = await trx
    .selectFrom('protection_service_events')
    .innerJoin('protection_services', 'protection_services.id', 'protection_service_events.service_id')
    .select([
      'protection_service_events.service_id',
      'protection_service_events.status',
      'protection_service_events.by_user',
      'protection_services.case_id',
      'protection_services.service',
    ])
    .where('protection_service_events.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const same =
    row.case_id === caseId &&
    row.by_user === actor.userId &&
    row.status === status &&
    (service === undefined || row.service === service);
  if (!same) throw new AppError('conflict', 'id: another step was already recorded under this id');
  return { serviceId: row.service_id, status: row.status, duplicate: true as const };
}

/** What a refused step carries: the service as it stands now and its last step (who, when, in which language). */
export const staleStepDetails = z.object({
  current: z.object({
    serviceId: z.string().nullable(),
    service: z.string(),
    status: z.string().nullable(),
    last: z
      .object({ status: z.string(), at: z.string(), by: z.string().nullable(), language: z.string() })
      .nullable(),
  }),
});
export type StaleStep = z.output<typeof staleStepDetails>['current'];

/** The service as it stands now, to answer a step based on a status that no longer holds. */
export async function currentService(
  trx: Trx,
  service: string,
  row: { id: string; status: string } | undefined,
): Promise<StaleStep> {
  if (!row) return { serviceId: null, service, status: null, last: null };
  const last = await trx
    .selectFrom('protection_service_events')
    .leftJoin('users', 'users.id', 'protection_service_events.by_user')
    .select([
      'protection_service_events.status',
      'protection_service_events.at',
      'protection_service_events.language',
      'users.display_name',
    ])
    .where('protection_service_events.service_id', '=', row.id)
    .orderBy('protection_service_events.at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return {
    serviceId: row.id,
    service,
    status: row.status,
    last: last
      ? {
          status: last.status,
          at: new Date(last.at).toISOString(),
          by: last.display_name ?? null,
          language: last.language,
        }
      : null,
  };
}

/**
 * A step based on a status that no longer holds: nothing recorded, audited as a failure (codes only), refused with
 * the service as it stands now for the phone to show beside the person's own step.
 */
export async function refuseStaleStep(
  db: Q,
  actor: Actor,
  action: 'protection.service_offer' | 'protection.service_decision',
  caseId: string,
  base: string | null,
  current: StaleStep,
  requestId: string,
): Promise<never> {
  const { code } = SYNC_RULES.protection_service_step.conflict;
  await recordAudit(db, {
    actor,
    action,
    resource: { type: 'protection_case', id: caseId },
    outcome: 'failure',
    requestId,
    detail: { service: current.service, base, status: current.status, code },
  });
  // The code written out (sync-rules.ts says it: `conflict`), so the message is found for the catalogues.
  throw new AppError(
    'conflict',
    'Someone recorded another step of this service after you saw it. Read the case again, then record what still holds.',
    { current } satisfies z.output<typeof staleStepDetails>,
  );
}
