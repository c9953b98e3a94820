import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal, sealText, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { ownedCase } from './case-work.ts';
import { caseContext } from './cases.ts';
import { returnBlockers } from './children.ts';
import { isCountryCode, TRANSFER_ITEMS, type TransferItem, type TransferKind } from './return-bodies.ts';

// Transfers of a protection case between agencies and countries, and referrals for return: only with the person's
// consent (recorded with the language it was explained in), sharing only the items they chose. A transfer is sent,
// then accepted or declined by the receiver (an agency on Lantern answers from its inbox; for an organisation
// outside Lantern the sender records its answer), then completed when the person arrives. The person may withdraw
// their consent until then: the transfer is cancelled and the receiver sees nothing more at once. A child's return
// waits until nothing in the child's protection stands in its way. Each step is audited with codes and ids only.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export const TRANSFER_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
/** While a transfer is live, the case has no other and the person may still withdraw their consent. */
export const LIVE_STATUSES: readonly TransferStatus[] = ['sent', 'accepted'];

export const transferNoteContext = (id: string) => `protection_transfer:${id}:note`;
/** The pseudonym a receiving case carries when the person did not agree to share theirs. */
export const placeholderPseudonym = (transferId: string) => `Transfer ${transferId.slice(0, 8)}`;

export interface TransferInput {
  kind: TransferKind;
  toAgencyId?: string | undefined;
  toOrganisation?: string | undefined;
  toCountry?: string | undefined;
  country?: string | undefined;
  consent: boolean;
  language: string;
  items: TransferItem[];
  note: string;
}

/** Why the request cannot be a transfer, before anything is read or written; null when it can. */
export function transferProblem(input: TransferInput): string | null {
  if (input.consent !== true)
    return "consent: a case is transferred only with the person's consent; record it once they have agreed";
  if ((input.toAgencyId === undefined) === (input.toOrganisation === undefined))
    return 'toAgencyId, toOrganisation: name one receiver, an agency on Lantern or an organisation outside it';
  if (input.toOrganisation !== undefined && input.toCountry === undefined)
    return "toCountry: an organisation outside Lantern is named with its country's code";
  if (input.toAgencyId !== undefined && input.toCountry !== undefined)
    return 'toCountry: given only with toOrganisation';
  for (const field of ['toCountry', 'country'] as const) {
    const code = input[field];
    if (code !== undefined && !isCountryCode(code))
      return `${field}: must be an ISO 3166 alpha-2 country code such as KH, LA, MM, TH, VN or CN`;
  }
  if (input.kind === 'return_to_origin' && input.country === undefined)
    return 'country: a return names the country the person returns to';
  if (input.items.includes('return_plan_note') !== (input.note.trim() !== ''))
    return 'note: the note for the receiver is written when, and only when, the person agreed to share it (item return_plan_note)';
  return null;
}

async function step(
  trx: Trx,
  actor: Actor,
  transferId: string,
  status: TransferStatus,
  extra: { on?: string; language?: string } = {},
) {
  await trx
    .insertInto('protection_transfer_steps')
    .values({
      transfer_id: transferId,
      status,
      on_date: extra.on ?? null,
      language: extra.language ?? null,
      by_user: actor.userId as string,
      by_agency: actor.agencyId as string,
    })
    .execute();
}

const audit = (
  trx: Trx,
  actor: Actor,
  action: string,
  resource: { type: string; id: string },
  requestId: string,
  detail: Record<string, unknown>,
) => appendAudit(trx, { actor, action, resource, outcome: 'success', requestId, detail });

/** Sends a transfer (or a referral for return) of the case, on the person's consent, by its caseworker. */
export async function sendTransfer(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  input: TransferInput,
  requestId: string,
) {
  const problem = transferProblem(input);
  if (problem) throw new AppError('validation_failed', problem);
  const items = TRANSFER_ITEMS.filter((i) => input.items.includes(i));
  return db.transaction().execute(async (trx) => {
    const c = await ownedCase(trx, actor, caseId);
    if (input.toAgencyId !== undefined) {
      if (input.toAgencyId === actor.agencyId)
        throw new AppError('validation_failed', 'toAgencyId: the case is already your agency’s own');
      const agency = await trx
        .selectFrom('agencies')
        .select('id')
        .where('id', '=', input.toAgencyId)
        .executeTakeFirst();
      if (!agency) throw new AppError('validation_failed', 'toAgencyId: no such agency on Lantern');
    }
    if (c.child && !items.includes('age_group'))
      throw new AppError(
        'validation_failed',
        "items: a child's transfer shares the age group, so that the receiver protects them as a child",
      );
    if (c.child && input.kind === 'return_to_origin') {
      const blockers = await returnBlockers(trx, caseId);
      if (blockers.length > 0)
        throw new AppError('conflict', "A child's return waits until what blocks it is resolved.", {
          returnBlockers: blockers,
        });
    }
    const live = await trx
      .selectFrom('protection_transfers')
      .select('status')
      .where('case_id', '=', caseId)
      .where('status', 'in', LIVE_STATUSES)
      .executeTakeFirst();
    if (live)
      throw new AppError(
        'conflict',
        `The case has a transfer under way (${live.status}): complete it, or record the person's withdrawal, first.`,
      );
    const id = crypto.randomUUID();
    await trx
      .insertInto('protection_transfers')
      .values({
        id,
        agency_id: c.agency_id,
        case_id: caseId,
        kind: input.kind,
        to_agency_id: input.toAgencyId ?? null,
        to_organisation: input.toOrganisation ?? null,
        to_country: input.toCountry ?? null,
        country: input.country ?? null,
        items,
        consent_language: input.language,
        note: sealText(ring, input.note, transferNoteContext(id)),
        created_by: actor.userId as string,
      })
      .execute();
    await step(trx, actor, id, 'sent', { language: input.language });
    await audit(trx, actor, 'protection.transfer_send', { type: 'protection_case', id: caseId }, requestId, {
      transfer: id,
      kind: input.kind,
      toAgency: input.toAgencyId ?? null,
      country: input.country ?? null,
      items,
    });
    return { transferId: id, status: 'sent' as const };
  });
}

async function transferOfCase(trx: Trx, caseId: string, transferId: string) {
  const t = await trx
    .selectFrom('protection_transfers')
    .selectAll()
    .where('id', '=', transferId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!t) throw new AppError('not_found', 'No such transfer of this case.');
  return t;
}

/**
 * The receiving agency's answer to a transfer in its inbox, once. Accepting opens the agency's own case of the
 * person, holding only what was shared: the pseudonym if the person agreed to share it (otherwise a neutral one),
 * the form of exploitation if shared, and whether they are a child (a child's transfer always shares the age group).
 */
export async function answerTransfer(
  db: Q,
  actor: Actor,
  ring: Keyring,
  transferId: string,
  decision: 'accepted' | 'declined',
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const t = await trx
      .selectFrom('protection_transfers')
      .selectAll()
      .where('id', '=', transferId)
      .executeTakeFirst();
    if (!t || t.to_agency_id === null || t.to_agency_id !== actor.agencyId || t.status === 'cancelled')
      throw new AppError('not_found', 'No such transfer in your inbox.');
    if (t.status !== 'sent') throw new AppError('conflict', `The transfer was ${t.status} already.`);
    let caseId: string | null = null;
    if (decision === 'accepted') {
      const from = await trx
        .selectFrom('protection_cases')
        .select(['pseudonym', 'exploitation', 'child'])
        .where('id', '=', t.case_id)
        .executeTakeFirstOrThrow();
      caseId = crypto.randomUUID();
      const items = new Set(t.items);
      await trx
        .insertInto('protection_cases')
        .values({
          id: caseId,
          agency_id: t.to_agency_id,
          // A case opened from a transfer has no screening in this agency (the column allows null since then).
          screening_id: null,
          pseudonym: seal(
            ring,
            items.has('pseudonym')
              ? unseal(ring, from.pseudonym, caseContext(t.case_id))
              : placeholderPseudonym(t.id),
            caseContext(caseId),
          ),
          exploitation: items.has('exploitation') ? from.exploitation : null,
          child: from.child,
          status: 'open',
          opened_by: actor.userId as string,
          transferred_from: t.id,
        })
        .execute();
      await audit(trx, actor, 'protection.case_open', { type: 'protection_case', id: caseId }, requestId, {
        transfer: t.id,
      });
    }
    await trx
      .updateTable('protection_transfers')
      .set({ status: decision, receiving_case_id: caseId, updated_at: new Date() })
      .where('id', '=', t.id)
      .execute();
    await step(trx, actor, t.id, decision);
    await audit(
      trx,
      actor,
      'protection.transfer_answer',
      { type: 'protection_transfer', id: t.id },
      requestId,
      {
        status: decision,
        case: caseId,
      },
    );
    return { id: t.id, status: decision, caseId };
  });
}

/**
 * The sender's record of a step: the answer of an organisation outside Lantern (accepted or declined), or the
 * completion (the person arrived or was handed over, on a date).
 */
export async function recordTransferStep(
  db: Q,
  actor: Actor,
  caseId: string,
  transferId: string,
  input: { status: 'accepted' | 'declined' | 'completed'; on?: string | undefined },
  requestId: string,
  today = new Date(),
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const t = await transferOfCase(trx, caseId, transferId);
    if (input.status === 'completed') {
      if (t.status !== 'accepted')
        throw new AppError('conflict', `A transfer is completed once accepted; this one is ${t.status}.`);
      if (input.on === undefined)
        throw new AppError('validation_failed', 'on: the date the person arrived or was handed over');
      if (input.on > today.toISOString().slice(0, 10))
        throw new AppError('validation_failed', 'on: a completion is recorded once it has happened');
      if (input.on < new Date(t.created_at).toISOString().slice(0, 10))
        throw new AppError('validation_failed', 'on: before the transfer was sent');
    } else {
      if (t.to_agency_id !== null)
        throw new AppError('conflict', 'The receiving agency is on Lantern: it answers from its own inbox.');
      if (t.status !== 'sent') throw new AppError('conflict', `The transfer was ${t.status} already.`);
      if (input.on !== undefined) throw new AppError('validation_failed', 'on: given only for a completion');
    }
    await trx
      .updateTable('protection_transfers')
      .set({ status: input.status, completed_on: input.on ?? null, updated_at: new Date() })
      .where('id', '=', t.id)
      .execute();
    await step(trx, actor, t.id, input.status, input.on === undefined ? {} : { on: input.on });
    await audit(trx, actor, 'protection.transfer_step', { type: 'protection_case', id: caseId }, requestId, {
      transfer: t.id,
      status: input.status,
    });
    return { id: t.id, status: input.status };
  });
}

/**
 * The person withdraws their consent before the transfer is completed: it is cancelled, the receiver's inbox shows
 * it no more, and a case the receiving agency opened from it is closed and keeps nothing that was shared.
 */
export async function withdrawTransferConsent(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  transferId: string,
  language: string,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const t = await transferOfCase(trx, caseId, transferId);
    if (!LIVE_STATUSES.includes(t.status as TransferStatus))
      throw new AppError(
        'conflict',
        `The transfer is ${t.status}: consent is withdrawn from a transfer sent or accepted, not yet completed.`,
      );
    await trx
      .updateTable('protection_transfers')
      .set({ status: 'cancelled', updated_at: new Date() })
      .where('id', '=', t.id)
      .execute();
    await step(trx, actor, t.id, 'cancelled', { language });
    if (t.receiving_case_id) {
      await trx
        .updateTable('protection_cases')
        .set({
          pseudonym: seal(ring, placeholderPseudonym(t.id), caseContext(t.receiving_case_id)),
          exploitation: null,
          status: 'closed',
        })
        .where('id', '=', t.receiving_case_id)
        .execute();
      await audit(
        trx,
        actor,
        'protection.case_close',
        { type: 'protection_case', id: t.receiving_case_id },
        requestId,
        { transfer: t.id, reason: 'transfer_consent_withdrawn' },
      );
    }
    await audit(
      trx,
      actor,
      'protection.transfer_cancel',
      { type: 'protection_case', id: caseId },
      requestId,
      {
        transfer: t.id,
        language,
      },
    );
    return { id: t.id, status: 'cancelled' as const };
  });
}
