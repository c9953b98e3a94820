import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';

type Q = Kysely<Database>;

/** How far a phone's clock may run ahead of the server's, or a time before the start lie, and still be taken. */
export const CLOCK_SKEW_MS = 5 * 60_000;

interface LogOperation {
  id: string;
  status: string;
  started_at: Date | null;
  concluded_at: Date | null;
}

/**
 * Whether the execution log takes something written on a phone at `at` (an entry, or a correction of one): while
 * the operation runs, and after it has ended if written before it ended, until the after-action review is
 * submitted. Phones that lost their connection send late; the review closes the log for good. Throws the refusal.
 */
export async function assertLogOpen(db: Q, op: LogOperation, at: Date, now: number): Promise<void> {
  if (at.getTime() > now + CLOCK_SKEW_MS)
    throw new AppError('validation_failed', 'occurredAt: is in the future');
  if (op.status === 'executing' || op.status === 'concluded') {
    const started = op.started_at ? new Date(op.started_at).getTime() : now;
    if (at.getTime() < started - CLOCK_SKEW_MS)
      throw new AppError('validation_failed', 'occurredAt: is before the operation started');
    if (op.concluded_at && at.getTime() > new Date(op.concluded_at).getTime() + CLOCK_SKEW_MS)
      throw new AppError('conflict', 'occurredAt: the operation had already ended');
  } else {
    throw new AppError('conflict', `The operation is ${op.status}; the log is open only while it runs.`);
  }
  const reviewed = await db
    .selectFrom('operation_reviews')
    .select('operation_id')
    .where('operation_id', '=', op.id)
    .executeTakeFirst();
  if (reviewed)
    throw new AppError('conflict', 'The after-action review has been submitted; the log is closed.');
}
