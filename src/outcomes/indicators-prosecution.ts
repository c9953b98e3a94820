import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { CONVICTIONS } from '../prosecution/court.ts';
import { type ElementStatus, loadCharges } from '../prosecution/gauge.ts';
import { dayOf, type Filters, passes, type UnitFacts, unfilteredBy } from './filters.ts';
import type { Context } from './indicators-context.ts';
import { breakdown, type IndicatorTable, stages } from './indicators-shape.ts';

// The prosecution track: arrests made in operations, charges laid, charges ending in a conviction, charges sentenced; the
// testimony burden of the charges (from the prosecution's gauge): how many rest on the victim's testimony alone.
// A case file counts for the agency that holds it and for the operation's agency it came from.

type Q = Kysely<Database>;

export const BURDEN_BANDS = [
  'nothing proven yet',
  'no proven element rests on the victim alone',
  'some proven elements rest on the victim alone',
  'every proven element rests on the victim alone',
] as const;
const ELEMENT_WORDS: Record<ElementStatus, string> = {
  independent: 'independent evidence',
  testimony: 'testimony of others',
  victim_only: "the victim's testimony only",
  gap: 'not proven yet',
};

export async function prosecutionTables(
  db: Q,
  ctx: Context,
  filters: Filters,
): Promise<{ tables: IndicatorTable[]; national: [string, number][] }> {
  const [arrests, cases, decisions, sentences] = await Promise.all([
    db
      .selectFrom('operation_log')
      .select(['operation_id', 'occurred_at'])
      .where('kind', '=', 'arrest')
      .execute(),
    db
      .selectFrom('prosecution_cases')
      .select(['id', 'agency_id', 'operation_id', 'site_entity_id'])
      .execute(),
    // Every decision, in the order latestDecision (court.ts) reads them: a charge stands by its last one.
    db
      .selectFrom('prosecution_decisions')
      .select(['id', 'case_id', 'charge_id', 'decision', 'decided_on'])
      .orderBy('recorded_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('prosecution_sentences')
      .select(['case_id', 'decision_id', 'charge_id', 'sentenced_on'])
      .execute(),
  ]);
  const caseFacts = new Map<string, Omit<UnitFacts, 'on'>>(
    cases.map((c) => {
      const op = c.operation_id ? ctx.operations.get(c.operation_id) : undefined;
      return [
        c.id,
        {
          place: op && op.place.country !== null ? op.place : ctx.placeOfEntity(c.site_entity_id),
          agencies: [c.agency_id, ...(op?.agencies ?? [])],
          exploitation: op?.exploitation ?? [],
        },
      ];
    }),
  );
  const inCase = (caseId: string, on: string | null) => {
    const f = caseFacts.get(caseId);
    return f !== undefined && passes({ ...f, on }, filters);
  };
  const arrestsMade = arrests.filter((a) => {
    const op = ctx.operations.get(a.operation_id);
    return op !== undefined && passes({ ...op, on: dayOf(a.occurred_at) }, filters);
  });
  const charges = (
    await loadCharges(
      db,
      cases.map((c) => c.id),
    )
  ).filter((c) => inCase(c.caseId, c.laidAt.slice(0, 10)));
  // A charge convicted is one whose standing decision is a conviction (a conviction overturned on appeal and
  // followed by an acquittal is not); a charge sentenced, one with a sentence on that conviction (a sentence varied on
  // appeal and given again counts once).
  const standing = new Map(decisions.map((d) => [d.charge_id, d]));
  const convicted = [...standing.values()].filter(
    (d) =>
      CONVICTIONS.includes(d.decision as (typeof CONVICTIONS)[number]) && inCase(d.case_id, d.decided_on),
  );
  const convictedCharges = new Set(convicted.map((d) => d.charge_id));
  const standingConvictions = new Set(
    [...standing.values()]
      .filter((d) => CONVICTIONS.includes(d.decision as (typeof CONVICTIONS)[number]))
      .map((d) => d.id),
  );
  const suspectsConvicted = new Set(
    charges.filter((c) => convictedCharges.has(c.id)).map((c) => c.suspectId),
  );
  const sentenced = new Set(
    sentences
      .filter((s) => standingConvictions.has(s.decision_id) && inCase(s.case_id, s.sentenced_on))
      .map((s) => s.charge_id),
  );
  const band = (b: { proven: number; restingOnVictim: number }) =>
    b.proven === 0
      ? BURDEN_BANDS[0]
      : b.restingOnVictim === 0
        ? BURDEN_BANDS[1]
        : b.restingOnVictim < b.proven
          ? BURDEN_BANDS[2]
          : BURDEN_BANDS[3];
  const unfiltered = unfilteredBy(filters, false);
  const casesCharged = new Set(charges.map((c) => c.caseId));
  const casesConvicted = new Set(convicted.map((d) => d.case_id));
  return {
    tables: [
      stages(
        'justice',
        'Arrests made in operations, charges laid, charges ending in a conviction, sentences',
        'funnel',
        [
          ['arrests', arrestsMade.length],
          ['charges laid', charges.length],
          ['charges convicted', convictedCharges.size],
          ['sentences', sentenced.size],
        ],
        unfiltered,
      ),
      breakdown(
        'testimony-burden',
        "Charges by how much of what is proven rests on the victim's testimony alone",
        [['burden', BURDEN_BANDS]],
        charges.map((c) => ({ key: [band(c.burden)] })),
        unfiltered,
      ),
      breakdown(
        'charge-elements',
        'Elements of the charges, by what proves them',
        [['proven by', Object.values(ELEMENT_WORDS)]],
        charges.flatMap((c) => c.elements.map((e) => ({ key: [ELEMENT_WORDS[e.status]] }))),
        unfiltered,
      ),
    ],
    national: [
      ['suspects arrested', arrestsMade.length],
      ['cases prosecuted (at least one charge laid)', casesCharged.size],
      ['cases with a conviction', casesConvicted.size],
      ['people convicted', suspectsConvicted.size],
    ],
  };
}
