import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import { sealStored } from '../access/record-seals.ts';
import type { Keyring } from '../access/sealing.ts';
import { readScoped } from '../db/row-security.ts';
import type { Database, ScreeningTable } from '../db/types.ts';
import { takeUpInspectionReferral } from '../monitoring/inspection-referrals.ts';
import { AppError } from '../platform/errors.ts';
import { caseOfScreening, openCaseFromScreening } from '../protection/cases.ts';
import { checkOperationSource, operationIdOf, sourceRefOf } from './operation-source.ts';
import { listReferrals } from './referrals.ts';
import { type Evaluation, type Exploitation, evaluate, type Outcome, treatedAsChild } from './rules.ts';
import type { answersBody, PLACE_KINDS, SCREENING_STATUSES, SEXES, SOURCES, StartInput } from './schema.ts';
import { type AnswerMap, openPseudonym, openScreening, sealAnswers, sealScreening } from './sealed-fields.ts';
import { findSet } from './sets-store.ts';
import { refuseStaleAnswers } from './stale-answers.ts';

type Row = Selectable<ScreeningTable>;
// The codes as the columns hold them (each column checks its own).
type Status = (typeof SCREENING_STATUSES)[number];
type Source = (typeof SOURCES)[number];
type PlaceKind = (typeof PLACE_KINDS)[number];
type Sex = (typeof SEXES)[number];

/** What the policy needs to know of a screening: its agency. */
const ref = (r: Pick<Row, 'id' | 'agency_id'>) => ({ type: 'screening', id: r.id, agencyId: r.agency_id });

async function load(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  action: 'screening.read' | 'screening.write',
): Promise<Row> {
  // Read as the actor (row-security.ts): the database, too, returns only their agency's screening.
  const row = await readScoped(db, actor, (q) =>
    q.selectFrom('screenings').selectAll().where('id', '=', id).executeTakeFirst(),
  );
  // Another agency's screening and a missing one look the same.
  if (!row || !can(actor, action, ref(row))) throw new AppError('not_found');
  return row;
}

async function preview(db: Kysely<Database>, actor: Actor, row: Row): Promise<Evaluation> {
  if (row.evaluation) return row.evaluation as unknown as Evaluation;
  const set = await findSet(db, actor, row.set_id, row.set_version);
  const answers = row.answers as AnswerMap;
  const present = Object.entries(answers)
    .filter(([, a]) => a.answer === 'yes')
    .map(([id]) => id);
  const answered = new Set(Object.keys(answers).filter((id) => answers[id]?.answer !== 'unknown'));
  const unknown = set.indicators.map((i) => i.id).filter((id) => !answered.has(id));
  return evaluate(
    set,
    { age: row.age, ageDoubtful: row.age_doubtful, exploitation: row.exploitation as 'labour' },
    { present, unknown },
  );
}

/** A screening as its authorised reader sees it: its sealed fields opened. */
export async function view(db: Kysely<Database>, actor: Actor, ring: Keyring, row: Row) {
  const open = openScreening(ring, row);
  return {
    id: row.id,
    pseudonym: open.pseudonym,
    status: row.status as Status,
    version: row.version,
    source: row.source as Source,
    sourceRef: open.sourceRef,
    place: { kind: row.place_kind as PlaceKind, description: open.placeDescription },
    language: row.language,
    interpreter: open.interpreter,
    consent: row.consent,
    age: row.age,
    ageDoubtful: row.age_doubtful,
    sex: row.sex as Sex | null,
    guardian: open.guardian,
    exploitation: row.exploitation as Exploitation,
    setId: row.set_id,
    setVersion: row.set_version,
    answers: open.answers,
    evaluation: await preview(db, actor, row),
    nonPunishment: row.non_punishment,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    // Read as the actor (row-security.ts), like the screening itself.
    ...(await readScoped(db, actor, async (q) => ({
      referrals: await listReferrals(q, row.id),
      protectionCase: await caseOfScreening(q, row.id),
    }))),
  };
}

/**
 * Starts an interview. It needs the person's consent to be interviewed; a person treated as a child (age unknown,
 * under 18, or doubted) is interviewed with a guardian.
 */
export async function startScreening(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  input: StartInput,
  requestId: string,
) {
  if (!input.consent.interview)
    throw new AppError(
      'validation_failed',
      'consent.interview: the person has not agreed to be interviewed; no screening is recorded without consent',
    );
  const { child } = treatedAsChild({
    age: input.age,
    ageDoubtful: input.ageDoubtful,
    exploitation: input.exploitation,
  });
  const guardian = input.guardian?.trim() || null;
  if (child && !guardian)
    throw new AppError(
      'validation_failed',
      'guardian: a person treated as a child (age unknown, under 18, or doubted) is interviewed with a guardian',
    );
  if (input.inspectionReferralId && input.source !== 'inspection')
    throw new AppError(
      'validation_failed',
      'source: a worker referred from an inspection is screened from it',
    );
  if (input.interpreter.used && !input.interpreter.name?.trim())
    throw new AppError('validation_failed', 'interpreter.name: name the interpreter');
  const set = await findSet(db, actor, input.setId);
  await checkOperationSource(db, actor, input.source, input.sourceRef);
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const userId = actor.userId;
  const newId = randomUUID();
  const sourceRef = input.sourceRef ? sourceRefOf(input.sourceRef) : null;
  const sealed = sealScreening(ring, newId, {
    pseudonym: input.pseudonym,
    placeDescription: input.place.description,
    sourceRef,
    interpreter: input.interpreter,
    guardian,
  });
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('screenings')
      .values({
        id: newId,
        agency_id: agencyId,
        created_by: userId,
        source: input.source,
        source_ref: sealed.source_ref,
        source_operation_id: input.source === 'operation' ? operationIdOf(sourceRef) : null,
        pseudonym: sealed.pseudonym,
        place_kind: input.place.kind,
        place_description: sealed.place_description,
        language: input.language,
        interpreter: JSON.stringify(sealed.interpreter),
        consent: JSON.stringify(input.consent),
        age: input.age,
        age_doubtful: input.ageDoubtful,
        sex: input.sex ?? null,
        guardian_enc: sealed.guardian_enc,
        exploitation: input.exploitation,
        set_id: set.id,
        set_version: set.version,
        answers: '{}',
        status: 'in_progress',
        evaluation: 'null',
        non_punishment: false,
        completed_at: null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.inspectionReferralId)
      await takeUpInspectionReferral(trx, actor, input.inspectionReferralId, row.id, sourceRef);
    await appendAudit(trx, {
      actor,
      action: 'screening.start',
      resource: { type: 'screening', id: row.id },
      outcome: 'success',
      requestId,
      detail: {
        source: input.source,
        set: set.id,
        ...(input.inspectionReferralId ? { inspectionReferral: input.inspectionReferralId } : {}),
      },
    });
    return row.id;
  });
  return view(db, actor, ring, await load(db, actor, id, 'screening.write'));
}

export async function readScreening(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  requestId: string,
) {
  const row = await load(db, actor, id, 'screening.read');
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'screening.read',
      resource: { type: 'screening', id },
      outcome: 'success',
      requestId,
    }),
  );
  return view(db, actor, ring, row);
}

export async function listScreenings(db: Kysely<Database>, actor: Actor, ring: Keyring) {
  const rows = await readScoped(db, actor, (q) =>
    q
      .selectFrom('screenings')
      .select([
        'id',
        'pseudonym',
        'status',
        'evaluation',
        'source',
        'source_operation_id',
        'age',
        'age_doubtful',
        'exploitation',
        'started_at',
        'agency_id',
      ])
      .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
      .orderBy('started_at', 'desc')
      .execute(),
  );
  return rows.map((r) => ({
    id: r.id,
    pseudonym: openPseudonym(ring, r.id, r.pseudonym),
    status: r.status as Status,
    outcome: (r.evaluation as { outcome?: Outcome } | null)?.outcome ?? null,
    source: r.source as Source,
    operationId: r.source_operation_id,
    child: treatedAsChild({
      age: r.age,
      ageDoubtful: r.age_doubtful,
      exploitation: r.exploitation as Exploitation,
    }).child,
    startedAt: r.started_at,
  }));
}

/** Saves answers; a stale version (someone saved in between) is refused, so no answer is lost. */
export async function saveAnswers(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  body: z.output<typeof answersBody>,
  requestId: string,
) {
  const row = await load(db, actor, id, 'screening.write');
  if (row.status !== 'in_progress')
    throw new AppError('conflict', 'The screening is completed; its answers can no longer change.');
  const set = await findSet(db, actor, row.set_id, row.set_version);
  const ids = new Set(set.indicators.map((i) => i.id));
  const problems: string[] = [];
  for (const [indicator, a] of Object.entries(body.answers)) {
    if (!ids.has(indicator)) problems.push(`answers.${indicator}: not an indicator of ${set.id}`);
    else if (a.answer === 'yes' && !a.observation.trim())
      problems.push(`answers.${indicator}.observation: say what was seen or said that supports it`);
  }
  if (problems.length > 0) throw new AppError('validation_failed', problems.join('; '));
  const merged = { ...(row.answers as AnswerMap), ...sealAnswers(ring, id, body.answers) };
  const updated = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('screenings')
      .set({ answers: JSON.stringify(merged), version: body.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .returning('id')
      .executeTakeFirst();
    if (!r) return false;
    await appendAudit(trx, {
      actor,
      action: 'screening.answer',
      resource: { type: 'screening', id },
      outcome: 'success',
      requestId,
      detail: { indicators: Object.keys(body.answers).length },
    });
    return true;
  });
  // Someone saved in between: refused with the answers now, for the person to keep theirs on top or drop them.
  if (!updated) {
    const now = await load(db, actor, id, 'screening.write');
    await refuseStaleAnswers(db, actor, ring, now, body.version, Object.keys(body.answers).length, requestId);
  }
  return view(db, actor, ring, await load(db, actor, id, 'screening.write'));
}

/** Completes the interview: the outcome is fixed with its explanation, and a presumed victim's non-punishment recorded. */
export async function completeScreening(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  version: number,
  requestId: string,
) {
  const row = await load(db, actor, id, 'screening.write');
  if (row.status !== 'in_progress') throw new AppError('conflict', 'The screening is already completed.');
  const evaluation = await preview(db, actor, row);
  const presumed = evaluation.outcome === 'presumed_trafficked';
  const done = await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('screenings')
      .set({
        status: 'completed',
        evaluation: JSON.stringify(evaluation),
        non_punishment: presumed,
        completed_at: new Date(),
        version: version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning('id')
      .executeTakeFirst();
    if (!r) return false;
    if (presumed)
      await openCaseFromScreening(
        trx,
        actor,
        {
          id,
          agencyId: row.agency_id,
          pseudonym: openPseudonym(ring, row.id, row.pseudonym),
          exploitation: evaluation.exploitation,
          child: evaluation.child,
        },
        requestId,
        ring,
      );
    await appendAudit(trx, {
      actor,
      action: 'screening.complete',
      resource: { type: 'screening', id },
      outcome: 'success',
      requestId,
      detail: {
        outcome: evaluation.outcome,
        nonPunishment: presumed,
        seal: await sealStored(trx, 'screening', id),
      },
    });
    return true;
  });
  if (!done)
    throw new AppError(
      'conflict',
      'Someone saved this screening after you opened it. Reload, then complete it.',
    );
  return view(db, actor, ring, await load(db, actor, id, 'screening.write'));
}

export { load as loadScreening };
