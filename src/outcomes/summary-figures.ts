import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';
import { objectiveFigures } from '../operations/review.ts';
import { placeAt } from './filters.ts';
import type { SummaryFigures } from './summary-wire.ts';

type Q = Kysely<Database>;

export type { SummaryFigures };

const month = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 7) : '');

async function sitePlace(db: Q, entityId: string | null) {
  if (!entityId) return { country: null, province: null };
  const facts = await db
    .selectFrom('entity_facts')
    .select(['attribute', 'value'])
    .where('entity_id', '=', entityId)
    .where('attribute', 'in', ['lat', 'lon'])
    .execute();
  const lat = Number(facts.find((f) => f.attribute === 'lat')?.value ?? Number.NaN);
  const lon = Number(facts.find((f) => f.attribute === 'lon')?.value ?? Number.NaN);
  return Number.isFinite(lat) && Number.isFinite(lon) ? placeAt(lat, lon) : { country: null, province: null };
}

/** Charges, court decisions, sentences and confiscations of the case files named. */
async function courtFigures(db: Q, caseIds: string[]) {
  if (!caseIds.length)
    return {
      charges: 0,
      convictions: 0,
      acquittals: 0,
      sentences: [],
      assetsConfiscated: { count: 0, value: {} },
    };
  const charges = await db
    .selectFrom('prosecution_charges')
    .select('id')
    .where('case_id', 'in', caseIds)
    .execute();
  // A charge stands by its last decision (in the order the court module reads them): a conviction overturned on
  // appeal is not a conviction, and a sentence varied on appeal is one sentence, the last.
  const decisions = await db
    .selectFrom('prosecution_decisions')
    .select(['id', 'charge_id', 'decision'])
    .where('case_id', 'in', caseIds)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const latest = new Map(decisions.map((d) => [d.charge_id, d] as const));
  const standing = [...latest.values()];
  const convictedNow = new Set(
    standing.filter((d) => d.decision === 'convicted' || d.decision === 'convicted_lesser').map((d) => d.id),
  );
  const sentenceRows = await db
    .selectFrom('prosecution_sentences')
    .select(['charge_id', 'decision_id', 'prison_months', 'suspended'])
    .where('case_id', 'in', caseIds)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
  const lastSentence = new Map(
    sentenceRows.filter((r) => convictedNow.has(r.decision_id)).map((r) => [r.charge_id, r] as const),
  );
  const sentences = [...lastSentence.values()];
  // A confiscated asset's value is the confiscation order's (or its estimate when the order gave none).
  const assets = await db
    .selectFrom('prosecution_assets')
    .leftJoin('prosecution_asset_orders as o', (j) =>
      j.onRef('o.asset_id', '=', 'prosecution_assets.id').on('o.kind', '=', 'confiscation_order'),
    )
    .select([
      'prosecution_assets.currency',
      sql<string | null>`coalesce(o.value, prosecution_assets.estimated_value)`.as('value'),
    ])
    .where('prosecution_assets.case_id', 'in', caseIds)
    .where('prosecution_assets.status', '=', 'confiscated')
    .execute();
  const value: Record<string, number> = {};
  for (const a of assets) value[a.currency] = (value[a.currency] ?? 0) + Number(a.value ?? 0);
  return {
    charges: charges.length,
    convictions: convictedNow.size,
    acquittals: standing.filter((d) => d.decision === 'acquitted').length,
    sentences: sentences.map((s) => ({ prisonMonths: s.prison_months, suspended: s.suspended })),
    assetsConfiscated: { count: assets.length, value },
  };
}

/** A concluded operation's figures, with those of the case files built on it. */
export async function operationSummaryFigures(db: Q, operationId: string): Promise<SummaryFigures> {
  const op = await db
    .selectFrom('operations')
    .selectAll()
    .where('id', '=', operationId)
    .executeTakeFirstOrThrow();
  const f = await objectiveFigures(db, operationId);
  const decision = op.decision_id
    ? await db
        .selectFrom('intervention_decisions')
        .select('assessment')
        .where('id', '=', op.decision_id)
        .executeTakeFirst()
    : undefined;
  const exploitation = (
    (decision?.assessment as { exploitation?: string[] } | undefined)?.exploitation ?? []
  ).slice();
  const cases = await db
    .selectFrom('prosecution_cases')
    .select('id')
    .where('operation_id', '=', operationId)
    .execute();
  return {
    month: month(op.concluded_at ?? op.started_at),
    ...(await sitePlace(db, op.target_entity_id)),
    exploitation,
    arrests: f.arrest.arrestsMade,
    exhibitsSeized: f.evidence.seized,
    removed: f.rescue.removed,
    childrenAmongRemoved: f.rescue.childrenRemoved > 0,
    presumedVictims: f.rescue.presumedTrafficked,
    allThreeObjectivesMet: f.arrest.met && f.evidence.met && f.rescue.met,
    ...(await courtFigures(
      db,
      cases.map((c) => c.id),
    )),
  };
}

/** A prosecution case's figures (with its operation's, when it came from one). */
export async function caseSummaryFigures(db: Q, caseId: string): Promise<SummaryFigures> {
  const c = await db
    .selectFrom('prosecution_cases')
    .selectAll()
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  if (c.operation_id) {
    const op = await operationSummaryFigures(db, c.operation_id);
    return { ...op, ...(await courtFigures(db, [caseId])) };
  }
  return {
    month: month(c.created_at),
    ...(await sitePlace(db, c.site_entity_id)),
    exploitation: [],
    arrests: 0,
    exhibitsSeized: 0,
    removed: 0,
    childrenAmongRemoved: false,
    presumedVictims: 0,
    allThreeObjectivesMet: null,
    ...(await courtFigures(db, [caseId])),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The draft text for the press, in plain words, from the figures only. */
/** "2026-12" as "December 2026", as a press text says it. */
export function monthWords(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

export function draftText(f: SummaryFigures): { headline: string; body: string } {
  const where = f.province ? ` in ${f.province}` : '';
  const kinds = f.exploitation.length ? ` against ${f.exploitation.join(' and ')} exploitation` : '';
  const parts = [
    `In ${monthWords(f.month)}, an operation${kinds}${where} led to ${plural(f.arrests, 'arrest', 'arrests')}${
      f.exhibitsSeized
        ? ` and the seizure of ${plural(f.exhibitsSeized, 'item of evidence', 'items of evidence')}`
        : ''
    }.`,
  ];
  if (f.removed)
    parts.push(
      `${plural(f.removed, 'person was', 'people were')} brought to safety${f.childrenAmongRemoved ? ', children among them' : ''}, and offered support of their choosing.`,
    );
  if (f.charges) parts.push(`Prosecutors brought ${plural(f.charges, 'charge', 'charges')}.`);
  if (f.convictions) parts.push(`The court convicted on ${plural(f.convictions, 'charge', 'charges')}.`);
  const prison = f.sentences.filter((s) => !s.suspended).map((s) => s.prisonMonths);
  if (prison.length)
    parts.push(`Sentences of up to ${Math.max(...prison)} months in prison were handed down.`);
  if (f.assetsConfiscated.count)
    parts.push(`${plural(f.assetsConfiscated.count, 'asset was', 'assets were')} confiscated.`);
  return {
    headline: `${f.arrests ? plural(f.arrests, 'arrest', 'arrests') : 'Operation'}${where}${
      f.removed ? `, ${f.removed} brought to safety` : ''
    }`,
    body: parts.join(' '),
  };
}
