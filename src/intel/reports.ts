import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, can } from '../access/policy.ts';
import type { SealedTable } from '../access/sealed-columns.ts';
import { type Keyring, seal, sealText, unseal, unsealText } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { type Marking, sanitiseProblem, shareProblem, type Tlp } from './grading.ts';
import { indexItemTerms } from './report-terms.ts';
import type { ReportInput } from './schema.ts';

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** A report's title, provenance and items' text are sealed, each bound to its report and place in it. */
export const itemContext = (reportId: string, n: number) => `intel_report:${reportId}:item:${n}`;
export const titleContext = (reportId: string) => `intel_report:${reportId}:title`;
export const provenanceContext = (reportId: string) => `intel_report:${reportId}:provenance`;
/** A report's sealed columns (sealed-columns.ts); its items' are resealed with their search terms (at-rest-items.ts). */
export const REPORT_COLUMNS: readonly SealedTable[] = [
  {
    table: 'intel_reports',
    keys: ['id'],
    pending: true,
    count: 'reports',
    columns: [
      { name: 'title', context: (r) => titleContext(String(r.id)), clearBefore: true, sealEmpty: true },
      { name: 'provenance', context: (r) => provenanceContext(String(r.id)), clearBefore: true },
    ],
  },
];
export const openTitle = (ring: Keyring, r: { id: string; title: string }) =>
  unseal(ring, r.title, titleContext(r.id));

export async function createSource(
  db: Q,
  actor: Actor,
  input: { code: string; kind: string; description: string },
  requestId: string,
) {
  if (!actor.agencyId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const taken = await db
    .selectFrom('intel_sources')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code', '=', input.code)
    .executeTakeFirst();
  if (taken) throw new AppError('conflict', 'code: your agency already has a source with this code name');
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('intel_sources')
      .values({ agency_id: agencyId, code: input.code, kind: input.kind, description: input.description })
      .returning(['id', 'code', 'kind', 'description', 'created_at'])
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'intel.source_create',
      resource: { type: 'intel_source', id: row.id },
      outcome: 'success',
      requestId,
    });
    return {
      id: row.id,
      code: row.code,
      kind: row.kind,
      description: row.description,
      createdAt: row.created_at,
    };
  });
}

/** The agency's sources with their record: how their items were graded over time. */
export async function listSources(db: Q, actor: Actor) {
  const sources = await db
    .selectFrom('intel_sources')
    .selectAll()
    .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
    .orderBy('code')
    .execute();
  const grades = await db
    .selectFrom('intel_report_items')
    .innerJoin('intel_reports', 'intel_reports.id', 'intel_report_items.report_id')
    .select([
      'intel_reports.source_id',
      'intel_report_items.source_grade',
      'intel_report_items.info_grade',
      (eb) => eb.fn.countAll<string>().as('n'),
      (eb) => eb.fn.max('intel_reports.reported_on').as('last'),
    ])
    .where('intel_reports.agency_id', '=', actor.agencyId ?? NO_AGENCY)
    .groupBy(['intel_reports.source_id', 'intel_report_items.source_grade', 'intel_report_items.info_grade'])
    .execute();
  return sources.map((s) => {
    const mine = grades.filter((g) => g.source_id === s.id);
    const tally = (key: 'source_grade' | 'info_grade') =>
      Object.fromEntries(
        [...new Set(mine.map((g) => g[key]))].map((k) => [
          k,
          mine.filter((g) => g[key] === k).reduce((a, g) => a + Number(g.n), 0),
        ]),
      );
    return {
      id: s.id,
      code: s.code,
      kind: s.kind,
      description: s.description,
      record: {
        items: mine.reduce((a, g) => a + Number(g.n), 0),
        bySourceGrade: tally('source_grade'),
        byInfoGrade: tally('info_grade'),
      },
    };
  });
}

const marking = (r: { handling: string; sanitisation_code: string | null; tlp: string | null }): Marking => ({
  handling: r.handling as 'P' | 'C',
  sanitisation: r.sanitisation_code as Marking['sanitisation'],
  tlp: r.tlp as Tlp | null,
});

export async function createReport(
  db: Q,
  actor: Actor,
  ring: Keyring,
  input: ReportInput,
  requestId: string,
  sanitisedFrom: string | null = null,
) {
  if (!actor.agencyId) throw new AppError('forbidden');
  const agencyId = actor.agencyId;
  const source = await db
    .selectFrom('intel_sources')
    .select('id')
    .where('id', '=', input.sourceId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!source) throw new AppError('not_found', 'sourceId: no such source in your agency');
  return db
    .transaction()
    .execute((trx) => writeReport(trx, actor, ring, agencyId, input, requestId, sanitisedFrom));
}

async function loadReport(db: Q, actor: Actor, id: string) {
  const r = await db.selectFrom('intel_reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('not_found');
  const shared = await db
    .selectFrom('shares')
    .select('agency_id')
    .where('resource_type', '=', 'intel_report')
    .where('resource_id', '=', id)
    .execute();
  if (
    !can(actor, 'intel.read', {
      type: 'intel_report',
      id,
      agencyId: r.agency_id,
      sharedWith: shared.map((s) => s.agency_id),
    })
  )
    throw new AppError('not_found');
  return r;
}

export async function readReport(db: Q, actor: Actor, ring: Keyring, id: string, requestId: string) {
  const r = await loadReport(db, actor, id);
  const items = await db
    .selectFrom('intel_report_items')
    .selectAll()
    .where('report_id', '=', id)
    .orderBy('n')
    .execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.report_read',
      resource: { type: 'intel_report', id },
      outcome: 'success',
      requestId,
    }),
  );
  const own = r.agency_id === actor.agencyId;
  return {
    id: r.id,
    title: openTitle(ring, r),
    reportedOn: r.reported_on,
    handling: r.handling,
    actionCode: r.action_code,
    sanitisationCode: r.sanitisation_code,
    tlp: r.tlp,
    // The source and how the intelligence was obtained stay with the originating agency.
    sourceId: own ? r.source_id : null,
    provenance: own ? unsealText(ring, r.provenance, provenanceContext(r.id)) : '',
    sanitisedFrom: own ? r.sanitised_from : null,
    originator: own,
    items: items.map((i) => ({
      n: i.n,
      text: unseal(ring, i.text, itemContext(i.report_id, i.n)),
      sourceGrade: i.source_grade,
      infoGrade: i.info_grade,
    })),
  };
}

/** Shares a report with another agency, as its handling code and TLP marking allow; refusals are audited. */
export async function shareReport(db: Q, actor: Actor, id: string, agencyId: string, requestId: string) {
  const r = await loadReport(db, actor, id);
  if (r.agency_id !== actor.agencyId)
    throw new AppError('forbidden', 'Only the originating agency shares its reports.');
  const problem = shareProblem(marking(r));
  if (problem) {
    await db.transaction().execute((trx) =>
      appendAudit(trx, {
        actor,
        action: 'intel.report_share',
        resource: { type: 'intel_report', id },
        outcome: 'denied',
        requestId,
        detail: { to: agencyId, reason: problem },
      }),
    );
    throw new AppError('conflict', `This report cannot be shared as it stands: ${problem}.`);
  }
  if (agencyId === actor.agencyId)
    throw new AppError('conflict', "agencyId: the report is already your agency's own");
  const agency = await db.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst();
  if (!agency) throw new AppError('not_found', 'agencyId: no such agency');
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('shares')
      .values({
        resource_type: 'intel_report',
        resource_id: id,
        agency_id: agencyId,
        shared_by: actor.userId ?? '',
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'intel.report_share',
      resource: { type: 'intel_report', id },
      outcome: 'success',
      requestId,
      detail: { to: agencyId },
    });
  });
}

/** Makes a sanitised version (source and identifying details removed) that can be shared while the original stays restricted. */
export async function sanitiseReport(
  db: Q,
  actor: Actor,
  ring: Keyring,
  id: string,
  input: { title: string; items: ReportInput['items'] },
  requestId: string,
) {
  const r = await loadReport(db, actor, id);
  const problem = sanitiseProblem(marking(r), r.agency_id === actor.agencyId);
  if (problem) throw new AppError('conflict', `A sanitised version cannot be made here: ${problem}.`);
  if (!r.source_id || r.agency_id !== actor.agencyId)
    throw new AppError('forbidden', 'Only the originating agency sanitises its reports.');
  return createReport(
    db,
    actor,
    ring,
    {
      sourceId: r.source_id,
      reportedOn: r.reported_on,
      title: input.title,
      handling: 'P',
      tlp: r.tlp === 'RED' || r.tlp === 'AMBER+STRICT' ? 'AMBER' : ((r.tlp as Tlp | null) ?? undefined),
      provenance: '',
      items: input.items,
    },
    requestId,
    r.id,
  );
}

/**
 * Writes a report of `agencyId` within the caller's transaction: sealed title, provenance and items, the items'
 * search terms, the audit entry. The source must be the agency's (the caller checks).
 */
export async function writeReport(
  trx: Transaction<Database>,
  actor: Actor,
  ring: Keyring,
  agencyId: string,
  input: ReportInput,
  requestId: string,
  sanitisedFrom: string | null = null,
): Promise<string> {
  const id = randomUUID();
  const r = await trx
    .insertInto('intel_reports')
    .values({
      id,
      agency_id: agencyId,
      source_id: input.sourceId,
      reported_on: input.reportedOn,
      title: seal(ring, input.title, titleContext(id)),
      handling: input.handling,
      action_code: input.actionCode ?? null,
      sanitisation_code: input.sanitisationCode ?? null,
      tlp: input.tlp ?? null,
      provenance: sealText(ring, input.provenance, provenanceContext(id)),
      sanitised_from: sanitisedFrom,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('intel_report_items')
    .values(
      input.items.map((it, i) => ({
        report_id: r.id,
        n: i + 1,
        text: seal(ring, it.text, itemContext(r.id, i + 1)),
        source_grade: it.sourceGrade,
        info_grade: it.infoGrade,
      })),
    )
    .execute();
  for (const [i, it] of input.items.entries()) await indexItemTerms(trx, ring, r.id, i + 1, it.text);
  await appendAudit(trx, {
    actor,
    action: sanitisedFrom ? 'intel.report_sanitise' : 'intel.report_create',
    resource: { type: 'intel_report', id: r.id },
    outcome: 'success',
    requestId,
    detail: sanitisedFrom ? { from: sanitisedFrom } : { handling: input.handling, tlp: input.tlp ?? null },
  });
  return r.id;
}
