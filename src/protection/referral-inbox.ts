import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { openPseudonym } from '../screening/sealed-fields.ts';

// Referrals that arrive: a referral to a provider run by an agency on Lantern lands in that agency's inbox, with
// only what the person agreed to share, and the provider — not the referring agency — accepts or declines it.
// (A provider outside Lantern has no inbox: the referring agency records its answer as before.)

type Q = Kysely<Database>;
const NONE = '00000000-0000-0000-0000-000000000000';

/** The referrals sent to the actor's agency's providers, newest first, each with what was shared. */
export async function referralInbox(db: Q, actor: Actor, ring: Keyring, requestId: string) {
  const rows = await db
    .selectFrom('referrals')
    .innerJoin('service_providers as p', 'p.id', 'referrals.provider_id')
    .innerJoin('screenings as s', 's.id', 'referrals.screening_id')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .select([
      'referrals.id',
      'referrals.status',
      'referrals.shared_items',
      'referrals.created_at',
      'referrals.updated_at',
      'referrals.provider_services',
      'p.name as provider',
      'a.name as from_agency',
      's.id as screening_id',
      's.pseudonym',
      's.age',
      's.age_doubtful',
      's.language',
      's.exploitation',
    ])
    .where('p.agency_id', '=', actor.agencyId ?? NONE)
    .orderBy('referrals.created_at', 'desc')
    .limit(500)
    .execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'referral.inbox',
      outcome: 'success',
      requestId,
      detail: { returned: rows.length },
    }),
  );
  return rows.map((r) => {
    const shared = new Set(r.shared_items);
    return {
      id: r.id,
      status: r.status,
      provider: r.provider,
      fromAgency: r.from_agency,
      sentAt: new Date(r.created_at).toISOString(),
      updatedAt: new Date(r.updated_at).toISOString(),
      sharedItems: [...shared].sort(),
      services: r.provider_services,
      pseudonym: shared.has('pseudonym') ? openPseudonym(ring, r.screening_id, r.pseudonym) : null,
      age: shared.has('age') ? { years: r.age, doubtful: r.age_doubtful } : null,
      language: shared.has('language') ? r.language : null,
      exploitation: shared.has('outcome') ? r.exploitation : null,
    };
  });
}

/** The provider's answer to a referral in its inbox: accepted (with the services it will give) or declined, once. */
export async function answerReferral(
  db: Q,
  actor: Actor,
  id: string,
  decision: 'accepted' | 'declined',
  requestId: string,
  services: readonly string[] = [],
) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('referrals')
      .innerJoin('service_providers as p', 'p.id', 'referrals.provider_id')
      .select(['referrals.id', 'referrals.status', 'p.agency_id'])
      .where('referrals.id', '=', id)
      .executeTakeFirst();
    if (!r || r.agency_id !== actor.agencyId)
      throw new AppError('not_found', 'No such referral in your inbox.');
    if (r.status !== 'sent') throw new AppError('conflict', `The referral was ${r.status} already.`);
    await trx
      .updateTable('referrals')
      .set({
        status: decision,
        updated_at: new Date(),
        provider_services: decision === 'accepted' ? [...new Set(services)] : [],
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'referral.answer',
      resource: { type: 'referral', id },
      outcome: 'success',
      requestId,
      detail: { status: decision, services: decision === 'accepted' ? [...new Set(services)] : [] },
    });
    return { id, status: decision };
  });
}
