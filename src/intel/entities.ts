import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { entityOutcomes } from '../operations/review.ts';
import { AppError } from '../platform/errors.ts';
import { siteFindings } from '../screening/site-findings.ts';
import {
  attributeProblem,
  ENTITY_TYPES,
  type EntityType,
  isEntityType,
  isLinkType,
  LINK_TYPES,
  linkProblem,
} from './registry.ts';
import { indexValue } from './search.ts';

type Q = Kysely<Database>;

export async function visibleEntity(db: Q, actor: Actor, id: string) {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e || !can(actor, 'intel.read', { type: 'entity', id, agencyId: e.agency_id }))
    throw new AppError('not_found');
  return e;
}

/** Reports the actor may see among `ids`: own agency's, or shared with it. */
export async function visibleReports(db: Q, actor: Actor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('intel_reports')
    .select(['id', 'agency_id'])
    .where('id', 'in', ids)
    .execute();
  const shared = await db
    .selectFrom('shares')
    .select('resource_id')
    .where('resource_type', '=', 'intel_report')
    .where('agency_id', '=', actor.agencyId ?? '')
    .where('resource_id', 'in', ids)
    .execute();
  const sharedIds = new Set(shared.map((s) => s.resource_id));
  return new Set(rows.filter((r) => r.agency_id === actor.agencyId || sharedIds.has(r.id)).map((r) => r.id));
}

async function checkReport(db: Q, actor: Actor, reportId: string | undefined) {
  if (!reportId) return;
  if (!(await visibleReports(db, actor, [reportId])).has(reportId))
    throw new AppError('not_found', 'reportId: no such report that you may see');
}

export async function createEntity(
  db: Q,
  actor: Actor,
  input: { type: string; label: string },
  requestId: string,
) {
  if (!isEntityType(input.type) || !actor.agencyId)
    throw new AppError('validation_failed', 'type: not an entity type');
  const agencyId = actor.agencyId;
  return db.transaction().execute(async (trx) => {
    const e = await trx
      .insertInto('entities')
      .values({ agency_id: agencyId, type: input.type, label: input.label })
      .returning(['id', 'type', 'label'])
      .executeTakeFirstOrThrow();
    await indexValue(trx, agencyId, e.id, input.type as EntityType, 'label', input.label);
    await appendAudit(trx, {
      actor,
      action: 'intel.entity_create',
      resource: { type: 'entity', id: e.id },
      outcome: 'success',
      requestId,
      detail: { type: e.type },
    });
    return e;
  });
}

/** Records a fact about an entity with its provenance: the report (or import) that asserted it and its grading. */
export async function addFact(
  db: Q,
  actor: Actor,
  entityId: string,
  input: {
    attribute: string;
    value: string;
    reportId?: string | undefined;
    sourceGrade?: string | undefined;
    infoGrade?: string | undefined;
  },
  requestId: string,
) {
  const e = await visibleEntity(db, actor, entityId);
  const problem = attributeProblem(e.type as EntityType, input.attribute);
  if (problem) throw new AppError('validation_failed', `attribute: ${problem}`);
  await checkReport(db, actor, input.reportId);
  if (!actor.agencyId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  return db.transaction().execute(async (trx) => {
    const f = await trx
      .insertInto('entity_facts')
      .values({
        agency_id: agencyId,
        entity_id: entityId,
        attribute: input.attribute,
        value: input.value,
        report_id: input.reportId ?? null,
        import_id: null,
        source_grade: input.sourceGrade ?? null,
        info_grade: input.infoGrade ?? null,
        asserted_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await indexValue(trx, agencyId, entityId, e.type as EntityType, input.attribute, input.value);
    await appendAudit(trx, {
      actor,
      action: 'intel.fact_add',
      resource: { type: 'entity', id: entityId },
      outcome: 'success',
      requestId,
      detail: { fact: f.id, attribute: input.attribute },
    });
    return f.id;
  });
}

export async function addLink(
  db: Q,
  actor: Actor,
  input: {
    type: string;
    fromId: string;
    toId: string;
    reportId?: string | undefined;
    sourceGrade?: string | undefined;
    infoGrade?: string | undefined;
  },
  requestId: string,
) {
  if (!isLinkType(input.type)) throw new AppError('validation_failed', 'type: not a link type');
  if (input.fromId === input.toId)
    throw new AppError('validation_failed', 'toId: a link joins two different entities');
  const from = await visibleEntity(db, actor, input.fromId);
  const to = await visibleEntity(db, actor, input.toId);
  const problem = linkProblem(input.type, from.type as EntityType, to.type as EntityType);
  if (problem) throw new AppError('validation_failed', `type: ${problem}`);
  await checkReport(db, actor, input.reportId);
  if (!actor.agencyId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  return db.transaction().execute(async (trx) => {
    const l = await trx
      .insertInto('entity_links')
      .values({
        agency_id: agencyId,
        type: input.type,
        from_id: input.fromId,
        to_id: input.toId,
        report_id: input.reportId ?? null,
        import_id: null,
        source_grade: input.sourceGrade ?? null,
        info_grade: input.infoGrade ?? null,
        asserted_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'intel.link_add',
      resource: { type: 'entity_link', id: l.id },
      outcome: 'success',
      requestId,
      detail: { type: input.type, from: input.fromId, to: input.toId },
    });
    return l.id;
  });
}

/**
 * Everything known about an entity that the actor may see: each fact with its provenance and grading (two
 * sources may disagree; both stay), its links; what comes from reports the actor may not see is counted as
 * "restricted", never shown. The read is audited.
 */
export async function entityPage(db: Q, actor: Actor, id: string, requestId: string) {
  const e = await visibleEntity(db, actor, id);
  const facts = await db
    .selectFrom('entity_facts')
    .selectAll()
    .where('entity_id', '=', id)
    .orderBy('attribute')
    .orderBy('asserted_at')
    .execute();
  const links = await db
    .selectFrom('entity_links')
    .selectAll()
    .where((eb) => eb.or([eb('from_id', '=', id), eb('to_id', '=', id)]))
    .orderBy('asserted_at')
    .execute();
  const reportIds = [
    ...new Set([...facts, ...links].map((x) => x.report_id).filter((r): r is string => r !== null)),
  ];
  const seen = await visibleReports(db, actor, reportIds);
  const otherIds = [...new Set(links.map((l) => (l.from_id === id ? l.to_id : l.from_id)))];
  const others = otherIds.length
    ? await db
        .selectFrom('entities')
        .select(['id', 'type', 'label', 'agency_id'])
        .where('id', 'in', otherIds)
        .execute()
    : [];
  const otherById = new Map(
    others
      .filter((o) => can(actor, 'intel.read', { type: 'entity', id: o.id, agencyId: o.agency_id }))
      .map((o) => [o.id, o]),
  );
  const factOk = (f: { report_id: string | null }) => f.report_id === null || seen.has(f.report_id);
  const linkOk = (l: { report_id: string | null; from_id: string; to_id: string }) =>
    factOk(l) && otherById.has(l.from_id === id ? l.to_id : l.from_id);
  // The linked entities the page names are looks at them too: their ids (never labels) go into the entry, so an
  // operation's leak review finds whoever saw its target on a neighbour's page.
  const shown = [...new Set(links.filter(linkOk).map((l) => (l.from_id === id ? l.to_id : l.from_id)))];
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.entity_read',
      resource: { type: 'entity', id },
      outcome: 'success',
      requestId,
      detail: shown.length ? { entityIds: shown } : undefined,
    }),
  );
  return {
    id: e.id,
    type: e.type,
    typeLabel: ENTITY_TYPES[e.type as EntityType]?.label ?? e.type,
    label: e.label,
    facts: facts.filter(factOk).map((f) => ({
      id: f.id,
      attribute: f.attribute,
      value: f.value,
      provenance: {
        reportId: f.report_id,
        importId: f.import_id,
        assertedAt: f.asserted_at,
        sourceGrade: f.source_grade,
        infoGrade: f.info_grade,
      },
    })),
    links: links.filter(linkOk).map((l) => {
      const otherId = l.from_id === id ? l.to_id : l.from_id;
      const other = otherById.get(otherId);
      return {
        id: l.id,
        type: l.type,
        label: LINK_TYPES[l.type as keyof typeof LINK_TYPES]?.label ?? l.type,
        direction: l.from_id === id ? ('out' as const) : ('in' as const),
        other: { id: otherId, type: other?.type ?? '', label: other?.label ?? '' },
        provenance: {
          reportId: l.report_id,
          importId: l.import_id,
          assertedAt: l.asserted_at,
          sourceGrade: l.source_grade,
          infoGrade: l.info_grade,
        },
      };
    }),
    operationOutcomes: await entityOutcomes(db, actor, id),
    screeningFindings: await siteFindings(db, actor, id),
    restricted: {
      facts: facts.filter((f) => !factOk(f)).length,
      links: links.filter((l) => !linkOk(l)).length,
    },
  };
}
