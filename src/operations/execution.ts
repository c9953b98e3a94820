import type { Kysely } from 'kysely';
import { canonicalJson, recordAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database } from '../db/types.ts';
import { registerExhibit } from '../evidence/exhibits.ts';
import { AppError } from '../platform/errors.ts';
import { memberOperation } from './compartment.ts';
import { correctionsOf } from './log-corrections.ts';
import { LOG_KINDS_BY_ROLE, mayLog } from './log-roles.ts';
import type { LogEntry } from './log-schema.ts';
import { assertLogOpen } from './log-window.ts';
import { auditOperation } from './op-audit.ts';
import type { LogEntryReply } from './wire.ts';

type Q = Kysely<Database>;

function entryBody(e: LogEntry): Record<string, unknown> {
  const { id: _id, kind: _kind, occurredAt: _at, ...body } = e;
  return body;
}

/**
 * Records one entry of the execution log, by the member who did it. Entries arrive late from phones that lost
 * their connection: they are accepted while the operation runs, and after it has ended if they happened before it
 * ended, until the after-action review is submitted. Sending the same entry again is harmless; sending a different
 * entry under a used id is refused.
 */
export async function recordEntry(
  db: Q,
  actor: Actor,
  operationId: string,
  entry: LogEntry,
  requestId: string,
) {
  const { op, role } = await memberOperation(db, actor, operationId);
  if (!actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  if (!mayLog(role, entry.kind)) {
    await recordAudit(db, {
      actor,
      action: `operations.log_${entry.kind}`,
      resource: { type: 'operation', id: operationId },
      outcome: 'denied',
      requestId,
      detail: { entry: entry.id, role, reason: 'role' },
    });
    throw new AppError(
      'forbidden',
      `Your role in this operation (${role}) does not record ${entry.kind} entries; it may record: ${LOG_KINDS_BY_ROLE[role].join(', ')}.`,
    );
  }
  const existing = await db
    .selectFrom('operation_log')
    .selectAll()
    .where('id', '=', entry.id)
    .executeTakeFirst();
  if (existing) {
    const same =
      existing.operation_id === operationId &&
      existing.kind === entry.kind &&
      existing.recorded_by === userId &&
      canonicalJson(existing.entry) === canonicalJson(entryBody(entry));
    if (!same) throw new AppError('conflict', 'id: another entry was already recorded under this id');
    return { id: existing.id, duplicate: true, exhibitId: existing.exhibit_id };
  }
  const at = new Date(entry.occurredAt);
  const now = Date.now();
  await assertLogOpen(db, op, at, now);
  if (entry.kind === 'exhibit' && !hasPermission(actor, 'evidence.write'))
    throw new AppError('forbidden', 'Recording an exhibit needs the permission to register evidence.');
  if (entry.kind === 'arrest' && entry.targetIndex !== null) {
    const targets = (op.plan as { arrestTargets?: unknown[] }).arrestTargets ?? [];
    if (entry.targetIndex >= targets.length)
      throw new AppError('validation_failed', 'targetIndex: the plan names no such suspect');
  }
  try {
    return await insertEntry(db, actor, op, entry, at, now, requestId);
  } catch (e) {
    // Two sends of one entry racing each other: the loser answers as a resend.
    if ((e as { code?: string }).code === '23505')
      return recordEntry(db, actor, operationId, entry, requestId);
    throw e;
  }
}

async function insertEntry(
  db: Q,
  actor: Actor,
  op: { id: string; code_name: string },
  entry: LogEntry,
  at: Date,
  now: number,
  requestId: string,
) {
  const operationId = op.id;
  const userId = actor.userId ?? '';
  return db.transaction().execute(async (trx) => {
    let exhibitId: string | null = null;
    let exhibitRef: string | null = null;
    if (entry.kind === 'exhibit') {
      const x = await registerExhibit(
        trx,
        actor,
        {
          ...entry.exhibit,
          operationId,
          collectedAt: at,
          authority: `Operation ${op.code_name}, approved plan`,
          purpose: `Seized during operation ${op.code_name}`,
        },
        requestId,
      );
      exhibitId = x.id;
      exhibitRef = x.ref;
    }
    await trx
      .insertInto('operation_log')
      .values({
        id: entry.id,
        operation_id: operationId,
        kind: entry.kind,
        occurred_at: at,
        recorded_by: userId,
        entry: JSON.stringify(entryBody(entry)),
        exhibit_id: exhibitId,
      })
      .execute();
    await auditOperation(trx, actor, `operations.log_${entry.kind}`, operationId, requestId, {
      entry: entry.id,
      exhibit: exhibitId,
      lateBy: Math.max(0, Math.round((now - at.getTime()) / 1000)),
    });
    return { id: entry.id, duplicate: false, exhibitId, exhibitRef };
  });
}

/**
 * The log in the order things happened, with who recorded each entry and when it reached the server, and each
 * entry's corrections beside it (its revision is their number).
 */
export async function readLog(db: Q, actor: Actor, operationId: string, requestId: string) {
  await memberOperation(db, actor, operationId);
  await db
    .transaction()
    .execute((trx) => auditOperation(trx, actor, 'operations.log_read', operationId, requestId));
  // The entries and their corrections in one scoped read, so that they are read alike.
  const { rows, corrections } = await readScoped(db, actor, async (q) => ({
    rows: await q
      .selectFrom('operation_log')
      .innerJoin('users', 'users.id', 'operation_log.recorded_by')
      .leftJoin('exhibits', 'exhibits.id', 'operation_log.exhibit_id')
      .select([
        'operation_log.id',
        'operation_log.kind',
        'operation_log.occurred_at',
        'operation_log.received_at',
        'operation_log.entry',
        'operation_log.exhibit_id',
        'exhibits.ref as exhibit_ref',
        'users.display_name',
      ])
      .where('operation_log.operation_id', '=', operationId)
      .orderBy('operation_log.occurred_at')
      .execute(),
    corrections: await correctionsOf(q, operationId),
  }));
  // The entry as it was sent (log-schema.ts), less its id, kind and time; an exhibit entry's exhibit has a ref.
  return rows.map((r) => {
    const own = corrections.get(r.id) ?? { revision: 0, corrections: [] };
    return {
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at,
      receivedAt: r.received_at,
      recordedBy: r.display_name,
      entry: r.entry,
      exhibit: r.exhibit_id ? { id: r.exhibit_id, ref: r.exhibit_ref ?? '' } : null,
      revision: own.revision,
      corrections: own.corrections,
    } as LogEntryReply;
  });
}
