import type { Kysely } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { type Keyring, seal, sealText, unseal, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { findSet } from '../screening/sets-store.ts';
import {
  BREACHES,
  type Breach,
  DEFAULT_FINDINGS_SET,
  type FindingAnswer,
  type SEXES,
} from './inspection-catalogue.ts';
import {
  auditInspection,
  breachContext,
  findingContext,
  inspectionIn,
  interviewCodeContext,
  ownedInspection,
  type Q,
} from './inspection-store.ts';
import {
  findingsCounts,
  interviewResent,
  lockedInspection,
  recordedAt,
  refuseStaleFindings,
} from './inspection-sync.ts';

// What the visit found: the workers interviewed (each by a code or pseudonym, sealed; whether out of the employer's
// sight and hearing, in which language, with an interpreter or not, their sex and whether under 18); each
// indicator of a stored labour indicator set (by id and version: ILO's eleven by default) answered observed, not
// observed or not checked, with an observation (sealed) and how many workers it concerns; and the labour-law
// breaches found, each with the workers concerned and a note (sealed). Recorded on a visited inspection only.

export interface InterviewInput {
  /** The id made on the phone: the same sent again is answered as recorded. */
  id?: string | undefined;
  /** When the phone recorded it. */
  at?: string | undefined;
  code: string;
  private: boolean;
  language: string;
  interpreter: boolean;
  sex: (typeof SEXES)[number];
  under18: boolean;
}

const presentOf = (r: {
  workers_female: number | null;
  workers_male: number | null;
  workers_other: number | null;
}) => (r.workers_female ?? 0) + (r.workers_male ?? 0) + (r.workers_other ?? 0);

/** Records a worker interviewed at the visit. */
export async function addInterview(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  input: InterviewInput,
  requestId: string,
) {
  const at = recordedAt(input.at);
  return db.transaction().execute(async (trx) => {
    await ownedInspection(trx, actor, id);
    if (await interviewResent(trx, id, input.id)) return { id: input.id as string, duplicate: true };
    const row = await inspectionIn(trx, actor, id, ['visited'], 'interviews are recorded once the visit is');
    const done = await trx
      .selectFrom('labour_inspection_interviews')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('inspection_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(done.n) >= presentOf(row))
      throw new AppError(
        'validation_failed',
        `code: ${presentOf(row)} workers were present at ${row.ref} and as many interviews are recorded`,
      );
    const interviewId = input.id ?? crypto.randomUUID();
    await trx
      .insertInto('labour_inspection_interviews')
      .values({
        id: interviewId,
        inspection_id: id,
        agency_id: row.agency_id,
        code: seal(ring, input.code, interviewCodeContext(interviewId)),
        private: input.private,
        language: input.language,
        interpreter: input.interpreter,
        sex: input.sex,
        under18: input.under18,
        created_by: actor.userId as string,
        created_at: at,
      })
      .execute();
    await auditInspection(trx, actor, 'monitoring.inspection_interview', id, requestId, {
      interview: interviewId,
      private: input.private,
    });
    return { id: interviewId, duplicate: false };
  });
}

export interface FindingsInput {
  id?: string | undefined;
  at?: string | undefined;
  revision?: number | undefined;
  setId?: string | undefined;
  setVersion?: string | undefined;
  indicators: { id: string; answer: FindingAnswer; workers: number; observation: string }[];
  breaches: { breach: Breach; workers: number; note: string }[];
}

/**
 * Saves the findings as a whole: the answers given replace the earlier ones, and the breaches listed are those
 * found (one left out is no longer recorded). The set is fixed by the first findings saved. A save naming the
 * revision it was made on is refused if someone has saved since; the same save sent again changes nothing.
 */
export async function saveFindings(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  id: string,
  input: FindingsInput,
  requestId: string,
) {
  const at = recordedAt(input.at);
  const saved = await db.transaction().execute(async (trx) => {
    await ownedInspection(trx, actor, id);
    const locked = await lockedInspection(trx, id);
    if (input.id !== undefined && locked.findings_client_id === input.id)
      return { id, ...(await findingsCounts(trx, id)), revision: locked.findings_revision, duplicate: true };
    if (input.revision !== undefined && input.revision !== locked.findings_revision) return { stale: locked };
    const row = await inspectionIn(trx, actor, id, ['visited'], 'findings are recorded once the visit is');
    const wanted = {
      id: row.set_id ?? input.setId ?? DEFAULT_FINDINGS_SET.id,
      version:
        row.set_version ?? input.setVersion ?? (input.setId ? undefined : DEFAULT_FINDINGS_SET.version),
    };
    if (
      row.set_id &&
      input.setId &&
      (input.setId !== row.set_id || (input.setVersion ?? row.set_version) !== row.set_version)
    )
      throw new AppError(
        'conflict',
        `setId: the findings of ${row.ref} answer ${row.set_id} version ${row.set_version}, not another set`,
      );
    const set = await findSet(trx, actor, wanted.id, wanted.version);
    if (!set.exploitation.includes('labour'))
      throw new AppError('validation_failed', `setId: ${set.id} is not a set for labour exploitation`);
    const present = presentOf(row);
    const known = new Set(set.indicators.map((i) => i.id));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const f of input.indicators) {
      if (!known.has(f.id)) problems.push(`indicators.${f.id}: not an indicator of ${set.id}`);
      if (seen.has(f.id)) problems.push(`indicators.${f.id}: answered twice`);
      seen.add(f.id);
      if (f.answer === 'observed' && !f.observation.trim())
        problems.push(`indicators.${f.id}.observation: say what was seen or heard`);
      if (f.answer !== 'observed' && f.workers > 0)
        problems.push(`indicators.${f.id}.workers: only an indicator observed concerns workers`);
      if (f.workers > present) problems.push(`indicators.${f.id}.workers: more than the ${present} present`);
    }
    const breaches = new Set<string>();
    for (const b of input.breaches) {
      if (breaches.has(b.breach)) problems.push(`breaches.${b.breach}: listed twice`);
      breaches.add(b.breach);
      if (b.workers > present)
        problems.push(`breaches.${b.breach}.workers: more than the ${present} present`);
    }
    if (problems.length) throw new AppError('validation_failed', problems.join('; '));
    await trx
      .updateTable('labour_inspections')
      .set({
        set_id: set.id,
        set_version: set.version,
        findings_revision: row.findings_revision + 1,
        findings_client_id: input.id ?? null,
        findings_at: at,
        findings_by: actor.userId,
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('labour_inspection_findings').where('inspection_id', '=', id).execute();
    await trx.deleteFrom('labour_inspection_breaches').where('inspection_id', '=', id).execute();
    if (input.indicators.length)
      await trx
        .insertInto('labour_inspection_findings')
        .values(
          input.indicators.map((f) => ({
            inspection_id: id,
            agency_id: row.agency_id,
            indicator_id: f.id,
            answer: f.answer,
            workers: f.workers,
            observation: sealText(ring, f.observation, findingContext(id, f.id)),
          })),
        )
        .execute();
    if (input.breaches.length)
      await trx
        .insertInto('labour_inspection_breaches')
        .values(
          input.breaches.map((b) => ({
            inspection_id: id,
            agency_id: row.agency_id,
            breach: b.breach,
            workers: b.workers,
            note: sealText(ring, b.note, breachContext(id, b.breach)),
          })),
        )
        .execute();
    const observed = input.indicators.filter((f) => f.answer === 'observed').length;
    await auditInspection(trx, actor, 'monitoring.inspection_findings', id, requestId, {
      set: `${set.id}@${set.version}`,
      answered: input.indicators.length,
      observed,
      breaches: input.breaches.length,
      revision: row.findings_revision + 1,
    });
    return {
      id,
      observed,
      breaches: input.breaches.length,
      revision: row.findings_revision + 1,
      duplicate: false,
    };
  });
  if ('stale' in saved && saved.stale)
    return refuseStaleFindings(
      db,
      actor,
      ring,
      saved.stale,
      input.revision ?? 0,
      input.indicators.length,
      requestId,
    );
  return saved;
}

/** The interviews of an inspection, codes opened. */
export async function interviewsOf(q: Q, ring: Keyring, id: string) {
  const rows = await q
    .selectFrom('labour_inspection_interviews')
    .selectAll()
    .where('inspection_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    code: unseal(ring, r.code, interviewCodeContext(r.id)),
    private: r.private,
    language: r.language,
    interpreter: r.interpreter,
    sex: r.sex,
    under18: r.under18,
    at: new Date(r.created_at).toISOString(),
  }));
}

/** The findings: every indicator of the set with its answer (null when never answered), and the breaches. */
export async function findingsOf(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  row: {
    id: string;
    set_id: string | null;
    set_version: string | null;
    findings_revision: number;
    findings_at: Date | null;
  },
) {
  const set = await findSet(
    db,
    actor,
    row.set_id ?? DEFAULT_FINDINGS_SET.id,
    row.set_version ?? DEFAULT_FINDINGS_SET.version,
  );
  const answers = await db
    .selectFrom('labour_inspection_findings')
    .selectAll()
    .where('inspection_id', '=', row.id)
    .execute();
  const byId = new Map(answers.map((a) => [a.indicator_id, a]));
  const breaches = await db
    .selectFrom('labour_inspection_breaches')
    .selectAll()
    .where('inspection_id', '=', row.id)
    .execute();
  const order = Object.keys(BREACHES);
  return {
    revision: row.findings_revision,
    savedAt: row.findings_at ? new Date(row.findings_at).toISOString() : null,
    set: { id: set.id, version: set.version, name: set.name },
    indicators: set.indicators.map((i) => {
      const a = byId.get(i.id);
      return {
        id: i.id,
        label: i.label,
        answer: a?.answer ?? null,
        workers: a?.workers ?? 0,
        observation: a ? unsealText(ring, a.observation, findingContext(row.id, i.id)) : '',
      };
    }),
    breaches: breaches
      .sort((a, b) => order.indexOf(a.breach) - order.indexOf(b.breach))
      .map((b) => ({
        breach: b.breach,
        label: BREACHES[b.breach as Breach] ?? b.breach,
        workers: b.workers,
        note: unsealText(ring, b.note, breachContext(row.id, b.breach)),
      })),
  };
}
