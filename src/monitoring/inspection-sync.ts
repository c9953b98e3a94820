import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import type { LabourInspectionTable } from '../db/types-inspections.ts';
import { SYNC_RULES } from '../operations/sync-rules.ts';
import { AppError } from '../platform/errors.ts';
import type { staleFindingsDetails } from './inspection-schemas.ts';
import { breachContext, findingContext, type Q } from './inspection-store.ts';

// What a labour inspection recorded on a phone without a connection meets when it arrives (sync-rules.ts,
// `inspection_visit`, `inspection_interview`, `inspection_findings`): the same record sent again (by the id the
// phone gave it) is answered as recorded and changes nothing; findings saved on a revision someone has saved over
// are refused with the findings now, for the person to choose; the time a record was made on the phone is kept.

type Row = Selectable<LabourInspectionTable>;

/** How far ahead of the server's clock a phone's time may be (clocks drift); later is refused. */
const SKEW_MS = 5 * 60_000;

/** The time a record was made on the phone, or now; never one still to come. */
export function recordedAt(at: string | undefined): Date {
  if (at === undefined) return new Date();
  const when = new Date(at);
  if (when.getTime() > Date.now() + SKEW_MS)
    throw new AppError('validation_failed', 'at: a record is sent once made, not before its time');
  return when;
}

/** The inspection, locked until the transaction ends (a save's base is compared and raised without a race). */
export const lockedInspection = (q: Q, id: string) =>
  q.selectFrom('labour_inspections').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();

/** The visit sent again: the phone's id is that of the visit last recorded. */
export const visitResent = (row: Row, clientId: string | undefined) =>
  clientId !== undefined && row.visit_client_id === clientId;

/**
 * An interview sent again: one recorded under the phone's id in this inspection. The same id in another
 * inspection is refused (an id is never reused).
 */
export async function interviewResent(q: Q, inspectionId: string, clientId: string | undefined) {
  if (clientId === undefined) return false;
  const sent = await q
    .selectFrom('labour_inspection_interviews')
    .select('inspection_id')
    .where('id', '=', clientId)
    .executeTakeFirst();
  if (sent && sent.inspection_id !== inspectionId)
    throw new AppError('conflict', 'id: another interview was already recorded under this id');
  return sent !== undefined;
}

/** What the findings of an inspection count now: indicators observed and breaches found. */
export async function findingsCounts(q: Q, id: string) {
  const [observed, breaches] = await Promise.all([
    q
      .selectFrom('labour_inspection_findings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('inspection_id', '=', id)
      .where('answer', '=', 'observed')
      .executeTakeFirstOrThrow(),
    q
      .selectFrom('labour_inspection_breaches')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('inspection_id', '=', id)
      .executeTakeFirstOrThrow(),
  ]);
  return { observed: Number(observed.n), breaches: Number(breaches.n) };
}

/** The findings as saved now, opened: each indicator answered and each breach found, with its words. */
async function currentFindings(q: Q, ring: Keyring, row: Row) {
  const [indicators, breaches] = await Promise.all([
    q.selectFrom('labour_inspection_findings').selectAll().where('inspection_id', '=', row.id).execute(),
    q.selectFrom('labour_inspection_breaches').selectAll().where('inspection_id', '=', row.id).execute(),
  ]);
  return {
    revision: row.findings_revision,
    savedAt: row.findings_at ? new Date(row.findings_at).toISOString() : null,
    indicators: indicators.map((f) => ({
      id: f.indicator_id,
      answer: f.answer,
      workers: f.workers,
      observation: unsealText(ring, f.observation, findingContext(row.id, f.indicator_id)),
    })),
    breaches: breaches.map((b) => ({
      breach: b.breach,
      workers: b.workers,
      note: unsealText(ring, b.note, breachContext(row.id, b.breach)),
    })),
  };
}

/**
 * Findings saved on a revision someone has saved over: audited as a failure (counts and revisions, never what was
 * seen), nothing saved, refused (409) with the findings now, for the phone to show beside its own. Sent only to
 * whoever may record the inspection, who may read it anyway.
 */
export async function refuseStaleFindings(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  row: Row,
  base: number,
  answered: number,
  requestId: string,
): Promise<never> {
  const { code } = SYNC_RULES.inspection_findings.conflict;
  await recordAudit(db, {
    actor,
    action: 'monitoring.inspection_findings',
    resource: { type: 'labour_inspection', id: row.id },
    outcome: 'failure',
    requestId,
    detail: { answered, baseRevision: base, revision: row.findings_revision, code },
  });
  const current = await currentFindings(db, ring, row);
  throw new AppError(
    'stale_revision',
    'Someone saved the findings of this inspection after you opened it: see theirs beside yours, then keep yours or drop them.',
    { current } satisfies z.output<typeof staleFindingsDetails>,
  );
}
