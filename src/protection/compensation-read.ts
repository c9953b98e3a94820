import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { allocationsForRef } from '../prosecution/asset-allocations.ts';
import { caseOfAgency } from './case-work.ts';
import { amountOf, namesOf, toHundredths } from './compensation.ts';

// Compensation as read: a case's claims for its caseworker (audited), and an agency's figures for outcomes.

type Q = Kysely<Database>;

/**
 * A case's claims with their steps, seized assets and payments, and the totals per currency: claimed and awarded
 * (withdrawn claims left out) and received (every payment). Audited.
 */
export async function readCompensation(db: Q, actor: Actor, caseId: string, requestId: string) {
  await caseOfAgency(db, actor, caseId);
  const claims = await db
    .selectFrom('protection_claims')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .execute();
  const steps = await db
    .selectFrom('protection_claim_steps as s')
    .innerJoin('protection_claims as c', 'c.id', 's.claim_id')
    .selectAll('s')
    .where('c.case_id', '=', caseId)
    .orderBy('s.at')
    .execute();
  const payments = await db
    .selectFrom('protection_claim_payments as p')
    .innerJoin('protection_claims as c', 'c.id', 'p.claim_id')
    .selectAll('p')
    .where('c.case_id', '=', caseId)
    .orderBy('p.recorded_at')
    .execute();
  const assets = await db
    .selectFrom('protection_claim_assets as a')
    .innerJoin('protection_claims as c', 'c.id', 'a.claim_id')
    .selectAll('a')
    .where('c.case_id', '=', caseId)
    .execute();
  const who = await namesOf(db, [
    ...claims.map((c) => c.created_by),
    ...steps.map((s) => s.by_user),
    ...payments.map((p) => p.recorded_by),
  ]);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'protection.compensation_read',
      resource: { type: 'protection_case', id: caseId },
      outcome: 'success',
      requestId,
    }),
  );
  const totals = new Map<string, { claimed: number; awarded: number; received: number }>();
  const totalOf = (currency: string) => {
    const t = totals.get(currency) ?? { claimed: 0, awarded: 0, received: 0 };
    totals.set(currency, t);
    return t;
  };
  const read = await Promise.all(
    claims.map(async (c) => {
      const paid = payments.filter((p) => p.claim_id === c.id);
      const received = paid.reduce((n, p) => n + toHundredths(p.amount), 0);
      const t = totalOf(c.currency);
      if (c.status !== 'withdrawn') {
        t.claimed += toHundredths(c.amount_claimed);
        t.awarded += c.amount_awarded === null ? 0 : toHundredths(c.amount_awarded);
      }
      t.received += received;
      return {
        id: c.id,
        route: c.route,
        forum: c.forum,
        amountClaimed: amountOf(toHundredths(c.amount_claimed)),
        currency: c.currency,
        prosecutionRef: c.prosecution_ref,
        // Confiscated assets the prosecution allocated to this claim: matched by both the case file's ref and the
        // claim's id, which the caseworker gave the prosecutor — a ref alone shows nothing.
        allocated: c.prosecution_ref
          ? (await allocationsForRef(db, c.prosecution_ref))
              .filter((a) => a.claimId === c.id)
              .map((a) => ({ amount: a.amount, currency: a.currency, allocatedOn: a.allocatedOn }))
          : [],
        assetExhibitIds: assets.filter((a) => a.claim_id === c.id).map((a) => a.exhibit_id),
        status: c.status,
        amountAwarded: c.amount_awarded === null ? null : amountOf(toHundredths(c.amount_awarded)),
        received: amountOf(received),
        createdAt: new Date(c.created_at).toISOString(),
        by: who(c.created_by),
        steps: steps
          .filter((s) => s.claim_id === c.id)
          .map((s) => ({
            status: s.status,
            on: s.happened_on,
            amountAwarded: s.amount_awarded === null ? null : amountOf(toHundredths(s.amount_awarded)),
            language: s.language,
            paymentId: s.payment_id,
            at: new Date(s.at).toISOString(),
            by: who(s.by_user),
          })),
        payments: paid.map((p) => ({
          id: p.id,
          amount: amountOf(toHundredths(p.amount)),
          receivedOn: p.received_on,
          from: p.payer,
          at: new Date(p.recorded_at).toISOString(),
          by: who(p.recorded_by),
        })),
      };
    }),
  );
  return {
    claims: read,
    totals: [...totals.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, t]) => ({
        currency,
        claimed: amountOf(t.claimed),
        awarded: amountOf(t.awarded),
        received: amountOf(t.received),
      })),
  };
}

/**
 * An agency's compensation in figures, for outcomes: claims counted per route and status, and the money received
 * per currency. Counts and sums only: no case, person or claim is named.
 */
export async function compensationFigures(db: Q, agencyId: string) {
  const claims = await db
    .selectFrom('protection_claims')
    .select(['route', 'status', sql<string>`count(*)::text`.as('n')])
    .where('agency_id', '=', agencyId)
    .groupBy(['route', 'status'])
    .orderBy('route')
    .orderBy('status')
    .execute();
  const received = await db
    .selectFrom('protection_claim_payments')
    .innerJoin('protection_claims', 'protection_claims.id', 'protection_claim_payments.claim_id')
    .select([
      'protection_claims.currency',
      sql<string>`sum(protection_claim_payments.amount)::text`.as('sum'),
    ])
    .where('protection_claim_payments.agency_id', '=', agencyId)
    .groupBy('protection_claims.currency')
    .orderBy('protection_claims.currency')
    .execute();
  return {
    claims: claims.map((c) => ({ route: c.route, status: c.status, count: Number(c.n) })),
    received: received.map((r) => ({ currency: r.currency, amount: amountOf(toHundredths(r.sum)) })),
  };
}
