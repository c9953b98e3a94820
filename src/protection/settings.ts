import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';

// An agency's protection settings that are lists of days: the stay lengths that warn, the days after a
// reintegration plan's start at which follow-ups fall due. Each has a default until the agency sets its own.

type Q = Kysely<Database> | Transaction<Database>;

export const DAY_SETTINGS = {
  stay_thresholds: { defaults: [30, 90], detail: 'stayThresholds' },
  followup_days: { defaults: [30, 90, 180, 365], detail: 'followUpDays' },
} as const;
export type DaySetting = keyof typeof DAY_SETTINGS;

export async function daysOf(q: Q, agencyId: string, setting: DaySetting): Promise<number[]> {
  const s = await q
    .selectFrom('protection_settings')
    .select(setting)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return (s?.[setting] as number[] | undefined) ?? [...DAY_SETTINGS[setting].defaults];
}

/** Sets one list of days for the actor's agency (sorted, each once), audited; answers the list as kept. */
export async function setDays(
  db: Kysely<Database>,
  actor: Actor,
  setting: DaySetting,
  days: number[],
  requestId: string,
): Promise<number[]> {
  const agencyId = actor.agencyId;
  if (!agencyId) throw new AppError('forbidden', 'Settings belong to an agency.');
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('protection_settings')
      .values({ agency_id: agencyId, [setting]: sorted })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet({ [setting]: sorted }))
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.settings',
      resource: { type: 'agency', id: agencyId },
      outcome: 'success',
      requestId,
      detail: { [DAY_SETTINGS[setting].detail]: sorted },
    });
  });
  return sorted;
}
