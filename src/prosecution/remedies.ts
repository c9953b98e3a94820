import type { Actor } from '../access/policy.ts';
import { AppError } from '../platform/errors.ts';
import type { RemedyKind, RemedyStatus, RemedyStep } from './asset-bodies.ts';
import {
  auditCase,
  auditCaseRead,
  caseOfAgency,
  openCaseForChange,
  type Q,
  type Trx,
} from './case-access.ts';
import { suspectOfCase } from './suspects.ts';

// Civil and administrative remedies beside the criminal case: the site closed by the labour or the tax
// inspectorate, a licence revoked, taxes assessed, a labour order, a civil suit, debarment from public contracts.
// Each is requested of an authority against one of the case's suspects or the case's site, then ordered or
// refused; an order is complied with or appealed; an appeal ends in an order or a refusal again. Steps are dated,
// never before the step they follow. Audit entries carry codes and ids only (no authority, no reference).

const NEXT: Record<RemedyStatus, readonly RemedyStep[]> = {
  requested: ['ordered', 'refused'],
  ordered: ['complied', 'appealed'],
  refused: ['appealed'],
  appealed: ['ordered', 'refused'],
  complied: [],
};

const LABELS: Record<RemedyKind, string> = {
  site_closure_labour: 'site closure by the labour inspectorate',
  site_closure_tax: 'site closure by the tax authority',
  licence_revocation: 'licence revocation',
  tax_assessment: 'tax assessment',
  labour_order: 'labour order',
  civil_suit: 'civil suit',
  debarment: 'debarment',
};
const words = (kind: string) => LABELS[kind as RemedyKind] ?? kind;

export interface RemedyInput {
  kind: RemedyKind;
  authority: string;
  target: 'suspect' | 'site';
  suspectId?: string | undefined;
  on: string;
  reference?: string | undefined;
}

/** Records a remedy requested of an authority against a suspect of the case or the case's site. */
export async function requestRemedy(
  db: Q,
  actor: Actor,
  caseId: string,
  input: RemedyInput,
  requestId: string,
) {
  if (input.target === 'suspect' && !input.suspectId)
    throw new AppError('validation_failed', 'suspectId: a remedy against a suspect names the suspect.');
  if (input.target === 'site' && input.suspectId)
    throw new AppError('validation_failed', "suspectId: a remedy against the case's site names no suspect.");
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    if (input.suspectId) await suspectOfCase(trx, caseId, input.suspectId);
    if (input.target === 'site' && !c.site_entity_id)
      throw new AppError(
        'conflict',
        `target: case file ${c.ref} has no site (it was not opened from an operation on one); name a suspect.`,
      );
    const siteId = input.target === 'site' ? c.site_entity_id : null;
    const r = await trx
      .insertInto('prosecution_remedies')
      .values({
        agency_id: c.agencyId,
        case_id: caseId,
        kind: input.kind,
        authority: input.authority,
        target: input.target,
        suspect_id: input.suspectId ?? null,
        site_entity_id: siteId,
        requested_on: input.on,
        reference: input.reference ?? null,
        created_by: c.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('prosecution_remedy_steps')
      .values({
        agency_id: c.agencyId,
        remedy_id: r.id,
        status: 'requested',
        happened_on: input.on,
        reference: input.reference ?? null,
        recorded_by: c.userId,
      })
      .execute();
    await auditCase(trx, actor, caseId, 'prosecution.remedy_request', requestId, {
      remedy: r.id,
      kind: input.kind,
      target: input.target,
      suspect: input.suspectId ?? null,
      site: siteId,
    });
    return { remedyId: r.id, status: 'requested' as const };
  });
}

async function remedyOfCase(trx: Trx, caseId: string, remedyId: string) {
  const r = await trx
    .selectFrom('prosecution_remedies')
    .selectAll()
    .where('id', '=', remedyId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!r) throw new AppError('not_found', 'remedyId: no such remedy in this case file.');
  return { ...r, status: r.status as RemedyStatus };
}

export interface RemedyStepInput {
  status: RemedyStep;
  on: string;
  reference?: string | undefined;
}

/** Records the remedy's next step: ordered or refused, complied with or appealed. */
export async function stepRemedy(
  db: Q,
  actor: Actor,
  caseId: string,
  remedyId: string,
  input: RemedyStepInput,
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const r = await remedyOfCase(trx, caseId, remedyId);
    const allowed = NEXT[r.status];
    if (!allowed.includes(input.status))
      throw new AppError(
        'conflict',
        allowed.length === 0
          ? `status: the ${words(r.kind)} was complied with; nothing follows.`
          : `status: a ${words(r.kind)} ${r.status} can next be ${allowed.join(' or ')}, not ${input.status}.`,
      );
    const last = await trx
      .selectFrom('prosecution_remedy_steps')
      .select('happened_on')
      .where('remedy_id', '=', remedyId)
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    if (last.happened_on > input.on)
      throw new AppError(
        'conflict',
        `on: the ${words(r.kind)} was ${r.status} on ${last.happened_on}; its next step cannot be dated earlier.`,
      );
    await trx
      .insertInto('prosecution_remedy_steps')
      .values({
        agency_id: c.agencyId,
        remedy_id: remedyId,
        status: input.status,
        happened_on: input.on,
        reference: input.reference ?? null,
        recorded_by: c.userId,
      })
      .execute();
    await trx
      .updateTable('prosecution_remedies')
      .set({ status: input.status })
      .where('id', '=', remedyId)
      .execute();
    await auditCase(trx, actor, caseId, 'prosecution.remedy_step', requestId, {
      remedy: remedyId,
      kind: r.kind,
      from: r.status,
      to: input.status,
    });
    return { remedyId, status: input.status };
  });
}

/** The case's remedies with their target and steps, oldest first. Audited. */
export async function readRemedies(db: Q, actor: Actor, caseId: string, requestId: string) {
  const c = await caseOfAgency(db, actor, caseId);
  const remedies = await db
    .selectFrom('prosecution_remedies as r')
    .leftJoin('prosecution_suspects as s', 's.id', 'r.suspect_id')
    .selectAll('r')
    .select('s.label as suspect_label')
    .where('r.case_id', '=', caseId)
    .orderBy('r.created_at')
    .execute();
  const steps =
    remedies.length === 0
      ? []
      : await db
          .selectFrom('prosecution_remedy_steps')
          .selectAll()
          .where(
            'remedy_id',
            'in',
            remedies.map((r) => r.id),
          )
          .orderBy('recorded_at')
          .execute();
  await auditCaseRead(db, actor, caseId, 'prosecution.remedies_read', requestId, {
    remedies: remedies.length,
  });
  return {
    caseId,
    caseRef: c.ref,
    remedies: remedies.map((r) => ({
      id: r.id,
      kind: r.kind,
      authority: r.authority,
      target: r.target as 'suspect' | 'site',
      suspect: r.suspect_id ? { id: r.suspect_id, label: r.suspect_label ?? '' } : null,
      siteEntityId: r.site_entity_id,
      status: r.status,
      requestedOn: r.requested_on,
      reference: r.reference,
      next: [...(NEXT[r.status as RemedyStatus] ?? [])],
      steps: steps
        .filter((s) => s.remedy_id === r.id)
        .map((s) => ({
          status: s.status,
          on: s.happened_on,
          reference: s.reference,
          recordedAt: new Date(s.recorded_at).toISOString(),
        })),
    })),
  };
}
