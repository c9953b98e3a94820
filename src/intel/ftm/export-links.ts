import { sql } from 'kysely';
import { type EntityType, isEntityType, isLinkType } from '../registry.ts';
import { type ExportPage, type ExportRun, origin, PAGE, REF_TYPES } from './export-run.ts';
import { exportableReports } from './exportable.ts';
import { ftmLine, linkToFtm } from './to-ftm.ts';

/** One page of the links between the agency's entities (those FtM keeps as intervals), each as its FtM line. */
export async function linkPage(run: ExportRun, after: string | null): Promise<ExportPage> {
  const { db, actor, agencyId, until, counts } = run;
  const xid = sql<string>`coalesce(lf.ftm_id, entity_links.id::text)`;
  const rows = await db
    .selectFrom('entity_links')
    .innerJoin('entities as a', 'a.id', 'entity_links.from_id')
    .innerJoin('entities as b', 'b.id', 'entity_links.to_id')
    .leftJoin('ftm_ids as lf', 'lf.link_id', 'entity_links.id')
    .leftJoin('ftm_ids as af', 'af.entity_id', 'a.id')
    .leftJoin('ftm_ids as bf', 'bf.entity_id', 'b.id')
    .selectAll('entity_links')
    .select([
      xid.as('xid'),
      sql<string>`coalesce(af.ftm_id, a.id::text)`.as('from_xid'),
      sql<string>`coalesce(bf.ftm_id, b.id::text)`.as('to_xid'),
      'a.type as from_type',
      'a.label as from_label',
      'b.type as to_type',
      'b.label as to_label',
    ])
    .where('entity_links.agency_id', '=', agencyId)
    .where('a.agency_id', '=', agencyId)
    .where('b.agency_id', '=', agencyId)
    .where('a.created_at', '<=', until)
    .where('b.created_at', '<=', until)
    .$if(REF_TYPES.length > 0, (q) => q.where('entity_links.type', 'not in', REF_TYPES))
    .$if(after !== null, (q) => q.where(sql<boolean>`${xid} COLLATE "C" > ${after}`))
    .orderBy(sql`${xid} COLLATE "C"`)
    .limit(PAGE)
    .execute();
  const reportIds = rows.flatMap((l) => (l.report_id ? [l.report_id] : []));
  const seen = await exportableReports(db, actor, [...new Set(reportIds)]);
  const lines: string[] = [];
  for (const l of rows) {
    if (!isLinkType(l.type) || !isEntityType(l.from_type) || !isEntityType(l.to_type)) continue;
    if (l.report_id !== null && !seen.has(l.report_id)) {
      counts.restrictedLinks++;
      continue;
    }
    const from = { id: l.from_xid, type: l.from_type as EntityType, label: l.from_label };
    const to = { id: l.to_xid, type: l.to_type as EntityType, label: l.to_label };
    const ftm = linkToFtm({ id: l.xid, type: l.type, from, to, ...origin(l) });
    if (!ftm) continue;
    counts.links++;
    lines.push(ftmLine(ftm));
  }
  return { lines, last: rows.length === PAGE ? (rows.at(-1)?.xid ?? null) : null };
}
