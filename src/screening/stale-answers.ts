import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database, ScreeningTable } from '../db/types.ts';
import { SYNC_RULES } from '../operations/sync-rules.ts';
import { AppError } from '../platform/errors.ts';
import { answer } from './schema.ts';
import { openScreening } from './sealed-fields.ts';

/**
 * What a save on an older version of a screening is answered with (409): the screening's version and answers now,
 * so that a phone that saved answers without a connection can show the person theirs beside the current ones
 * (sync-rules.ts, `screening_answers`). Sent only to whoever may write the screening, who may read it anyway.
 */
export const staleAnswersDetails = z.object({
  current: z.object({ version: z.number(), answers: z.record(z.string(), answer) }),
});

/** A save based on an older version: audited as a failure (the indicators' count, never an answer), nothing saved. */
export async function refuseStaleAnswers(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  row: Selectable<ScreeningTable>,
  baseVersion: number,
  indicators: number,
  requestId: string,
): Promise<never> {
  const { code } = SYNC_RULES.screening_answers.conflict;
  await recordAudit(db, {
    actor,
    action: 'screening.answer',
    resource: { type: 'screening', id: row.id },
    outcome: 'failure',
    requestId,
    detail: { indicators, baseVersion, version: row.version, code },
  });
  const current = { version: row.version, answers: openScreening(ring, row).answers };
  // The code written out (sync-rules.ts says it: `conflict`), so the message is found for the catalogues.
  throw new AppError(
    'conflict',
    'Someone saved this screening after you opened it. Reload to see their answers, then save again.',
    { current } satisfies z.output<typeof staleAnswersDetails>,
  );
}
