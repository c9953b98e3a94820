import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { type Answer, completeAnswers, JUDGEMENTS, QUESTION_CODES } from './checklist.ts';

// Donor checklists in the database: written and read by people of the agency that holds them (any other agency's
// is "not found"). Every change audited with ids and counts only.

type Q = Kysely<Database>;

export interface ChecklistInput {
  title: string;
  country: string;
  province?: string | undefined;
  intervention: string;
  funding: string;
  durationMonths: number;
  answers: Answer[];
}

export interface Checklist extends Omit<ChecklistInput, 'province'> {
  id: string;
  province: string | null;
  createdAt: string;
  updatedAt: string;
}

const NOT_FOUND = 'Donor checklist not found.';

function stored(a: unknown): Answer[] {
  const list = Array.isArray(a) ? a : [];
  return completeAnswers(
    list.filter(
      (x): x is Answer =>
        typeof x === 'object' &&
        x !== null &&
        QUESTION_CODES.includes((x as Answer).question) &&
        JUDGEMENTS.includes((x as Answer).judgement) &&
        typeof (x as Answer).answer === 'string',
    ),
  );
}

function checkAnswers(answers: readonly Answer[]): void {
  const seen = new Set<string>();
  for (const a of answers) {
    if (seen.has(a.question))
      throw new AppError(
        'validation_failed',
        `The question "${a.question}" is answered twice in the checklist.`,
      );
    seen.add(a.question);
  }
}

const agencyOf = (actor: Actor) => {
  if (!actor.agencyId || !actor.userId)
    throw new AppError('forbidden', 'Donor checklists are kept by an agency: sign in as a member of one.');
  return { agency: actor.agencyId, user: actor.userId };
};

const row = (input: ChecklistInput) => ({
  title: input.title,
  country: input.country,
  province: input.province?.trim() ? input.province.trim() : null,
  intervention: input.intervention,
  funding: input.funding,
  duration_months: input.durationMonths,
  answers: JSON.stringify(completeAnswers(input.answers)),
});

export async function createChecklist(db: Q, actor: Actor, input: ChecklistInput, requestId: string) {
  checkAnswers(input.answers);
  const { agency, user } = agencyOf(actor);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('donor_checklists')
      .values({ ...row(input), agency_id: agency, created_by: user, updated_by: user })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'outcomes.checklist_created',
      resource: { type: 'donor_checklist', id },
      outcome: 'success',
      requestId,
      detail: { answered: input.answers.filter((a) => a.answer.trim()).length },
    });
    return { id };
  });
}

export async function updateChecklist(
  db: Q,
  actor: Actor,
  id: string,
  input: ChecklistInput,
  requestId: string,
) {
  checkAnswers(input.answers);
  const { agency, user } = agencyOf(actor);
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('donor_checklists')
      .set({ ...row(input), updated_by: user, updated_at: new Date() })
      .where('id', '=', id)
      .where('agency_id', '=', agency)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new AppError('not_found', NOT_FOUND);
    await appendAudit(trx, {
      actor,
      action: 'outcomes.checklist_updated',
      resource: { type: 'donor_checklist', id },
      outcome: 'success',
      requestId,
      detail: { answered: input.answers.filter((a) => a.answer.trim()).length },
    });
    return { id };
  });
}

const columns = [
  'id',
  'title',
  'country',
  'province',
  'intervention',
  'funding',
  'duration_months',
  'answers',
  'created_at',
  'updated_at',
] as const;

type Row = Awaited<ReturnType<typeof selectRows>>[number];
const selectRows = (db: Q, agency: string) =>
  db.selectFrom('donor_checklists').select(columns).where('agency_id', '=', agency).execute();

const shaped = (r: Row): Checklist => ({
  id: r.id,
  title: r.title,
  country: r.country,
  province: r.province,
  intervention: r.intervention,
  funding: r.funding,
  durationMonths: r.duration_months,
  answers: stored(r.answers),
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** The agency's checklists, the most recently changed first. */
export async function listChecklists(db: Q, actor: Actor): Promise<Checklist[]> {
  const { agency } = agencyOf(actor);
  const rows = await selectRows(db, agency);
  return rows.map(shaped).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** One of the agency's checklists; another agency's, or none, is "not found". */
export async function readChecklist(db: Q, actor: Actor, id: string): Promise<Checklist> {
  const { agency } = agencyOf(actor);
  const r = await db
    .selectFrom('donor_checklists')
    .select(columns)
    .where('id', '=', id)
    .where('agency_id', '=', agency)
    .executeTakeFirst();
  if (!r) throw new AppError('not_found', NOT_FOUND);
  return shaped(r);
}
