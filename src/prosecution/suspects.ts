import type { Actor } from '../access/policy.ts';
import { visibleEntity } from '../intel/entities.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q, type Trx } from './case-access.ts';
import { type SuspectRole, type SuspectStep, tierOf } from './suspect-roles.ts';

// The case's suspects: added from an entity of the rich picture the actor may see (its label taken from it), or by
// a label alone; the role each played (which classes them exploiter or facilitator), and their cooperation or
// confession as dated steps.

const UNIQUE_VIOLATION = '23505';

export async function addSuspect(
  db: Q,
  actor: Actor,
  caseId: string,
  input: { entityId?: string | undefined; label?: string | undefined; role?: SuspectRole | undefined },
  requestId: string,
) {
  let label = input.label;
  if (input.entityId) {
    const e = await visibleEntity(db, actor, input.entityId).catch(() => {
      throw new AppError('not_found', 'entityId: no entity that you may see has this id.');
    });
    if (e.type !== 'person' && e.type !== 'organisation')
      throw new AppError(
        'validation_failed',
        `entityId: a suspect is a person or an organisation, not a ${e.type}.`,
      );
    label ??= e.label;
  }
  if (!label) throw new AppError('validation_failed', 'label: name the suspect, or give the entity.');
  const name = label;
  try {
    return await db.transaction().execute(async (trx) => {
      const c = await openCaseForChange(trx, actor, caseId);
      const s = await trx
        .insertInto('prosecution_suspects')
        .values({
          agency_id: c.agencyId,
          case_id: caseId,
          label: name,
          entity_id: input.entityId ?? null,
          role: input.role ?? null,
          added_by: c.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditCase(trx, actor, caseId, 'prosecution.suspect_add', requestId, {
        suspect: s.id,
        entity: input.entityId ?? null,
        role: input.role ?? null,
      });
      return { suspectId: s.id, role: input.role ?? null, tier: tierOf(input.role ?? null) };
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError('conflict', 'entityId: this entity is already a suspect in this case file.');
    throw e;
  }
}

/** A suspect of the case (locked by the caller's transaction on the case). */
export async function suspectOfCase(trx: Trx, caseId: string, suspectId: string) {
  const s = await trx
    .selectFrom('prosecution_suspects')
    .selectAll()
    .where('id', '=', suspectId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!s) throw new AppError('not_found', 'suspectId: no such suspect in this case file.');
  return s;
}

/** Sets the role the suspect played; the tier follows from it (src/prosecution/suspect-roles.ts). */
export async function setSuspectRole(
  db: Q,
  actor: Actor,
  caseId: string,
  suspectId: string,
  role: SuspectRole,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await openCaseForChange(trx, actor, caseId);
    const s = await suspectOfCase(trx, caseId, suspectId);
    if (s.role !== role) {
      await trx.updateTable('prosecution_suspects').set({ role }).where('id', '=', suspectId).execute();
      await auditCase(trx, actor, caseId, 'prosecution.suspect_role', requestId, {
        suspect: suspectId,
        from: s.role,
        to: role,
      });
    }
    return { suspectId, role, tier: tierOf(role) };
  });
}

/** What each step follows: cooperation ends only once begun, a confession is retracted only once made. */
const FOLLOWS: Record<SuspectStep, { pair: SuspectStep[]; after: SuspectStep | null }> = {
  cooperating: { pair: ['cooperating', 'cooperation_ended'], after: null },
  cooperation_ended: { pair: ['cooperating', 'cooperation_ended'], after: 'cooperating' },
  confessed: { pair: ['confessed', 'confession_retracted'], after: null },
  confession_retracted: { pair: ['confessed', 'confession_retracted'], after: 'confessed' },
};

/** Records a step of the suspect's cooperation or confession, on the day it happened. */
export async function recordSuspectStep(
  db: Q,
  actor: Actor,
  caseId: string,
  suspectId: string,
  input: { step: SuspectStep; on: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    await suspectOfCase(trx, caseId, suspectId);
    const rule = FOLLOWS[input.step];
    const last = await trx
      .selectFrom('prosecution_suspect_steps')
      .select('kind')
      .where('suspect_id', '=', suspectId)
      .where('kind', 'in', rule.pair)
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const current = (last?.kind ?? null) as SuspectStep | null;
    const allowed = rule.after === null ? current !== input.step : current === rule.after;
    if (!allowed)
      throw new AppError(
        'conflict',
        `step: ${input.step.replaceAll('_', ' ')} cannot follow ${current ? current.replaceAll('_', ' ') : 'nothing recorded'}.`,
      );
    const row = await trx
      .insertInto('prosecution_suspect_steps')
      .values({
        agency_id: c.agencyId,
        suspect_id: suspectId,
        kind: input.step,
        occurred_on: input.on,
        recorded_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditCase(trx, actor, caseId, 'prosecution.suspect_step', requestId, {
      suspect: suspectId,
      step: input.step,
    });
    return { stepId: row.id, step: input.step };
  });
}
