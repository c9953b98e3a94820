import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';

// How strong the picture's intelligence on a target is, for the intervention decision: the best-graded report
// item that names the target or backs a fact or link about it, and how many other reports back it up. Taken
// from the picture, so that a decision cannot rest on grades typed to suit it.

export interface PictureGrades {
  strongestSourceGrade: '1' | '2' | '3';
  strongestInfoGrade: 'A' | 'B' | 'C' | 'D' | 'E';
  /** Reports about the target besides the best-graded one. */
  corroboratingReports: number;
  /** Every report counted (ids). */
  reports: string[];
}

const SOURCE = new Set(['1', '2', '3']);
const INFO = new Set(['A', 'B', 'C', 'D', 'E']);

/** The grades of the agency's reports on an entity, or null when no graded report of the agency concerns it. */
export async function pictureGrades(
  db: Kysely<Database>,
  agencyId: string,
  entityId: string,
): Promise<PictureGrades | null> {
  const named = await db
    .selectFrom('report_mentions as m')
    .innerJoin('intel_report_items as i', (j) =>
      j.onRef('i.report_id', '=', 'm.report_id').onRef('i.n', '=', 'm.n'),
    )
    .select(['m.report_id as report', 'i.source_grade as source', 'i.info_grade as info'])
    .where('m.entity_id', '=', entityId)
    .where('m.agency_id', '=', agencyId)
    .execute();
  const backed = [
    ...(await db
      .selectFrom('entity_facts')
      .select(['report_id as report', 'source_grade as source', 'info_grade as info'])
      .where('entity_id', '=', entityId)
      .where('agency_id', '=', agencyId)
      .where('report_id', 'is not', null)
      .execute()),
    ...(await db
      .selectFrom('entity_links')
      .select(['report_id as report', 'source_grade as source', 'info_grade as info'])
      .where((eb) => eb.or([eb('from_id', '=', entityId), eb('to_id', '=', entityId)]))
      .where('agency_id', '=', agencyId)
      .where('report_id', 'is not', null)
      .execute()),
  ];
  const items = [...named, ...backed].filter(
    (x): x is { report: string; source: '1' | '2' | '3'; info: 'A' | 'B' | 'C' | 'D' | 'E' } =>
      x.report !== null && SOURCE.has(x.source ?? '') && INFO.has(x.info ?? ''),
  );
  if (items.length === 0) return null;
  const best = items.reduce((a, b) =>
    b.source < a.source || (b.source === a.source && b.info < a.info) ? b : a,
  );
  const reports = [...new Set(items.map((x) => x.report))].sort();
  return {
    strongestSourceGrade: best.source,
    strongestInfoGrade: best.info,
    corroboratingReports: reports.length - 1,
    reports,
  };
}
