import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { type Listing, listQuery } from '../platform/listing.ts';
import { HANDLING, INFO_GRADES, SOURCE_GRADES, TLP } from './grading.ts';
import { openTitle } from './reports.ts';
import { NO_TLP, REPORT_ORIGINS, REPORT_SORTS as SORTS } from './wire.ts';

// The reports an analyst may read (their agency's own and those shared with it), listed a page at a time. Titles
// are sealed, so the words, filters and sorts are applied after they are opened (pageOf), not in SQL.

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

const codes = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** How the list of reports is searched (title, marking, grades), filtered and sorted. */
export const reportListQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: {
    handling: z.enum(codes(HANDLING)).optional(),
    tlp: z.enum([...TLP, NO_TLP]).optional(),
    origin: z.enum(REPORT_ORIGINS).optional(),
    /** Reports holding at least one item of this grade. */
    sourceGrade: z.enum(codes(SOURCE_GRADES)).optional(),
    infoGrade: z.enum(codes(INFO_GRADES)).optional(),
  },
});
export type ReportListQuery = z.output<typeof reportListQuery>;

/** Reports of the actor's agency and those shared with it, newest first, with their items' grades. */
export async function listReports(db: Q, actor: Actor, ring: Keyring) {
  const rows = await db
    .selectFrom('intel_reports')
    .select([
      'id',
      'title',
      'reported_on',
      'handling',
      'tlp',
      'agency_id',
      sql<string[]>`ARRAY(SELECT DISTINCT i.source_grade || i.info_grade FROM intel_report_items i
        WHERE i.report_id = intel_reports.id ORDER BY 1)`.as('grades'),
    ])
    .where((eb) =>
      eb.or([
        eb('agency_id', '=', actor.agencyId ?? NO_AGENCY),
        eb.exists(
          eb
            .selectFrom('shares')
            .select('shares.resource_id')
            .whereRef('shares.resource_id', '=', eb.cast('intel_reports.id', 'text'))
            .where('shares.resource_type', '=', 'intel_report')
            .where('shares.agency_id', '=', actor.agencyId ?? NO_AGENCY),
        ),
      ]),
    )
    .orderBy('reported_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: openTitle(ring, r),
    reportedOn: r.reported_on,
    handling: r.handling,
    tlp: r.tlp,
    originator: r.agency_id === actor.agencyId,
    grades: r.grades,
  }));
}

type Row = Awaited<ReturnType<typeof listReports>>[number];

/** The filters of the query that are not words, sort or page, applied to the opened rows. */
export function filterReports(rows: Row[], f: ReportListQuery): Row[] {
  return rows.filter(
    (r) =>
      (!f.handling || r.handling === f.handling) &&
      (!f.tlp || (r.tlp ?? NO_TLP) === f.tlp) &&
      (!f.origin || r.originator === (f.origin === 'own')) &&
      (!f.sourceGrade || r.grades.some((g) => g.startsWith(f.sourceGrade ?? ''))) &&
      (!f.infoGrade || r.grades.some((g) => g.endsWith(f.infoGrade ?? ''))),
  );
}

// A marking sorts by how far it may travel: TLP from CLEAR to RED (none before CLEAR, since police material goes by
// its handling code), and P before C; a report's grade by its best item (1A first).
const TLP_RANK = Object.fromEntries(TLP.map((x, i) => [x, i + 1]));
const HANDLING_RANK = Object.fromEntries(codes(HANDLING).map((x, i) => [x, i]));

export const reportListing: Listing<Row, (typeof SORTS)[number]> = {
  text: (r) => [r.title, r.tlp ? `TLP:${r.tlp}` : null, ...r.grades],
  sorts: {
    title: (r) => r.title,
    reported_on: (r) => new Date(r.reportedOn),
    grade: (r) => r.grades[0] ?? null,
    marking: (r) => (r.tlp ? (TLP_RANK[r.tlp] ?? 0) : 0) * 10 + (HANDLING_RANK[r.handling] ?? 0),
    origin: (r) => (r.originator ? 0 : 1),
  },
};
