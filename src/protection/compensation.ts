import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import type { ProtectionClaimStepTable } from '../db/types-protection-justice.ts';
import { activeRole, auditRefusal } from '../operations/compartment.ts';
import { AppError } from '../platform/errors.ts';
import { ownedCase } from './case-work.ts';
import type { ClaimRoute, ClaimStep, Payer } from './justice-bodies.ts';

// Compensation and justice: every claim the person makes, tracked from its preparation to the money they receive.
// A claim is prepared, filed, then awarded (with the amount), rejected or withdrawn by the person (their choice,
// recorded in the language they gave it); payments received follow an award, and the claim is paid in full once
// they reach the amount awarded. A claim may draw on seized assets (exhibits) the agency holds or was shared.
// `prosecutionRef` is the prosecution case file's reference as text: it becomes a link once the prosecution
// module lands. Every change is one transaction with its audit entry, which carries codes and ids only. Reads are
// in compensation-read.ts.

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** How a claim stands: the steps recorded on it, and then how much of the award was received. */
export const CLAIM_STATUSES = [
  'prepared',
  'filed',
  'awarded',
  'partly_paid',
  'paid_in_full',
  'rejected',
  'withdrawn',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
const NEXT: Record<ClaimStatus, readonly ClaimStep[]> = {
  prepared: ['filed', 'withdrawn'],
  filed: ['awarded', 'rejected', 'withdrawn'],
  awarded: ['withdrawn'],
  partly_paid: ['withdrawn'],
  paid_in_full: [],
  rejected: [],
  withdrawn: [],
};

/** An amount (numeric(18,2), read as a string) in hundredths, so that sums and comparisons are exact. */
export const toHundredths = (v: string | number) => Math.round(Number(v) * 100);
export const amountOf = (hundredths: number) => hundredths / 100;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Users' names for a read: `who(id)` gives { id, name } ('former user' once gone), or null. */
export async function namesOf(db: Q, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const rows =
    unique.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', unique).execute();
  const names = new Map(rows.map((u) => [u.id, u.display_name]));
  return (id: string | null) => (id ? { id, name: names.get(id) ?? 'former user' } : null);
}

const audit = (trx: Trx, actor: Actor, caseId: string, action: string, requestId: string, detail = {}) =>
  appendAudit(trx, {
    actor,
    action,
    resource: { type: 'protection_case', id: caseId },
    outcome: 'success',
    requestId,
    detail,
  });

/**
 * Why the seized assets cannot back a claim of the actor's (naming the first bad id), or null. The check is the
 * evidence register's (visibleExhibit in src/evidence/exhibits.ts): an exhibit of the actor's agency or shared with
 * it (the policy's one decision, `can`), and of an operation still running only for its members, a try being
 * audited as one at the operation. Caseworkers hold no evidence permission: the decision is asked for the
 * permission of this change, and nothing of the exhibit but its id is used or returned. Runs outside the claim's
 * transaction so that a refusal's audit entry stays.
 */
async function assetProblem(db: Q, actor: Actor, ids: readonly string[]): Promise<string | null> {
  for (const id of ids) {
    const x = await db
      .selectFrom('exhibits')
      .select([
        'agency_id',
        'operation_id',
        sql<string[]>`array(SELECT agency_id FROM shares
          WHERE resource_type = 'exhibit' AND resource_id = ${id})`.as('shared'),
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    let ok =
      x !== undefined &&
      can(actor, 'protection.write', { type: 'exhibit', id, agencyId: x.agency_id, sharedWith: x.shared });
    if (ok && x?.operation_id) {
      const op = await db
        .selectFrom('operations')
        .select('status')
        .where('id', '=', x.operation_id)
        .executeTakeFirstOrThrow();
      if (op.status !== 'concluded' && !(await activeRole(db, x.operation_id, actor.userId))) {
        await auditRefusal(db, actor, x.operation_id, 'member', 'exhibit');
        ok = false;
      }
    }
    if (!ok) return `assetExhibitIds: ${id} is not an exhibit your agency holds or was shared`;
  }
  return null;
}

export interface ClaimInput {
  route: ClaimRoute;
  forum: string;
  amountClaimed: number;
  currency: string;
  prosecutionRef?: string | undefined;
  assetExhibitIds: string[];
}

/** Records a claim being prepared for the person, with the seized assets it draws on. */
export async function prepareClaim(
  db: Q,
  actor: Actor,
  caseId: string,
  input: ClaimInput,
  requestId: string,
) {
  const exhibits = [...new Set(input.assetExhibitIds)];
  // Who may change the case is answered first (403/404), before anything is said about exhibits.
  await db.transaction().execute((trx) => ownedCase(trx, actor, caseId));
  const problem = await assetProblem(db, actor, exhibits);
  if (problem) throw new AppError('validation_failed', problem);
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const claim = await trx
      .insertInto('protection_claims')
      .values({
        agency_id: actor.agencyId as string,
        case_id: caseId,
        route: input.route,
        forum: input.forum,
        amount_claimed: input.amountClaimed,
        currency: input.currency,
        prosecution_ref: input.prosecutionRef ?? null,
        status: 'prepared',
        created_by: actor.userId as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const exhibit_id of exhibits)
      await trx.insertInto('protection_claim_assets').values({ claim_id: claim.id, exhibit_id }).execute();
    await addStep(trx, actor, claim.id, { status: 'prepared', happened_on: isoDay(new Date()) });
    await audit(trx, actor, caseId, 'protection.claim_prepare', requestId, {
      claim: claim.id,
      route: input.route,
      exhibits,
    });
    return { claimId: claim.id, status: 'prepared' as const };
  });
}

type StepValues = Omit<Insertable<ProtectionClaimStepTable>, 'agency_id' | 'claim_id' | 'by_user'>;
const addStep = (trx: Trx, actor: Actor, claimId: string, step: StepValues) =>
  trx
    .insertInto('protection_claim_steps')
    .values({
      ...step,
      agency_id: actor.agencyId as string,
      claim_id: claimId,
      by_user: actor.userId as string,
    })
    .execute();

async function claimOf(trx: Trx, caseId: string, claimId: string) {
  const c = await trx
    .selectFrom('protection_claims')
    .selectAll()
    .where('id', '=', claimId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!c) throw new AppError('not_found', 'No such claim on this case.');
  return c;
}

export interface ClaimStepInput {
  status: ClaimStep;
  on: string;
  /** With `awarded` only: the amount awarded, in the claim's currency. */
  amountAwarded?: number | undefined;
  /** The language the person gave their decision in: needed to withdraw. */
  language?: string | undefined;
}

/** Records the claim's next step: filed, awarded (with the amount), rejected, or withdrawn by the person. */
export async function stepClaim(
  db: Q,
  actor: Actor,
  caseId: string,
  claimId: string,
  input: ClaimStepInput,
  requestId: string,
) {
  if ((input.status === 'awarded') !== (input.amountAwarded !== undefined))
    throw new AppError(
      'validation_failed',
      input.status === 'awarded'
        ? 'amountAwarded: an award carries the amount awarded'
        : 'amountAwarded: only an award carries an amount',
    );
  if (input.status === 'withdrawn' && input.language === undefined)
    throw new AppError('validation_failed', 'language: the person withdraws a claim in their language');
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const c = await claimOf(trx, caseId, claimId);
    const from = c.status as ClaimStatus;
    const allowed = NEXT[from];
    if (!allowed.includes(input.status))
      throw new AppError(
        'conflict',
        allowed.length === 0
          ? `${c.route}: the claim is ${from}: nothing follows`
          : `${c.route}: a claim ${from} can next be ${allowed.join(' or ')}, not ${input.status}`,
      );
    await trx
      .updateTable('protection_claims')
      .set({
        status: input.status,
        updated_at: new Date(),
        ...(input.amountAwarded !== undefined ? { amount_awarded: input.amountAwarded } : {}),
      })
      .where('id', '=', claimId)
      .execute();
    await addStep(trx, actor, claimId, {
      status: input.status,
      happened_on: input.on,
      amount_awarded: input.amountAwarded ?? null,
      language: input.language ?? null,
    });
    await audit(trx, actor, caseId, 'protection.claim_status', requestId, {
      claim: claimId,
      route: c.route,
      from,
      status: input.status,
    });
    return { claimId, status: input.status };
  });
}

export interface PaymentInput {
  amount: number;
  receivedOn: string;
  from: Payer;
}

/** Records money the person received on an awarded claim; the claim is then partly paid or paid in full. */
export async function recordPayment(
  db: Q,
  actor: Actor,
  caseId: string,
  claimId: string,
  input: PaymentInput,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await ownedCase(trx, actor, caseId);
    const c = await claimOf(trx, caseId, claimId);
    if (c.status === 'paid_in_full') throw new AppError('conflict', 'The claim is paid in full already.');
    if (c.status === 'rejected' || c.status === 'withdrawn')
      throw new AppError('conflict', `The claim is ${c.status}: no payment is recorded on it.`);
    if ((c.status !== 'awarded' && c.status !== 'partly_paid') || c.amount_awarded === null)
      throw new AppError('conflict', 'A claim is paid only after it is awarded.');
    const payment = await trx
      .insertInto('protection_claim_payments')
      .values({
        agency_id: actor.agencyId as string,
        claim_id: claimId,
        amount: input.amount,
        received_on: input.receivedOn,
        payer: input.from,
        recorded_by: actor.userId as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sum = await trx
      .selectFrom('protection_claim_payments')
      .select(sql<string>`coalesce(sum(amount), 0)::text`.as('received'))
      .where('claim_id', '=', claimId)
      .executeTakeFirstOrThrow();
    const received = toHundredths(sum.received);
    const status = received >= toHundredths(c.amount_awarded) ? 'paid_in_full' : 'partly_paid';
    await trx
      .updateTable('protection_claims')
      .set({ status, updated_at: new Date() })
      .where('id', '=', claimId)
      .execute();
    await addStep(trx, actor, claimId, { status, happened_on: input.receivedOn, payment_id: payment.id });
    await audit(trx, actor, caseId, 'protection.claim_payment', requestId, {
      claim: claimId,
      payment: payment.id,
      from: input.from,
      status,
    });
    return { paymentId: payment.id, status, received: amountOf(received) };
  });
}
