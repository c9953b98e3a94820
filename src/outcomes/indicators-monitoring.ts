import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { OUTCOMES } from '../monitoring/inspection-catalogue.ts';
import { dayOf, type Filters, passes, placeOf, type UnitFacts, unfilteredBy } from './filters.ts';
import { breakdown, type IndicatorTable, stages } from './indicators-shape.ts';

// Non-police monitoring: tips received, triaged, routed to the agency with jurisdiction, received there and acted
// on; labour inspections planned, visited and closed, their outcomes by kind, and the workers referred to screening
// and taken up. A routed item counts for the sender and for the agency it went to.

type Q = Kysely<Database>;

export async function monitoringTables(db: Q, filters: Filters): Promise<IndicatorTable[]> {
  const [tips, routings, inspections, outcomes, referrals] = await Promise.all([
    db
      .selectFrom('tips')
      .select(['id', 'agency_id', 'received_at', 'lat', 'lon', 'country', 'kind', 'status', 'routed_from'])
      .execute(),
    db.selectFrom('routings').select(['item_type', 'item_id', 'to_agency_id', 'status']).execute(),
    db
      .selectFrom('labour_inspections')
      .select(['id', 'agency_id', 'planned_on', 'visited_on', 'status', 'lat', 'lon', 'country'])
      .execute(),
    db.selectFrom('labour_inspection_outcomes').select(['inspection_id', 'kind']).execute(),
    db.selectFrom('labour_inspection_referrals').select(['inspection_id', 'screening_id']).execute(),
  ]);
  const routedTo = (type: string, id: string) =>
    routings.filter((r) => r.item_type === type && r.item_id === id);

  // A copy received by another agency is the same tip: counted once, where it was first received.
  const tipUnits = tips
    .filter((t) => t.routed_from === null)
    .map((t) => {
      const routes = routedTo('tip', t.id);
      const facts: UnitFacts = {
        on: dayOf(t.received_at),
        place: placeOf({ lat: t.lat, lon: t.lon }, t.country),
        agencies: [t.agency_id, ...routes.map((r) => r.to_agency_id)],
        exploitation: [t.kind ?? 'unknown'],
      };
      return { t, routes, facts };
    })
    .filter((u) => passes(u.facts, filters));
  const triaged = tipUnits.filter((u) => u.t.status !== null && u.t.status !== 'new');
  const routed = tipUnits.filter((u) => u.routes.length > 0);
  const received = routed.filter((u) => u.routes.some((r) => r.status !== 'sent'));
  const acted = routed.filter((u) => u.routes.some((r) => r.status === 'acting'));

  const inspectionUnits = inspections
    .map((i) => {
      const routes = routedTo('inspection', i.id);
      const facts: UnitFacts = {
        on: i.visited_on ?? i.planned_on,
        place: placeOf({ lat: i.lat, lon: i.lon }, i.country),
        agencies: [i.agency_id, ...routes.map((r) => r.to_agency_id)],
        exploitation: ['labour'],
      };
      return { i, facts };
    })
    .filter((u) => passes(u.facts, filters));
  const counted = new Set(inspectionUnits.map((u) => u.i.id));
  const kept = (x: { inspection_id: string }) => counted.has(x.inspection_id);
  const referred = referrals.filter(kept);
  const unfiltered = unfilteredBy(filters, false);
  return [
    stages(
      'tips',
      'Tips received, triaged, routed to the agency with jurisdiction, received there, and acted on',
      'funnel',
      [
        ['received', tipUnits.length],
        ['triaged', triaged.length],
        ['routed', routed.length],
        ['received by the agency routed to', received.length],
        ['acted on', acted.length],
      ],
      unfiltered,
    ),
    stages(
      'inspections',
      'Labour inspections planned, visited and closed; workers referred to screening and taken up',
      'funnel',
      [
        ['planned', inspectionUnits.length],
        ['visited', inspectionUnits.filter((u) => u.i.visited_on !== null).length],
        ['closed', inspectionUnits.filter((u) => u.i.status === 'closed').length],
        ['workers referred to screening', referred.length],
        ['referrals taken up by a screener', referred.filter((r) => r.screening_id !== null).length],
      ],
      unfiltered,
    ),
    breakdown(
      'inspection-outcomes',
      'Outcomes of labour inspections, by kind',
      [['outcome', Object.values(OUTCOMES)]],
      outcomes.filter(kept).map((o) => ({ key: [OUTCOMES[o.kind as keyof typeof OUTCOMES] ?? o.kind] })),
      unfiltered,
    ),
  ];
}
