import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { memberOperation } from './compartment.ts';
import { mayCorrect } from './log-roles.ts';
import type { CorrectionInput, staleRevisionDetails } from './log-schema.ts';
import { assertLogOpen } from './log-window.ts';
import { auditOperation } from './op-audit.ts';
import { SYNC_RULES } from './sync-rules.ts';

type Q = Kysely<Database>;

const ACTION = 'operations.log_corrected';

export interface LogCorrection {
  id: string;
  text: string;
  occurredAt: Date;
  receivedAt: Date;
  /** The corrector's display name. */
  recordedBy: string;
}

/** An entry's corrections in revision order, and its revision: 0 as recorded, one more per correction. */
export interface EntryCorrections {
  revision: number;
  corrections: LogCorrection[];
}

/**
 * The corrections of an operation's log, by entry (or of one entry), in one query. Run it through `readScoped`:
 * the rows are an operation's, seen by its current members only.
 */
export async function correctionsOf(
  q: Kysely<Database> | Transaction<Database>,
  operationId: string,
  entryId?: string,
): Promise<Map<string, EntryCorrections>> {
  let query = q
    .selectFrom('operation_log_corrections as c')
    .innerJoin('users', 'users.id', 'c.recorded_by')
    .select([
      'c.id',
      'c.entry_id',
      'c.revision',
      'c.text',
      'c.occurred_at',
      'c.received_at',
      'users.display_name',
    ])
    .where('c.operation_id', '=', operationId);
  if (entryId) query = query.where('c.entry_id', '=', entryId);
  const rows = await query.orderBy('c.entry_id').orderBy('c.revision').execute();
  const out = new Map<string, EntryCorrections>();
  for (const r of rows) {
    const of = out.get(r.entry_id) ?? { revision: 0, corrections: [] };
    of.revision = r.revision;
    of.corrections.push({
      id: r.id,
      text: r.text,
      occurredAt: r.occurred_at,
      receivedAt: r.received_at,
      recordedBy: r.display_name,
    });
    out.set(r.entry_id, of);
  }
  return out;
}

const entryCorrections = async (db: Q, actor: Actor, operationId: string, entryId: string) =>
  (await readScoped(db, actor, (q) => correctionsOf(q, operationId, entryId))).get(entryId) ?? {
    revision: 0,
    corrections: [],
  };

/**
 * Records a correction of an entry of the execution log, written on a phone that may have been offline. The entry
 * itself never changes (nor its exhibit or that exhibit's custody chain): the correction is read beside it. The
 * phone says which revision of the entry it corrected; if someone corrected the entry since, nothing is recorded
 * and the refusal carries the entry's corrections as they are now, for the person to keep theirs on top of them
 * or drop it (sync-rules.ts). Sending the same correction again is harmless, even once its base is stale.
 */
export async function correctEntry(
  db: Q,
  actor: Actor,
  operationId: string,
  entryId: string,
  input: CorrectionInput,
  requestId: string,
  retried = false,
): Promise<{ id: string; entryId: string; revision: number; duplicate: boolean }> {
  const { op, role } = await memberOperation(db, actor, operationId);
  if (!actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  const entry = await db
    .selectFrom('operation_log')
    .select(['id', 'recorded_by'])
    .where('id', '=', entryId)
    .where('operation_id', '=', operationId)
    .executeTakeFirst();
  if (!entry) throw new AppError('not_found');
  if (!mayCorrect(role, entry.recorded_by, userId)) {
    await recordAudit(db, {
      actor,
      action: ACTION,
      resource: { type: 'operation', id: operationId },
      outcome: 'denied',
      requestId,
      detail: { entry: entryId, correction: input.id, role, reason: 'role' },
    });
    throw new AppError(
      'forbidden',
      'Only the member who recorded this entry, or a commanding member of the operation, may correct it.',
    );
  }
  const existing = await db
    .selectFrom('operation_log_corrections')
    .select(['id', 'entry_id', 'recorded_by', 'text', 'revision'])
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (existing) {
    const same =
      existing.entry_id === entryId && existing.recorded_by === userId && existing.text === input.text;
    if (!same) throw new AppError('conflict', 'id: another correction was already recorded under this id');
    return { id: existing.id, entryId, revision: existing.revision, duplicate: true };
  }
  const at = new Date(input.occurredAt);
  const now = Date.now();
  await assertLogOpen(db, op, at, now);
  const current = await entryCorrections(db, actor, operationId, entryId);
  if (input.baseRevision !== current.revision)
    return refuseStale(db, actor, operationId, entryId, input, current, requestId);
  const revision = current.revision + 1;
  try {
    return await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('operation_log_corrections')
        .values({
          id: input.id,
          entry_id: entryId,
          operation_id: operationId,
          revision,
          text: input.text,
          occurred_at: at,
          recorded_by: userId,
        })
        .execute();
      // Identifiers and numbers only: the text stays in the log, under the compartment.
      await auditOperation(trx, actor, ACTION, operationId, requestId, {
        entry: entryId,
        correction: input.id,
        revision,
        lateBy: Math.max(0, Math.round((now - at.getTime()) / 1000)),
      });
      return { id: input.id, entryId, revision, duplicate: false };
    });
  } catch (e) {
    // Another correction took this revision first (unique entry and revision), or this one, resent, arrived
    // twice at once (its id): asked again, the first answers as a conflict and the second as a resend.
    if ((e as { code?: string }).code === '23505' && !retried)
      return correctEntry(db, actor, operationId, entryId, input, requestId, true);
    throw e;
  }
}

/** A correction made on an older revision of the entry: audited, nothing recorded, the entry's state returned. */
async function refuseStale(
  db: Q,
  actor: Actor,
  operationId: string,
  entryId: string,
  input: CorrectionInput,
  current: EntryCorrections,
  requestId: string,
): Promise<never> {
  const { code } = SYNC_RULES.log_correction.conflict;
  await recordAudit(db, {
    actor,
    action: ACTION,
    resource: { type: 'operation', id: operationId },
    outcome: 'failure',
    requestId,
    detail: {
      entry: entryId,
      correction: input.id,
      baseRevision: input.baseRevision,
      revision: current.revision,
      code,
    },
  });
  throw new AppError(code, undefined, { current } satisfies z.output<typeof staleRevisionDetails>);
}
