import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { auditRead, referralContext } from './inspection-store.ts';

// Workers referred from labour inspections, as the receiving agency's screening officers see them: the worker's
// pseudonym, language, sex and whether under 18, the inspection's ref, the referring agency and the reason. A
// screening started from one (source "inspection", the ref as its reference) takes it up, in the transaction that
// starts the screening, so a referral is taken up once.

const NONE = '00000000-0000-0000-0000-000000000000';

interface Details {
  pseudonym: string;
  language: string;
  sex: string;
  under18: boolean;
}

/** The workers referred to the actor's agency, waiting first, then newest. Audited with the count. */
export async function referredWorkers(db: Kysely<Database>, actor: Actor, ring: Keyring, requestId: string) {
  const rows = await db
    .selectFrom('labour_inspection_referrals as r')
    .innerJoin('labour_inspections as i', 'i.id', 'r.inspection_id')
    .innerJoin('agencies as a', 'a.id', 'r.from_agency_id')
    .select([
      'r.id',
      'r.details',
      'r.reason',
      'r.created_at',
      'r.screening_id',
      'r.taken_up_at',
      'i.ref',
      'i.visited_on',
      'a.name as fromAgency',
    ])
    .where('r.to_agency_id', '=', actor.agencyId ?? NONE)
    .orderBy('r.created_at', 'desc')
    .limit(500)
    .execute();
  await auditRead(db, actor, 'monitoring.inspection_referrals_read', null, requestId, {
    returned: rows.length,
    waiting: rows.filter((r) => r.screening_id === null).length,
  });
  return rows
    .map((r) => {
      const d = JSON.parse(unseal(ring, r.details, referralContext(r.id, 'details'))) as Details;
      return {
        id: r.id,
        pseudonym: d.pseudonym,
        language: d.language,
        sex: d.sex,
        under18: d.under18,
        inspectionRef: r.ref,
        visitedOn: r.visited_on,
        fromAgency: r.fromAgency,
        reason: unseal(ring, r.reason, referralContext(r.id, 'reason')),
        referredAt: new Date(r.created_at).toISOString(),
        screeningId: r.screening_id,
        takenUpAt: r.taken_up_at ? new Date(r.taken_up_at).toISOString() : null,
      };
    })
    .sort((a, b) => Number(a.screeningId !== null) - Number(b.screeningId !== null));
}

/**
 * Takes up a referral for the screening `screeningId`, started by `actor` in the transaction `trx` with the
 * reference `sourceRef`: the referral must be to the actor's agency, not taken up yet, and the reference must be
 * the inspection's ref. Throws otherwise (and the screening start rolls back).
 */
export async function takeUpInspectionReferral(
  trx: Transaction<Database>,
  actor: Actor,
  referralId: string,
  screeningId: string,
  sourceRef: string | null,
) {
  const r = await trx
    .selectFrom('labour_inspection_referrals as r')
    .innerJoin('labour_inspections as i', 'i.id', 'r.inspection_id')
    .select(['r.id', 'r.screening_id', 'i.ref'])
    .where('r.id', '=', referralId)
    .where('r.to_agency_id', '=', actor.agencyId ?? NONE)
    .executeTakeFirst();
  if (!r)
    throw new AppError('not_found', 'inspectionReferralId: no worker referred to your agency has this id');
  if (sourceRef !== r.ref)
    throw new AppError(
      'validation_failed',
      `sourceRef: a screening from this referral names inspection ${r.ref}`,
    );
  const updated = await trx
    .updateTable('labour_inspection_referrals')
    .set({ screening_id: screeningId, taken_up_at: new Date(), taken_up_by: actor.userId })
    .where('id', '=', referralId)
    .where('screening_id', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!updated)
    throw new AppError(
      'conflict',
      'inspectionReferralId: a screening has already started from this referral',
    );
  return { referralId, inspectionRef: r.ref };
}
