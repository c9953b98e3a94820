import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import type { programmeInput } from './evaluation-bodies.ts';
import { type Reach, reaches, reachList } from './evaluation-scope.ts';
import type { Filters } from './filters.ts';
import { rowCode } from './indicator-codes.ts';
import { indicatorTables } from './indicators.ts';
import {
  cellOf,
  countedTo,
  noResultFlag,
  type Objective,
  type ObjectiveProgress,
  objectiveProgress,
} from './programmes-progress.ts';

// Programmes (issue 17, point 6): a programme of an agency (its name, its funder in words, its period, the filters
// its results are counted with) and its objectives, each measured by one cell of an indicator table. Anyone with
// outcomes.read in the agency keeps its programmes (they hold no personal data); agencies overseeing it read them.
// Every change audited with ids and counts only.

type Q = Kysely<Database>;

export type ProgrammeInput = z.output<typeof programmeInput>;

export interface Programme {
  id: string;
  agencyId: string;
  agency: string;
  name: string;
  funder: string;
  startsOn: string;
  endsOn: string | null;
  filters: Omit<Filters, 'from' | 'to'>;
  countedFrom: string;
  countedTo: string;
  /** The period has begun. */
  started: boolean;
  objectives: ObjectiveProgress[];
  /** Started, and no objective has moved: no measurable result since it started. */
  flag: boolean;
}

async function checkInput(db: Q, input: ProgrammeInput) {
  if (input.endsOn && input.endsOn < input.startsOn)
    throw new AppError('validation_failed', 'endsOn: the programme cannot end before it starts');
  const tables = await indicatorTables(db, {});
  const problems = input.objectives.flatMap((o, i) =>
    cellOf(tables, o.tableId, o.key)
      ? []
      : [`objectives.${i}: no indicator "${o.key.join(', ')}" in table ${o.tableId}`],
  );
  if (problems.length) throw new AppError('validation_failed', problems.join('; '));
}

async function writeObjectives(trx: Q, programmeId: string, objectives: ProgrammeInput['objectives']) {
  await trx.deleteFrom('outcome_programme_objectives').where('programme_id', '=', programmeId).execute();
  await trx
    .insertInto('outcome_programme_objectives')
    .values(
      objectives.map((o, position) => ({
        programme_id: programmeId,
        position,
        description: o.description,
        table_id: o.tableId,
        cell_key: JSON.stringify(o.key),
        baseline: o.baseline,
        target: o.target,
      })),
    )
    .execute();
}

const filtersJson = (f: ProgrammeInput['filters']) =>
  JSON.stringify(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));

export async function createProgramme(db: Q, actor: Actor, input: ProgrammeInput, requestId: string) {
  if (!actor.agencyId || !actor.userId)
    throw new AppError('forbidden', 'only a member of an agency keeps programmes');
  await checkInput(db, input);
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('outcome_programmes')
      .values({
        agency_id: agencyId,
        name: input.name,
        funder: input.funder,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        filters: filtersJson(input.filters),
        created_by: userId,
        updated_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeObjectives(trx, id, input.objectives);
    await appendAudit(trx, {
      actor,
      action: 'outcomes.programme_created',
      resource: { type: 'outcome_programme', id },
      outcome: 'success',
      requestId,
      detail: {
        objectives: input.objectives.length,
        filters: Object.keys(JSON.parse(filtersJson(input.filters))),
      },
    });
    return id;
  });
}

export async function updateProgramme(
  db: Q,
  actor: Actor,
  reach: Reach,
  id: string,
  input: ProgrammeInput,
  requestId: string,
) {
  const row = await db
    .selectFrom('outcome_programmes')
    .select('agency_id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !reaches(reach, row.agency_id)) throw new AppError('not_found', 'id: no such programme');
  if (row.agency_id !== actor.agencyId)
    throw new AppError(
      'forbidden',
      "only the programme's own agency changes it; overseeing agencies read it",
    );
  await checkInput(db, input);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outcome_programmes')
      .set({
        name: input.name,
        funder: input.funder,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        filters: filtersJson(input.filters),
        updated_by: actor.userId ?? '',
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await writeObjectives(trx, id, input.objectives);
    await appendAudit(trx, {
      actor,
      action: 'outcomes.programme_updated',
      resource: { type: 'outcome_programme', id },
      outcome: 'success',
      requestId,
      detail: { objectives: input.objectives.length },
    });
  });
}

/** The programmes reached (or one of them), each with its objectives' progress measured now. */
export async function readProgrammes(db: Q, reach: Reach, today: string, id?: string): Promise<Programme[]> {
  const list = reachList(reach);
  let q = db
    .selectFrom('outcome_programmes as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select([
      'p.id',
      'p.agency_id',
      'a.name as agency',
      'p.name',
      'p.funder',
      'p.starts_on',
      'p.ends_on',
      'p.filters',
    ])
    .orderBy('p.starts_on', 'desc')
    .orderBy('p.name');
  if (list) q = q.where('p.agency_id', 'in', list.length ? list : ['00000000-0000-0000-0000-000000000000']);
  if (id) q = q.where('p.id', '=', id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const objectives = await db
    .selectFrom('outcome_programme_objectives')
    .selectAll()
    .where(
      'programme_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  const out: Programme[] = [];
  for (const r of rows) {
    const filters = r.filters as Programme['filters'];
    const to = countedTo(r.ends_on, today);
    const tables =
      r.starts_on > today ? [] : await indicatorTables(db, { ...filters, from: r.starts_on, to });
    const mine: Objective[] = objectives
      .filter((o) => o.programme_id === r.id)
      .map((o) => ({
        description: o.description,
        tableId: o.table_id,
        key: o.cell_key as string[],
        baseline: o.baseline,
        target: o.target,
      }));
    const progress = mine.map((o) =>
      r.starts_on > today
        ? { ...objectiveProgress(o, []), status: 'no result' as const }
        : objectiveProgress(o, tables),
    );
    out.push({
      id: r.id,
      agencyId: r.agency_id,
      agency: r.agency,
      name: r.name,
      funder: r.funder,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      filters,
      countedFrom: r.starts_on,
      countedTo: to,
      started: r.starts_on <= today,
      objectives: progress,
      flag: noResultFlag(r.starts_on, today, progress),
    });
  }
  return out;
}

/** The measures an objective may use: every indicator table's id, title and cell keys (no counts). */
export async function measureChoices(db: Q) {
  const tables = await indicatorTables(db, {});
  return tables.map((t) => ({
    id: t.id,
    title: t.title,
    keys: t.cells.map((c) => c.key),
    keyCodes: t.cells.map((c) => c.key.map(rowCode)),
  }));
}
