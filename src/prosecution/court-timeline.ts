import type { ServerLanguage } from '../platform/i18n/languages.ts';
import type { Q } from './case-access.ts';
import { COURT_FILE_TEXTS, wordFor } from './court-file-texts.ts';
import { fill, printedNumber } from './pdf-language.ts';

// The court file's timeline beyond the investigation: hearings, decisions, sentences, appeals, requests for
// assistance abroad, and the orders on assets — each a dated line in words of the file's language
// (court-file-texts.ts), no victim named. The court's name is as recorded.

const day = (d: string) => `${d}T00:00:00.000Z`;

export async function courtTimeline(
  db: Q,
  caseId: string,
  chargeName: (id: string) => string,
  lang: ServerLanguage = 'en',
) {
  const t = COURT_FILE_TEXTS[lang];
  const n = (count: number) => printedNumber(count, lang);
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
    ...hearings.map((h) => {
      const hearing = wordFor(t.hearings, h.kind);
      return {
        at: new Date(h.scheduled_at).toISOString(),
        what: h.outcome
          ? fill(t.hearingWithOutcome, {
              hearing,
              court: h.court,
              outcome: wordFor(t.hearingOutcomes, h.outcome),
            })
          : fill(t.hearing, { hearing, court: h.court }),
      };
    }),
    ...decisions.map((d) => ({
      at: day(d.decided_on),
      what: fill(t.decision, { charge: chargeName(d.charge_id), decision: wordFor(t.decisions, d.decision) }),
    })),
    ...sentences.map((s) => ({
      at: day(s.sentenced_on),
      what: fill(s.suspended ? t.sentencedSuspended : t.sentenced, {
        charge: chargeName(s.charge_id),
        months: n(s.prison_months),
      }),
    })),
    ...appeals.map((a) => ({
      at: day(a.lodged_on),
      what: fill(t.appeal, {
        charge: chargeName(a.charge_id),
        appellant: wordFor(t.appellants, a.appellant),
      }),
    })),
    ...mla.map((m) => ({
      at: new Date(m.created_at).toISOString(),
      what: fill(t.assistanceRequest, { n: n(m.n), country: wordFor(t.countries, m.to_country) }),
    })),
    ...orders.map((o) => ({
      at: day(o.ordered_on),
      what: fill(t.assetOrder, {
        n: n(o.n),
        asset: wordFor(t.assetKinds, o.asset),
        order: wordFor(t.assetOrders, o.kind),
      }),
    })),
  ];
}
