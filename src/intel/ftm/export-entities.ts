import { sql } from 'kysely';
import { isEntityType, type LinkType } from '../registry.ts';
import { type ExportPage, type ExportRun, origin, PAGE, REFS } from './export-run.ts';
import { exportableReports } from './exportable.ts';
import { entityToFtm, ftmLine, type OurRef } from './to-ftm.ts';

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** One page of the agency's entities after `after` (in export-id order), each as its FtM line. */
export async function entityPage(run: ExportRun, after: string | null): Promise<ExportPage> {
  const { db, actor, agencyId, until, counts } = run;
  const xid = sql<string>`coalesce(ftm_ids.ftm_id, entities.id::text)`;
  const rows = await db
    .selectFrom('entities')
    .leftJoin('ftm_ids', 'ftm_ids.entity_id', 'entities.id')
    .select(['entities.id', 'entities.type', 'entities.label', xid.as('xid')])
    .where('entities.agency_id', '=', agencyId)
    .where('entities.created_at', '<=', until)
    .$if(after !== null, (q) => q.where(sql<boolean>`${xid} COLLATE "C" > ${after}`))
    .orderBy(sql`${xid} COLLATE "C"`)
    .limit(PAGE)
    .execute();
  const ids = rows.map((r) => r.id);
  const facts = ids.length
    ? await db
        .selectFrom('entity_facts')
        .selectAll()
        .where('entity_id', 'in', ids)
        .orderBy('asserted_at')
        .orderBy('id')
        .execute()
    : [];
  const refs = [];
  for (const side of ['from', 'to'] as const) {
    const types = REFS.filter((r) => r.holderIs === side).map((r) => r.type);
    if (!ids.length || !types.length) continue;
    const [holder, other] =
      side === 'from' ? (['from_id', 'to_id'] as const) : (['to_id', 'from_id'] as const);
    const found = await db
      .selectFrom('entity_links')
      .innerJoin('entities as o', 'o.id', `entity_links.${other}`)
      .leftJoin('ftm_ids as f', 'f.entity_id', 'o.id')
      .selectAll('entity_links')
      .select(sql<string>`coalesce(f.ftm_id, o.id::text)`.as('other_xid'))
      .where(`entity_links.${holder}`, 'in', ids)
      .where('entity_links.type', 'in', types)
      .where('o.agency_id', '=', agencyId)
      .where('o.created_at', '<=', until)
      .orderBy('entity_links.asserted_at')
      .orderBy('entity_links.id')
      .execute();
    refs.push(...found.map((l) => ({ ...l, holder: l[holder] })));
  }
  const reportIds = [...facts, ...refs].flatMap((x) => (x.report_id ? [x.report_id] : []));
  const seen = await exportableReports(db, actor, [...new Set(reportIds)]);
  const ok = (x: { report_id: string | null }) => x.report_id === null || seen.has(x.report_id);
  const factsOf = byKey(facts, (f) => f.entity_id);
  const refsOf = byKey(refs, (r) => r.holder);
  const lines: string[] = [];
  for (const e of rows) {
    if (!isEntityType(e.type)) continue;
    const own = factsOf.get(e.id) ?? [];
    const held = refsOf.get(e.id) ?? [];
    counts.restrictedFacts += own.filter((f) => !ok(f)).length;
    counts.restrictedLinks += held.filter((r) => !ok(r)).length;
    const visibleFacts = own
      .filter(ok)
      .map((f) => ({ attribute: f.attribute, value: f.value, ...origin(f) }));
    const visibleRefs: OurRef[] = held
      .filter(ok)
      .map((r) => ({ type: r.type as LinkType, otherId: r.other_xid, ...origin(r) }));
    counts.entities++;
    run.entityIds.push(e.id);
    counts.facts += visibleFacts.length;
    counts.links += visibleRefs.length;
    lines.push(
      ftmLine(
        entityToFtm({ id: e.xid, type: e.type, label: e.label, facts: visibleFacts, refs: visibleRefs }),
      ),
    );
  }
  return { lines, last: rows.length === PAGE ? (rows.at(-1)?.xid ?? null) : null };
}
