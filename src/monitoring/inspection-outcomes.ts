import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal, sealText, unseal, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { OUTCOMES, type OutcomeKind } from './inspection-catalogue.ts';
import {
  auditInspection,
  inspectionIn,
  interviewCodeContext,
  outcomeContext,
  type Q,
  referralContext,
  screeningAgencies,
} from './inspection-store.ts';

// What the inspection leads to: an improvement order (its items and a compliance deadline, which a follow-up
// visit checks), a closure on labour-law grounds, a referral to the police (recorded here; the routing to the
// police with jurisdiction reads src/monitoring/inspection-routing-view.ts), a warning, no breach found, or workers
// referred to screening at an agency that screens: each referral carries the worker's pseudonym, language, sex and
// whether under 18 (sealed together), the inspection's ref and a reason (sealed). Recorded on a visited inspection.

export interface OutcomeInput {
  kind: OutcomeKind;
  items?: string | undefined;
  deadline?: string | undefined;
  note?: string | undefined;
  toAgencyId?: string | undefined;
  interviewIds?: string[] | undefined;
  reason?: string | undefined;
}

/** Which fields each outcome needs (and no other takes), with what is said when one is missing. */
const NEEDS: Record<string, { kinds: OutcomeKind[]; needed: string }> = {
  items: {
    kinds: ['improvement_order'],
    needed: 'an improvement order lists what the employer must put right',
  },
  deadline: { kinds: ['improvement_order'], needed: 'an improvement order has a compliance deadline' },
  toAgencyId: { kinds: ['screening_referral'], needed: 'name the agency that screens the workers' },
  interviewIds: { kinds: ['screening_referral'], needed: 'choose the workers interviewed who are referred' },
  reason: { kinds: ['screening_referral'], needed: 'say why the workers are referred to screening' },
};

/** Why an outcome's fields do not fit its kind (`field: reason`), or null when they do. */
export function outcomeProblem(input: OutcomeInput): string | null {
  for (const [field, rule] of Object.entries(NEEDS)) {
    const v = (input as unknown as Record<string, unknown>)[field];
    const given =
      v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && !v.trim());
    const belongs = rule.kinds.includes(input.kind);
    if (belongs && !given) return `${field}: ${rule.needed}`;
    if (!belongs && given) return `${field}: not part of ${OUTCOMES[input.kind].toLowerCase()}`;
  }
  return null;
}

/** Records an outcome of a visited inspection (and, for a screening referral, one referral per worker). */
export async function recordOutcome(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  input: OutcomeInput,
  requestId: string,
) {
  const problem = outcomeProblem(input);
  if (problem) throw new AppError('validation_failed', problem);
  return db.transaction().execute(async (trx) => {
    const row = await inspectionIn(trx, actor, id, ['visited'], 'outcomes are recorded once the visit is');
    if (input.deadline && row.visited_on && input.deadline <= row.visited_on)
      throw new AppError('validation_failed', `deadline: after the visit on ${row.visited_on}`);
    if (input.kind === 'no_breach') {
      const found = await trx
        .selectFrom('labour_inspection_breaches')
        .select('breach')
        .where('inspection_id', '=', id)
        .execute();
      const observed = await trx
        .selectFrom('labour_inspection_findings')
        .select('indicator_id')
        .where('inspection_id', '=', id)
        .where('answer', '=', 'observed')
        .execute();
      if (found.length || observed.length)
        throw new AppError(
          'conflict',
          `The findings record ${found.length} breaches and ${observed.length} indicators observed: "no breach found" does not fit them.`,
        );
    }
    const ids = [...new Set(input.interviewIds ?? [])];
    if (input.kind === 'screening_referral') {
      const agencies = await screeningAgencies(trx);
      if (!agencies.some((a) => a.id === input.toAgencyId))
        throw new AppError('validation_failed', 'toAgencyId: no agency that screens people has this id');
      const mine = await trx
        .selectFrom('labour_inspection_interviews')
        .select('id')
        .where('inspection_id', '=', id)
        .where('id', 'in', ids)
        .execute();
      if (mine.length !== ids.length)
        throw new AppError(
          'validation_failed',
          `interviewIds: ${ids.length - mine.length} of the workers chosen were not interviewed at ${row.ref}`,
        );
      const already = await trx
        .selectFrom('labour_inspection_referrals')
        .select('id')
        .where('interview_id', 'in', ids)
        .where('to_agency_id', '=', input.toAgencyId as string)
        .execute();
      if (already.length)
        throw new AppError(
          'conflict',
          `interviewIds: workers chosen who are already referred to this agency: ${already.length}`,
        );
    }
    const outcomeId = crypto.randomUUID();
    await trx
      .insertInto('labour_inspection_outcomes')
      .values({
        id: outcomeId,
        inspection_id: id,
        agency_id: row.agency_id,
        kind: input.kind,
        items: sealText(ring, input.items?.trim() ?? '', outcomeContext(outcomeId, 'items')),
        deadline: input.deadline ?? null,
        note: sealText(ring, input.note ?? '', outcomeContext(outcomeId, 'note')),
        created_by: actor.userId as string,
      })
      .execute();
    const referrals: string[] = [];
    if (input.kind === 'screening_referral') {
      const workers = await trx
        .selectFrom('labour_inspection_interviews')
        .selectAll()
        .where('id', 'in', ids)
        .execute();
      for (const w of workers) {
        const referralId = crypto.randomUUID();
        const details = {
          pseudonym: unseal(ring, w.code, interviewCodeContext(w.id)),
          language: w.language,
          sex: w.sex,
          under18: w.under18,
        };
        await trx
          .insertInto('labour_inspection_referrals')
          .values({
            id: referralId,
            inspection_id: id,
            outcome_id: outcomeId,
            interview_id: w.id,
            from_agency_id: row.agency_id,
            to_agency_id: input.toAgencyId as string,
            details: seal(ring, JSON.stringify(details), referralContext(referralId, 'details')),
            reason: seal(ring, input.reason as string, referralContext(referralId, 'reason')),
            created_by: actor.userId as string,
          })
          .execute();
        referrals.push(referralId);
      }
    }
    await auditInspection(trx, actor, 'monitoring.inspection_outcome', id, requestId, {
      outcome: outcomeId,
      kind: input.kind,
      ...(input.kind === 'screening_referral' ? { to: input.toAgencyId, referrals } : {}),
    });
    return { id: outcomeId, kind: input.kind, referrals: referrals.length };
  });
}

/** The outcomes of an inspection, oldest first, each screening referral with its workers and their standing. */
export async function outcomesOf(q: Q, ring: Keyring, id: string) {
  const rows = await q
    .selectFrom('labour_inspection_outcomes as o')
    .innerJoin('users', 'users.id', 'o.created_by')
    .select(['o.id', 'o.kind', 'o.items', 'o.deadline', 'o.note', 'o.created_at', 'users.display_name'])
    .where('o.inspection_id', '=', id)
    .orderBy('o.created_at')
    .execute();
  const referrals = await q
    .selectFrom('labour_inspection_referrals as r')
    .innerJoin('agencies', 'agencies.id', 'r.to_agency_id')
    .select(['r.id', 'r.outcome_id', 'r.interview_id', 'r.screening_id', 'r.taken_up_at', 'agencies.name'])
    .where('r.inspection_id', '=', id)
    .orderBy('r.created_at')
    .execute();
  return rows.map((o) => ({
    id: o.id,
    kind: o.kind,
    label: OUTCOMES[o.kind as OutcomeKind] ?? o.kind,
    items: unsealText(ring, o.items, outcomeContext(o.id, 'items')),
    deadline: o.deadline,
    note: unsealText(ring, o.note, outcomeContext(o.id, 'note')),
    at: new Date(o.created_at).toISOString(),
    by: o.display_name,
    referrals: referrals
      .filter((r) => r.outcome_id === o.id)
      .map((r) => ({
        id: r.id,
        interviewId: r.interview_id,
        toAgency: r.name,
        takenUp: r.taken_up_at !== null,
      })),
  }));
}
