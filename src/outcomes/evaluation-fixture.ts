import { randomUUID } from 'node:crypto';
import type { TestApp, TestUser } from '../server/testing.ts';

// For the evaluation tests: records written straight into the database as the modules would have left them (sites
// with a point, tips, labour inspections with findings, operations with a team and frozen figures, screenings,
// intelligence reports naming sites, border crossings), with the days the tests choose.

const db = (t: TestApp) => t.database.db;
const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

export async function site(t: TestApp, by: TestUser, lat: number, lon: number, label = 'Site') {
  const { id } = await db(t)
    .insertInto('entities')
    .values({ agency_id: by.agencyId, type: 'site', label })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db(t)
    .insertInto('entity_facts')
    .values([
      { agency_id: by.agencyId, entity_id: id, attribute: 'lat', value: String(lat) },
      { agency_id: by.agencyId, entity_id: id, attribute: 'lon', value: String(lon) },
    ] as never)
    .execute();
  return id;
}

export async function tip(
  t: TestApp,
  by: TestUser,
  day: string,
  lat: number,
  lon: number,
  routedFrom?: string,
) {
  const { id } = await db(t)
    .insertInto('tips')
    .values({
      agency_id: by.agencyId,
      import_id: null,
      tip_ref: null,
      received_at: at(day),
      channel: 'hotline',
      language: 'th',
      text: 'A tip',
      place_hint: null,
      lat,
      lon,
      tlp: 'AMBER',
      routed_from: routedFrom ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

let inspections = 0;
export async function inspection(
  t: TestApp,
  by: TestUser,
  visited: string | null,
  lat: number,
  lon: number,
  answers: string[] = [],
) {
  inspections++;
  const { id } = await db(t)
    .insertInto('labour_inspections')
    .values({
      agency_id: by.agencyId,
      ref: `LI-2026-${inspections}-${randomUUID().slice(0, 4)}`,
      kind: 'unannounced',
      status: visited ? 'visited' : 'planned',
      planned_on: visited ?? '2026-06-01',
      visited_on: visited,
      workplace_name: 'Workplace',
      sector: 'fishing',
      lat,
      lon,
      country: 'TH',
      created_by: by.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (answers.length)
    await db(t)
      .insertInto('labour_inspection_findings')
      .values(
        answers.map((answer, i) => ({
          inspection_id: id,
          agency_id: by.agencyId,
          indicator_id: `indicator-${i}`,
          answer,
        })),
      )
      .execute();
  return id;
}

const EMPTY_PLAN = { arrestTargets: [], expectedEvidence: [], expectedPeople: { count: 0, children: 0 } };

/** A concluded operation on a site carried out on `day`, with frozen figures when given. */
export async function operation(
  t: TestApp,
  by: TestUser,
  input: {
    day: string;
    siteId: string | null;
    codeName?: string;
    figures?: { arrests: number; removed: number; allMet: boolean };
  },
) {
  const { id } = await db(t)
    .insertInto('operations')
    .values({
      agency_id: by.agencyId,
      code_name: input.codeName ?? `OP-${randomUUID().slice(0, 6)}`,
      status: 'concluded',
      target_entity_id: input.siteId,
      target_label: 'Target site',
      place: 'Place withheld',
      plan: JSON.stringify(EMPTY_PLAN),
      created_by: by.id,
      updated_by: by.id,
      started_at: at(input.day, 3),
      concluded_at: at(input.day, 9),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (input.figures) {
    const f = input.figures;
    const figures = {
      arrest: {
        suspectsNamed: 1,
        namedSuspectsArrested: 1,
        arrestsMade: f.arrests,
        notSeparated: 0,
        met: f.allMet,
      },
      evidence: { expected: [], seized: 1, found: [], missing: [], met: true },
      rescue: {
        expected: 1,
        removed: f.removed,
        childrenRemoved: 0,
        screened: 0,
        presumedTrafficked: 0,
        met: true,
      },
    };
    await db(t)
      .insertInto('operation_reviews')
      .values({
        operation_id: id,
        review: JSON.stringify({ harm: [] }),
        figures: JSON.stringify(figures),
        submitted_by: by.id,
      })
      .execute();
  }
  return id;
}

/** Puts a user on an operation's team; `removedAt` before the operation started: taken off the team. */
export async function teamMember(
  t: TestApp,
  by: TestUser,
  operationId: string,
  userId: string,
  removedAt?: Date,
) {
  await db(t)
    .insertInto('operation_members')
    .values({
      operation_id: operationId,
      user_id: userId,
      role: 'entry',
      language: null,
      added_by: by.id,
      removed_by: removedAt ? by.id : null,
      removed_at: removedAt ?? null,
    })
    .execute();
}

export async function screening(
  t: TestApp,
  by: TestUser,
  operationId: string,
  completed: string | null,
  presumed: boolean,
) {
  await db(t)
    .insertInto('screenings')
    .values({
      agency_id: by.agencyId,
      created_by: by.id,
      source: 'operation',
      source_ref: null,
      source_operation_id: operationId,
      sex: 'female',
      pseudonym: 'P',
      place_kind: 'shelter',
      place_description: 'Shelter',
      language: 'my',
      interpreter: JSON.stringify({ used: false }),
      consent: JSON.stringify({
        interview: true,
        toldRights: true,
        toldOptions: true,
        toldServicesVoluntary: true,
      }),
      age: 25,
      age_doubtful: false,
      guardian_enc: null,
      exploitation: 'labour',
      set_id: 'ilo-ec-2009-labour',
      set_version: '2009-09',
      answers: JSON.stringify({}),
      status: completed ? 'completed' : 'in_progress',
      evaluation: JSON.stringify(
        completed ? { outcome: presumed ? 'presumed_trafficked' : 'not_trafficked' } : null,
      ),
      non_punishment: false,
      completed_at: completed ? at(completed) : null,
      updated_at: new Date(),
    } as never)
    .execute();
}

/** An intelligence report of `day` naming these entities (once per entity and item). */
export async function report(t: TestApp, by: TestUser, day: string, entityIds: string[]) {
  const { id } = await db(t)
    .insertInto('intel_reports')
    .values({
      agency_id: by.agencyId,
      source_id: null,
      reported_on: day,
      title: 'Report',
      handling: 'P',
      action_code: null,
      sanitisation_code: null,
      tlp: null,
      provenance: '',
      sanitised_from: null,
      created_by: by.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db(t)
    .insertInto('report_mentions')
    .values(
      entityIds.flatMap((entity_id) =>
        [1, 2].map((n) => ({ report_id: id, n, entity_id, agency_id: by.agencyId, kind: 'name' })),
      ),
    )
    .execute();
}

export async function crossing(t: TestApp, by: TestUser, day: string, checkpointId: string) {
  await db(t)
    .insertInto('crossings')
    .values({
      agency_id: by.agencyId,
      import_id: randomUUID(),
      crossed_at: at(day),
      checkpoint_id: checkpointId,
      checkpoint: checkpointId,
      direction: 'in',
      traveller_name: 'Traveller',
      nationality: 'MM',
      date_of_birth: null,
      document_type: null,
      document_number: null,
      vehicle_plate: null,
    })
    .execute();
}
