import { sql } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import { assetOfCase, cents, lastOrder, units } from './assets.ts';
import { auditCase, openCaseForChange, type Q } from './case-access.ts';

// The flow from the assets behind a case to victims' compensation. A confiscated asset is allocated to victims in
// parts, never beyond the value confiscated. The prosecutor cannot see the protection track's cases: each
// allocation records the case file's ref, which the victims' claims carry as `prosecution_ref`, and the claim's id
// when the victim's caseworker gave it (stored as given, not checked); allocationsForRef is the protection side's
// read. Audit entries carry ids and codes only.

export interface AllocationInput {
  amount: number;
  currency: string;
  on: string;
  /** The protection claim's id, when the victim's caseworker gave it; stored as given. */
  claimId?: string | undefined;
}

/** Allocates part of a confiscated asset to victims' compensation, never beyond the value confiscated. */
export async function allocateToVictims(
  db: Q,
  actor: Actor,
  caseId: string,
  assetId: string,
  input: AllocationInput,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const a = await assetOfCase(trx, caseId, assetId);
    const confiscation = await lastOrder(trx, assetId, 'confiscation_order');
    if (a.status !== 'confiscated' || !confiscation?.value)
      throw new AppError(
        'conflict',
        `assetId: asset ${a.n} is ${a.status}; only a confiscated asset is allocated to victims.`,
      );
    if (input.currency !== a.currency)
      throw new AppError(
        'validation_failed',
        `currency: asset ${a.n} was confiscated in ${a.currency}; allocate it in ${a.currency}, not ${input.currency}.`,
      );
    if (input.on < confiscation.ordered_on)
      throw new AppError(
        'conflict',
        `on: asset ${a.n} was confiscated on ${confiscation.ordered_on}; it cannot be allocated before then.`,
      );
    const sum = await trx
      .selectFrom('prosecution_asset_allocations')
      .select(sql<string>`coalesce(sum(amount), 0)::text`.as('allocated'))
      .where('asset_id', '=', assetId)
      .executeTakeFirstOrThrow();
    const remaining = cents(confiscation.value) - cents(sum.allocated);
    if (cents(input.amount) > remaining)
      throw new AppError(
        'conflict',
        `amount: asset ${a.n} has ${units(remaining)} ${a.currency} of the ${units(cents(confiscation.value))} confiscated left to allocate; ${input.amount} is more.`,
      );
    const row = await trx
      .insertInto('prosecution_asset_allocations')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        case_ref: c.ref,
        asset_id: assetId,
        amount: input.amount,
        currency: input.currency,
        allocated_on: input.on,
        claim_id: input.claimId ?? null,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditCase(trx, actor, caseId, 'prosecution.asset_allocate', requestId, {
      asset: assetId,
      allocation: row.id,
      currency: input.currency,
      claim: input.claimId ?? null,
    });
    return {
      allocationId: row.id,
      caseRef: c.ref,
      allocated: units(cents(sum.allocated) + cents(input.amount)),
      remaining: units(remaining - cents(input.amount)),
    };
  });
}

/**
 * What was allocated to victims from the assets of the case file whose ref is `ref`, for the protection track to
 * show on a claim whose `prosecution_ref` matches (amounts, dates and ids only; the caller audits its own read).
 */
export async function allocationsForRef(db: Q, ref: string) {
  const rows = await db
    .selectFrom('prosecution_asset_allocations as l')
    .innerJoin('prosecution_assets as a', 'a.id', 'l.asset_id')
    .select(['l.id', 'l.case_ref', 'l.amount', 'l.currency', 'l.allocated_on', 'l.claim_id', 'a.exhibit_id'])
    .where('l.case_ref', '=', ref)
    .orderBy('l.recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseRef: r.case_ref,
    amount: units(cents(r.amount)),
    currency: r.currency,
    allocatedOn: r.allocated_on,
    claimId: r.claim_id,
    exhibitId: r.exhibit_id,
  }));
}
