import { type Actor, hasPermission } from '../access/policy.ts';
import { visibleExhibit } from '../evidence/exhibits.ts';
import { visibleReports } from '../intel/entities.ts';
import { AppError } from '../platform/errors.ts';
import { auditCase, openCaseForChange, type Q, type Trx } from './case-access.ts';
import type { EvidenceKind } from './evidence-kinds.ts';

// The case's evidence items, numbered within the case, and the legal elements each one goes to. An exhibit is
// added only when the actor may see it (its agency's, or shared with theirs, once its operation has concluded);
// an intelligence report only when the actor may read it (their agency's, or shared with it as its handling
// code allowed).

const UNIQUE_VIOLATION = '23505';

export interface EvidenceInput {
  kind: EvidenceKind;
  description: string;
  exhibitId?: string | undefined;
  reportId?: string | undefined;
}

async function checkSource(db: Q, actor: Actor, input: EvidenceInput) {
  if (input.kind !== 'exhibit' && input.exhibitId)
    throw new AppError('validation_failed', 'exhibitId: only an item of kind exhibit names an exhibit.');
  if (input.kind !== 'intelligence_report' && input.reportId)
    throw new AppError(
      'validation_failed',
      'reportId: only an item of kind intelligence_report names a report.',
    );
  if (input.kind === 'exhibit') {
    if (!input.exhibitId) throw new AppError('validation_failed', 'exhibitId: name the exhibit.');
    await visibleExhibit(db, actor, input.exhibitId, 'evidence.read').catch(() => {
      throw new AppError('not_found', 'exhibitId: no exhibit that you may see has this id.');
    });
  }
  if (input.kind === 'intelligence_report') {
    if (!input.reportId) throw new AppError('validation_failed', 'reportId: name the report.');
    const seen =
      hasPermission(actor, 'intel.read') &&
      (await visibleReports(db, actor, [input.reportId])).has(input.reportId);
    if (!seen) throw new AppError('not_found', 'reportId: no report that you may read has this id.');
  }
}

export async function addEvidence(
  db: Q,
  actor: Actor,
  caseId: string,
  input: EvidenceInput,
  requestId: string,
) {
  await checkSource(db, actor, input);
  try {
    return await db.transaction().execute(async (trx) => {
      const c = await openCaseForChange(trx, actor, caseId);
      const last = await trx
        .selectFrom('prosecution_evidence')
        .select((eb) => eb.fn.max('n').as('n'))
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      const n = Number(last?.n ?? 0) + 1;
      const row = await trx
        .insertInto('prosecution_evidence')
        .values({
          agency_id: c.agencyId,
          case_id: caseId,
          n,
          kind: input.kind,
          description: input.description,
          exhibit_id: input.exhibitId ?? null,
          report_id: input.reportId ?? null,
          added_by: c.userId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await auditCase(trx, actor, caseId, 'prosecution.evidence_add', requestId, {
        evidence: row.id,
        kind: input.kind,
        exhibit: input.exhibitId ?? null,
        report: input.reportId ?? null,
      });
      return { evidenceId: row.id, n };
    });
  } catch (e) {
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError(
        'conflict',
        `${input.exhibitId ? 'exhibitId' : 'reportId'}: already in this case file.`,
      );
    throw e;
  }
}

async function chargeAndItem(
  trx: Trx,
  caseId: string,
  chargeId: string,
  element: string,
  evidenceId: string,
) {
  const charge = await trx
    .selectFrom('prosecution_charges')
    .select(['id', 'offence_code', 'elements'])
    .where('id', '=', chargeId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!charge) throw new AppError('not_found', 'chargeId: no such charge in this case file.');
  if (!charge.elements.some((e) => e.code === element))
    throw new AppError(
      'not_found',
      `element: ${charge.offence_code} has no element "${element}"; it has ${charge.elements.map((e) => e.code).join(', ')}.`,
    );
  const item = await trx
    .selectFrom('prosecution_evidence')
    .select(['id', 'kind'])
    .where('id', '=', evidenceId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!item) throw new AppError('not_found', 'evidenceId: no such evidence item in this case file.');
  return { charge, item };
}

/** Links an evidence item to an element of a charge (linking it again changes nothing). */
export async function linkEvidence(
  db: Q,
  actor: Actor,
  caseId: string,
  ids: { chargeId: string; element: string; evidenceId: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    const c = await openCaseForChange(trx, actor, caseId);
    const { item } = await chargeAndItem(trx, caseId, ids.chargeId, ids.element, ids.evidenceId);
    const added = await trx
      .insertInto('prosecution_element_links')
      .values({
        charge_id: ids.chargeId,
        element_code: ids.element,
        evidence_id: ids.evidenceId,
        agency_id: c.agencyId,
        linked_by: c.userId,
      })
      .onConflict((oc) => oc.columns(['charge_id', 'element_code', 'evidence_id']).doNothing())
      .returning('evidence_id')
      .executeTakeFirst();
    if (added)
      await auditCase(trx, actor, caseId, 'prosecution.evidence_link', requestId, {
        charge: ids.chargeId,
        element: ids.element,
        evidence: ids.evidenceId,
        kind: item.kind,
      });
    return { linked: true };
  });
}

export async function unlinkEvidence(
  db: Q,
  actor: Actor,
  caseId: string,
  ids: { chargeId: string; element: string; evidenceId: string },
  requestId: string,
) {
  return db.transaction().execute(async (trx) => {
    await openCaseForChange(trx, actor, caseId);
    await chargeAndItem(trx, caseId, ids.chargeId, ids.element, ids.evidenceId);
    const gone = await trx
      .deleteFrom('prosecution_element_links')
      .where('charge_id', '=', ids.chargeId)
      .where('element_code', '=', ids.element)
      .where('evidence_id', '=', ids.evidenceId)
      .returning('evidence_id')
      .executeTakeFirst();
    if (!gone) throw new AppError('not_found', 'This evidence item is not linked to that element.');
    await auditCase(trx, actor, caseId, 'prosecution.evidence_unlink', requestId, {
      charge: ids.chargeId,
      element: ids.element,
      evidence: ids.evidenceId,
    });
    return { linked: false };
  });
}
