import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { auditCase, caseOfAgency, type Q } from './case-access.ts';
import { CONVICTIONS } from './court.ts';
import { DECISIONS, type Decision } from './court-bodies.ts';
import { deadlinesOfCase, isoDay } from './court-deadlines.ts';
import { auditPseudonymRead, participantsOf } from './court-participation.ts';
import { mlaRequestsOf } from './mla.ts';
import { titleOfOffence } from './offence-language.ts';
import { offenceByCode } from './offences/index.ts';

// The case in court on one page: hearings with who took part (named only as the person's live consent allows),
// decisions, sentences, appeals, requests for assistance abroad and deadlines; per charge its standing (the last
// decision) and the sentence on it. The read is audited on the case, and every pseudonym it shows is audited on
// the protection case as a reading of what the person shared. Offences are titled in the reader's language. And
// the agency's court figures, for outcomes.

const amount = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

type DecisionRow = {
  id: string;
  charge_id: string;
  hearing_id: string | null;
  decision: string;
  decided_on: string;
  reason: string | null;
  lesser_offence: string | null;
};
const decisionView = (d: DecisionRow, lang: ServerLanguage) => ({
  id: d.id,
  chargeId: d.charge_id,
  hearingId: d.hearing_id,
  decision: d.decision,
  on: d.decided_on,
  reason: d.reason,
  lesserOffence: d.lesser_offence,
  lesserTitle: d.lesser_offence ? titleOfOffence(d.lesser_offence, lang) : null,
});

export async function readCourt(
  db: Q,
  actor: Actor,
  ring: Keyring,
  caseId: string,
  lang: ServerLanguage,
  requestId: string,
  today = new Date(),
) {
  const c = await caseOfAgency(db, actor, caseId);
  const hearings = await db
    .selectFrom('prosecution_hearings')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('scheduled_at')
    .orderBy('recorded_at')
    .execute();
  const { participants, pseudonymsShown } = await participantsOf(db, actor, ring, caseId);
  const decisions = await db
    .selectFrom('prosecution_decisions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const sentenceRows = await db
    .selectFrom('prosecution_sentences')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .execute();
  const appeals = await db
    .selectFrom('prosecution_appeals')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('recorded_at')
    .execute();
  const charges = await db
    .selectFrom('prosecution_charges as ch')
    .innerJoin('prosecution_suspects as s', 's.id', 'ch.suspect_id')
    .select(['ch.id', 'ch.suspect_id', 'ch.country', 'ch.offence_code', 's.label'])
    .where('ch.case_id', '=', caseId)
    .orderBy('ch.laid_at')
    .orderBy('ch.id')
    .execute();
  const sentences = sentenceRows.map((s) => ({
    id: s.id,
    chargeId: s.charge_id,
    decisionId: s.decision_id,
    hearingId: s.hearing_id,
    on: s.sentenced_on,
    prisonMonths: s.prison_months,
    suspended: s.suspended,
    fine: s.fine_currency ? { amount: amount(s.fine) as number, currency: s.fine_currency } : null,
    compensation: s.compensation_currency
      ? { amount: amount(s.compensation) as number, currency: s.compensation_currency }
      : null,
  }));
  const out = {
    caseId,
    ref: c.ref,
    hearings: hearings.map((h) => ({
      id: h.id,
      kind: h.kind,
      at: new Date(h.scheduled_at).toISOString(),
      court: h.court,
      note: h.note,
      outcome: h.outcome,
      outcomeNote: h.outcome_note,
      outcomeAt: iso(h.outcome_at),
      participants: participants.filter((p) => p.hearingId === h.id).map(({ hearingId: _, ...p }) => p),
    })),
    charges: charges.map((ch) => {
      const latest = decisions.filter((d) => d.charge_id === ch.id).at(-1);
      const sentence =
        latest && CONVICTIONS.includes(latest.decision as Decision)
          ? sentences.filter((s) => s.decisionId === latest.id).at(-1)
          : undefined;
      return {
        id: ch.id,
        suspectId: ch.suspect_id,
        suspect: ch.label,
        country: ch.country,
        offence: ch.offence_code,
        title: titleOfOffence(ch.offence_code, lang),
        decision: latest ? decisionView(latest, lang) : null,
        sentence: sentence ?? null,
      };
    }),
    decisions: decisions.map((d) => decisionView(d, lang)),
    sentences,
    appeals: appeals.map((a) => ({
      id: a.id,
      chargeId: a.charge_id,
      decisionId: a.decision_id,
      by: a.appellant,
      lodgedOn: a.lodged_on,
      decidedOn: a.decided_on,
      result: a.result,
    })),
    mla: await mlaRequestsOf(db, c.ref, caseId),
    deadlines: await deadlinesOfCase(db, caseId, isoDay(today)),
  };
  await db.transaction().execute(async (trx) => {
    await auditCase(trx, actor, caseId, 'prosecution.court_read', requestId, {
      hearings: out.hearings.length,
      participants: participants.length,
      pseudonymsShown,
    });
    for (const pcase of pseudonymsShown) await auditPseudonymRead(trx, actor, pcase, caseId, requestId);
  });
  return out;
}

/**
 * The agency's court figures, for outcomes: charges by their standing (the last decision; undecided when none),
 * convictions per offence category (a conviction for a lesser offence counts under that offence's category), and
 * the sentences standing on convictions (count, total prison months, how many suspended).
 */
export async function courtOutcomeFigures(db: Q, agencyId: string) {
  const charges = await db
    .selectFrom('prosecution_charges')
    .select(['id', 'offence_code'])
    .where('agency_id', '=', agencyId)
    .execute();
  const decisions = await db
    .selectFrom('prosecution_decisions')
    .select(['id', 'charge_id', 'decision', 'lesser_offence'])
    .where('agency_id', '=', agencyId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const sentences = await db
    .selectFrom('prosecution_sentences')
    .select(['decision_id', 'prison_months', 'suspended'])
    .where('agency_id', '=', agencyId)
    .orderBy('recorded_at')
    .execute();
  const latest = new Map(decisions.map((d) => [d.charge_id, d]));
  const byDecision: Record<Decision | 'undecided', number> = {
    undecided: 0,
    ...(Object.fromEntries(DECISIONS.map((d) => [d, 0])) as Record<Decision, number>),
  };
  const convictionsByCategory: Record<string, number> = {};
  const standing = { count: 0, prisonMonths: 0, suspended: 0 };
  for (const ch of charges) {
    const d = latest.get(ch.id);
    byDecision[(d?.decision ?? 'undecided') as Decision | 'undecided'] += 1;
    if (!d || !CONVICTIONS.includes(d.decision as Decision)) continue;
    const code = d.decision === 'convicted_lesser' ? (d.lesser_offence ?? ch.offence_code) : ch.offence_code;
    const category = offenceByCode(code)?.category ?? 'unknown';
    convictionsByCategory[category] = (convictionsByCategory[category] ?? 0) + 1;
    const s = sentences.filter((x) => x.decision_id === d.id).at(-1);
    if (!s) continue;
    standing.count += 1;
    standing.prisonMonths += s.prison_months;
    if (s.suspended) standing.suspended += 1;
  }
  return { charges: charges.length, byDecision, convictionsByCategory, sentences: standing };
}
