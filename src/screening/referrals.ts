import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import { type Keyring, sealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { capacityOf, capacityProblems, occupancy } from '../protection/capacity.ts';
import { type Subject, treatedAsChild } from './rules.ts';
import { referralNoteContext } from './sealed-fields.ts';

export async function listReferrals(db: Kysely<Database>, screeningId: string) {
  const rows = await db
    .selectFrom('referrals')
    .innerJoin('service_providers', 'service_providers.id', 'referrals.provider_id')
    .select([
      'referrals.id',
      'referrals.provider_id',
      'service_providers.name',
      'service_providers.kind',
      'referrals.status',
      'referrals.shared_items',
      'referrals.provider_services',
      'referrals.consent_recorded_at',
      'referrals.created_at',
    ])
    .where('referrals.screening_id', '=', screeningId)
    .orderBy('referrals.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    providerId: r.provider_id,
    providerName: r.name,
    kind: r.kind,
    status: r.status,
    sharedItems: r.shared_items,
    providerServices: r.provider_services,
    consentRecordedAt: r.consent_recorded_at,
    createdAt: r.created_at,
  }));
}

/**
 * Refers a screened person to a provider — only with their consent to this referral, sharing only the items they
 * agreed to share. Nothing is sent to immigration enforcement: there is no such provider kind.
 */
export async function createReferral(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  screeningId: string,
  input: {
    providerId: string;
    consent: boolean;
    sharedItems: string[];
    note?: string | undefined;
    interpreterArranged?: boolean | undefined;
  },
  requestId: string,
) {
  const screening = await db
    .selectFrom('screenings')
    .select(['id', 'agency_id', 'age', 'age_doubtful', 'exploitation', 'sex', 'language'])
    .where('id', '=', screeningId)
    .executeTakeFirst();
  if (
    !screening ||
    !can(actor, 'screening.write', { type: 'screening', id: screening.id, agencyId: screening.agency_id })
  )
    throw new AppError('not_found');
  if (!input.consent)
    throw new AppError(
      'validation_failed',
      "consent: a referral is made only with the person's recorded consent",
    );
  // A child's protections apply to anyone under 18, of unknown age or whose age is doubted (as in the screening).
  const child = treatedAsChild({
    age: screening.age,
    ageDoubtful: screening.age_doubtful,
    exploitation: screening.exploitation as Subject['exploitation'],
  });
  if (!actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  const id = await db.transaction().execute(async (trx) => {
    const provider = await trx
      .selectFrom('service_providers')
      .selectAll()
      .where('id', '=', input.providerId)
      .executeTakeFirst();
    if (!provider) throw new AppError('not_found', 'providerId: no such service provider');
    const taken = (await occupancy(trx)).get(provider.id) ?? 0;
    const problems = capacityProblems(
      capacityOf(provider, taken),
      { child: child.child, sex: screening.sex, language: screening.language },
      input.interpreterArranged === true,
    );
    if (problems.length > 0)
      throw new AppError(
        problems.length === 1 && problems[0]?.startsWith('no free bed') ? 'conflict' : 'validation_failed',
        `providerId: ${problems.join('; ')}`,
      );
    const now = new Date();
    const referralId = randomUUID();
    const row = await trx
      .insertInto('referrals')
      .values({
        id: referralId,
        screening_id: screeningId,
        provider_id: provider.id,
        consent_given: true,
        consent_recorded_at: now,
        shared_items: [...new Set(input.sharedItems)],
        // Free text about the person: sealed like the screening's fields.
        note: sealText(ring, input.note ?? '', referralNoteContext(referralId)),
        status: 'sent',
        created_by: userId,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'referral.create',
      resource: { type: 'referral', id: row.id },
      outcome: 'success',
      requestId,
      detail: { screening: screeningId, provider: provider.id, shared: input.sharedItems },
    });
    return row.id;
  });
  const all = await listReferrals(db, screeningId);
  const created = all.find((r) => r.id === id);
  if (!created) throw new AppError('internal');
  return created;
}

export async function updateReferralStatus(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  status: string,
  requestId: string,
) {
  const row = await db
    .selectFrom('referrals')
    .innerJoin('screenings', 'screenings.id', 'referrals.screening_id')
    .innerJoin('service_providers', 'service_providers.id', 'referrals.provider_id')
    .select([
      'referrals.id',
      'referrals.screening_id',
      'screenings.agency_id',
      'service_providers.agency_id as provider_agency',
    ])
    .where('referrals.id', '=', id)
    .executeTakeFirst();
  if (
    !row ||
    !can(actor, 'screening.write', { type: 'screening', id: row.screening_id, agencyId: row.agency_id })
  )
    throw new AppError('not_found');
  // A provider run by an agency on Lantern answers from its own inbox; the referring agency does not answer for it.
  if (
    row.provider_agency &&
    row.provider_agency !== actor.agencyId &&
    (status === 'accepted' || status === 'declined')
  )
    throw new AppError(
      'conflict',
      'status: the provider accepts or declines the referral from its own inbox',
    );
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('referrals').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
    await appendAudit(trx, {
      actor,
      action: 'referral.status',
      resource: { type: 'referral', id },
      outcome: 'success',
      requestId,
      detail: { status },
    });
  });
  const updated = (await listReferrals(db, row.screening_id)).find((r) => r.id === id);
  if (!updated) throw new AppError('internal');
  return updated;
}
