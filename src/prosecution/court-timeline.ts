import type { Q } from './case-access.ts';

// The court file's timeline beyond the investigation: hearings, decisions, sentences, appeals, requests for
// assistance abroad, and the orders on assets — each a dated line in words, no victim named.

const HEARINGS: Record<string, string> = {
  first_appearance: 'First appearance',
  bail: 'Bail hearing',
  pre_trial: 'Pre-trial hearing',
  trial: 'Trial hearing',
  verdict: 'Verdict hearing',
  sentencing: 'Sentencing hearing',
  appeal_hearing: 'Appeal hearing',
};
const words = (code: string) => code.replaceAll('_', ' ');
const day = (d: string) => `${d}T00:00:00.000Z`;

export async function courtTimeline(db: Q, caseId: string, chargeName: (id: string) => string) {
  const [hearings, decisions, sentences, appeals, mla, orders] = await Promise.all([
    db
      .selectFrom('prosecution_hearings')
      .select(['kind', 'scheduled_at', 'court', 'outcome'])
      .where('case_id', '=', caseId)
      .execute(),
    db
      .selectFrom('prosecution_decisions')
      .select(['charge_id', 'decision', 'decided_on'])
      .where('case_id', '=', caseId)
      .execute(),
    db
      .selectFrom('prosecution_sentences')
      .select(['charge_id', 'sentenced_on', 'prison_months', 'suspended'])
      .where('case_id', '=', caseId)
      .execute(),
    db
      .selectFrom('prosecution_appeals')
      .select(['charge_id', 'appellant', 'lodged_on'])
      .where('case_id', '=', caseId)
      .execute(),
    db
      .selectFrom('prosecution_mla_requests')
      .select(['n', 'to_country', 'created_at'])
      .where('case_id', '=', caseId)
      .execute(),
    db
      .selectFrom('prosecution_asset_orders as o')
      .innerJoin('prosecution_assets as a', 'a.id', 'o.asset_id')
      .select(['a.n', 'a.kind as asset', 'o.kind', 'o.ordered_on'])
      .where('a.case_id', '=', caseId)
      .execute(),
  ]);
  return [
    ...hearings.map((h) => ({
      at: new Date(h.scheduled_at).toISOString(),
      what: `${HEARINGS[h.kind] ?? words(h.kind)} at ${h.court}${h.outcome ? ` (${words(h.outcome)})` : ''}`,
    })),
    ...decisions.map((d) => ({
      at: day(d.decided_on),
      what: `${chargeName(d.charge_id)}: ${words(d.decision)}`,
    })),
    ...sentences.map((s) => ({
      at: day(s.sentenced_on),
      what: `${chargeName(s.charge_id)}: sentenced to ${s.prison_months} months${s.suspended ? ', suspended' : ''}`,
    })),
    ...appeals.map((a) => ({
      at: day(a.lodged_on),
      what: `${chargeName(a.charge_id)}: appeal by the ${a.appellant}`,
    })),
    ...mla.map((m) => ({
      at: new Date(m.created_at).toISOString(),
      what: `Request for assistance ${m.n} to ${m.to_country}`,
    })),
    ...orders.map((o) => ({
      at: day(o.ordered_on),
      what: `Asset ${o.n} (${words(o.asset)}): ${words(o.kind)}`,
    })),
  ];
}
