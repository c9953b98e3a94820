import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { ownedCase } from './case-work.ts';
import type { ShareableItem } from './catalogue.ts';

// Consent to share: one item of the case with one agency, given by the person (recorded by their caseworker, in
// the language it was explained in) and withdrawable at any time. Nothing is copied to the other agency: its
// reading of the case (shared.ts) asks the live consents each time, so a withdrawal holds from the next request.

type Q = Kysely<Database>;

export async function giveConsent(
  db: Q,
  actor: Actor,
  caseId: string,
  input: { item: ShareableItem; agencyId: string; language: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    if (input.agencyId === actor.agencyId)
      throw new AppError('validation_failed', 'agencyId: the case is already your agency’s own');
    const agency = await trx
      .selectFrom('agencies')
      .select('id')
      .where('id', '=', input.agencyId)
      .executeTakeFirst();
    if (!agency) throw new AppError('validation_failed', 'agencyId: no such agency');
    const live = await trx
      .selectFrom('protection_consents')
      .select('id')
      .where('case_id', '=', caseId)
      .where('item', '=', input.item)
      .where('recipient_agency_id', '=', input.agencyId)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    if (live) return { consentId: live.id };
    const id = crypto.randomUUID();
    await trx
      .insertInto('protection_consents')
      .values({
        id,
        agency_id: actor.agencyId as string,
        case_id: caseId,
        item: input.item,
        recipient_agency_id: input.agencyId,
        language: input.language,
        given_by: actor.userId as string,
      })
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.consent_give',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { consent: id, item: input.item, recipient: input.agencyId },
    });
    return { consentId: id };
  });
}

export async function withdrawConsent(
  db: Q,
  actor: Actor,
  caseId: string,
  consentId: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const c = await trx
      .selectFrom('protection_consents')
      .select(['id', 'item', 'recipient_agency_id', 'withdrawn_at'])
      .where('id', '=', consentId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!c) throw new AppError('not_found', 'No such consent on this case.');
    if (c.withdrawn_at) return { withdrawnAt: new Date(c.withdrawn_at).toISOString() };
    const at = new Date();
    await trx
      .updateTable('protection_consents')
      .set({ withdrawn_at: at, withdrawn_by: actor.userId })
      .where('id', '=', consentId)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'protection.consent_withdraw',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
      detail: { consent: consentId, item: c.item, recipient: c.recipient_agency_id },
    });
    return { withdrawnAt: at.toISOString() };
  });
}

/** The case's consents, live and withdrawn, for its page. */
export async function consentsOf(db: Q, caseId: string) {
  const rows = await db
    .selectFrom('protection_consents')
    .innerJoin('agencies', 'agencies.id', 'protection_consents.recipient_agency_id')
    .select([
      'protection_consents.id',
      'protection_consents.item',
      'protection_consents.recipient_agency_id',
      'agencies.name as agency_name',
      'protection_consents.language',
      'protection_consents.given_at',
      'protection_consents.withdrawn_at',
    ])
    .where('protection_consents.case_id', '=', caseId)
    .orderBy('protection_consents.given_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    item: r.item,
    agency: { id: r.recipient_agency_id, name: r.agency_name },
    language: r.language,
    givenAt: new Date(r.given_at).toISOString(),
    withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at).toISOString() : null,
  }));
}
