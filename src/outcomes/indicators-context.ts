import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { ageGroup, dayOf, type Place, placeOf, sexOf, type UnitFacts, unknownPlace } from './filters.ts';

// What several tracks of indicators need about the same records, read once: the place of each targeted site
// (its registry point, or its address's country), the decisions and operations with their facts for the filters,
// and the people screened and the protection cases as units with sex and age group. Counts are made from these;
// nothing here leaves the module.

type Q = Kysely<Database>;

export interface DecisionUnit extends UnitFacts {
  id: string;
  intervention: string;
  status: string;
}

export interface OperationUnit extends UnitFacts {
  id: string;
  status: string;
  decisionId: string | null;
  startedAt: Date | null;
}

export interface PersonUnit extends UnitFacts {
  id: string;
  sex: NonNullable<UnitFacts['sex']>;
  age: NonNullable<UnitFacts['age']>;
}

export interface ScreeningUnit extends PersonUnit {
  operationId: string | null;
  completed: boolean;
  outcome: string | null;
  completedAt: Date | null;
}

export interface CaseUnit extends PersonUnit {
  screeningId: string | null;
  retrafficking: string | null;
}

export interface Context {
  decisions: DecisionUnit[];
  operations: Map<string, OperationUnit>;
  screenings: Map<string, ScreeningUnit>;
  cases: Map<string, CaseUnit>;
  placeOfEntity: (id: string | null) => Place;
}

async function entityPlaces(db: Q, ids: string[]): Promise<(id: string | null) => Place> {
  const facts = ids.length
    ? await db
        .selectFrom('entity_facts')
        .select(['entity_id', 'attribute', 'value'])
        .where('entity_id', 'in', ids)
        .where('attribute', 'in', ['lat', 'lon', 'address'])
        .execute()
    : [];
  const by = new Map<string, Map<string, string>>();
  for (const f of facts) by.set(f.entity_id, (by.get(f.entity_id) ?? new Map()).set(f.attribute, f.value));
  const places = new Map<string, Place>();
  for (const [id, f] of by) {
    const country = /, ([A-Z]{2})$/.exec(f.get('address') ?? '')?.[1] ?? null;
    const lat = f.has('lat') ? Number(f.get('lat')) : null;
    const lon = f.has('lon') ? Number(f.get('lon')) : null;
    places.set(id, placeOf({ lat, lon }, country));
  }
  return (id) => (id === null ? unknownPlace : (places.get(id) ?? unknownPlace));
}

const exploitationOf = (assessment: unknown): string[] => {
  const e = (assessment as { exploitation?: unknown } | null)?.exploitation;
  return Array.isArray(e) ? e.filter((x): x is string => typeof x === 'string') : [];
};

export async function loadContext(db: Q): Promise<Context> {
  const [decisions, operations, screenings, cases, caseSites] = await Promise.all([
    db
      .selectFrom('intervention_decisions')
      .select(['id', 'agency_id', 'target_entity_id', 'assessment', 'decision', 'status', 'decided_at'])
      .execute(),
    db
      .selectFrom('operations')
      .select(['id', 'agency_id', 'decision_id', 'status', 'target_entity_id', 'started_at', 'concluded_at'])
      .execute(),
    db
      .selectFrom('screenings')
      .select([
        'id',
        'agency_id',
        'source_operation_id',
        'sex',
        'age',
        'age_doubtful',
        'exploitation',
        'status',
        'evaluation',
        'completed_at',
      ])
      .execute(),
    db
      .selectFrom('protection_cases')
      .select(['id', 'agency_id', 'screening_id', 'exploitation', 'child', 'opened_at', 'retrafficking_flag'])
      .execute(),
    db.selectFrom('prosecution_cases').select('site_entity_id').execute(),
  ]);
  const placeOfEntity = await entityPlaces(db, [
    ...new Set(
      [...decisions, ...operations]
        .map((r) => r.target_entity_id)
        .concat(caseSites.map((c) => c.site_entity_id))
        .filter((x): x is string => x !== null),
    ),
  ]);
  const decisionUnits: DecisionUnit[] = decisions.map((d) => ({
    id: d.id,
    intervention: d.decision,
    status: d.status,
    on: dayOf(d.decided_at),
    place: placeOfEntity(d.target_entity_id),
    agencies: [d.agency_id],
    exploitation: exploitationOf(d.assessment),
  }));
  const byDecision = new Map(decisionUnits.map((d) => [d.id, d]));
  const opUnits = new Map<string, OperationUnit>(
    operations.map((o) => [
      o.id,
      {
        id: o.id,
        status: o.status,
        decisionId: o.decision_id,
        startedAt: o.started_at ? new Date(o.started_at) : null,
        on: dayOf(o.concluded_at),
        place: placeOfEntity(o.target_entity_id),
        agencies: [o.agency_id],
        exploitation: byDecision.get(o.decision_id ?? '')?.exploitation ?? [],
      },
    ]),
  );
  const screeningUnits = new Map<string, ScreeningUnit>(
    screenings.map((s) => {
      const op = s.source_operation_id ? opUnits.get(s.source_operation_id) : undefined;
      const outcome = (s.evaluation as { outcome?: string } | null)?.outcome ?? null;
      return [
        s.id,
        {
          id: s.id,
          operationId: s.source_operation_id,
          completed: s.status === 'completed',
          outcome,
          completedAt: s.completed_at ? new Date(s.completed_at) : null,
          on: dayOf(s.completed_at ?? null),
          place: op?.place ?? unknownPlace,
          agencies: [s.agency_id, ...(op?.agencies ?? [])],
          exploitation: [s.exploitation],
          sex: sexOf(s.sex),
          age: ageGroup(s.age, s.age_doubtful),
        },
      ];
    }),
  );
  const caseUnits = new Map<string, CaseUnit>(
    cases.map((c) => {
      const s = c.screening_id ? screeningUnits.get(c.screening_id) : undefined;
      return [
        c.id,
        {
          id: c.id,
          screeningId: c.screening_id,
          retrafficking: c.retrafficking_flag,
          on: dayOf(c.opened_at),
          place: s?.place ?? unknownPlace,
          agencies: [c.agency_id, ...(s?.agencies ?? [])],
          exploitation: c.exploitation ? [c.exploitation] : (s?.exploitation ?? []),
          sex: s?.sex ?? 'unknown',
          age: c.child ? 'child' : (s?.age ?? 'unknown'),
        },
      ];
    }),
  );
  return {
    decisions: decisionUnits,
    operations: opUnits,
    screenings: screeningUnits,
    cases: caseUnits,
    placeOfEntity,
  };
}
