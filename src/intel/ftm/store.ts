import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/types.ts';
import type { EntityType } from '../registry.ts';
import { keyFor } from '../search.ts';
import type { Known, Resolved } from './resolve.ts';

type Q = Kysely<Database> | Transaction<Database>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the agency already holds of these ids: by the FtM id it was imported with, else by its own id. */
export async function lookUp(q: Q, agencyId: string, ids: string[]): Promise<Known> {
  const known: Known = { entities: new Map(), links: new Set() };
  const unique = [...new Set(ids)];
  for (const part of chunks(unique)) {
    const rows = await q
      .selectFrom('ftm_ids')
      .leftJoin('entities', 'entities.id', 'ftm_ids.entity_id')
      .select(['ftm_ids.ftm_id', 'ftm_ids.entity_id', 'ftm_ids.link_id', 'entities.type'])
      .where('ftm_ids.agency_id', '=', agencyId)
      .where('ftm_ids.ftm_id', 'in', part)
      .execute();
    for (const r of rows) {
      if (r.entity_id && r.type)
        known.entities.set(r.ftm_id, { entityId: r.entity_id, type: r.type as EntityType });
      if (r.link_id) known.links.add(r.ftm_id);
    }
  }
  const own = unique.filter((id) => UUID.test(id) && !known.entities.has(id) && !known.links.has(id));
  for (const part of chunks(own)) {
    for (const e of await q
      .selectFrom('entities')
      .select(['id', 'type'])
      .where('agency_id', '=', agencyId)
      .where('id', 'in', part)
      .execute())
      known.entities.set(e.id, { entityId: e.id, type: e.type as EntityType });
    for (const l of await q
      .selectFrom('entity_links')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('id', 'in', part)
      .execute())
      known.links.add(l.id);
  }
  return known;
}

export interface Written {
  entitiesCreated: number;
  entitiesMatched: number;
  factsAdded: number;
  linksCreated: number;
  linksMatched: number;
}

/**
 * Writes what the file adds, inside the caller's transaction: new entities with their FtM ids, facts not already
 * held (same attribute and value), search keys, and links not already held (by FtM id, or by their ends for
 * links FtM keeps as properties).
 */
export async function writePlans(
  trx: Transaction<Database>,
  ctx: { agencyId: string; importId: string; userId: string | null },
  resolved: Resolved,
  known: Known,
): Promise<Written> {
  const { agencyId, importId } = ctx;
  const ids = new Map<string, string>();
  const newEntities = [];
  const facts = [];
  const keys = [];
  let matched = 0;
  for (const p of resolved.entities) {
    const before = known.entities.get(p.id);
    const entityId = before?.entityId ?? randomUUID();
    ids.set(p.id, entityId);
    let held = new Set<string>();
    if (before) {
      matched++;
      const rows = await trx
        .selectFrom('entity_facts')
        .select(['attribute', 'value'])
        .where('entity_id', '=', entityId)
        .execute();
      held = new Set(rows.map((r) => `${r.attribute}\u0000${r.value}`));
    } else {
      newEntities.push({ id: entityId, agency_id: agencyId, type: p.type, label: p.label });
      const k = keyFor(p.type, 'label', p.label);
      if (k?.key)
        keys.push({ agency_id: agencyId, entity_id: entityId, kind: k.kind, value: p.label, key: k.key });
    }
    for (const f of p.facts) {
      if (held.has(`${f.attribute}\u0000${f.value}`)) continue;
      facts.push({
        agency_id: agencyId,
        entity_id: entityId,
        attribute: f.attribute,
        value: f.value,
        report_id: null,
        import_id: importId,
        source_grade: f.sourceGrade,
        info_grade: f.infoGrade,
        ...(f.assertedAt ? { asserted_at: f.assertedAt } : {}),
        asserted_by: ctx.userId,
      });
      const k = keyFor(p.type, f.attribute, f.value);
      if (k?.key)
        keys.push({ agency_id: agencyId, entity_id: entityId, kind: k.kind, value: f.value, key: k.key });
    }
  }
  for (const part of chunks(newEntities)) await trx.insertInto('entities').values(part).execute();
  const fresh = new Set(newEntities.map((e) => e.id));
  const ftmRows = resolved.entities
    .filter((p) => !known.entities.has(p.id))
    .map((p) => ({
      agency_id: agencyId,
      ftm_id: p.id,
      entity_id: ids.get(p.id) ?? null,
      link_id: null,
      import_id: importId,
    }));
  for (const part of chunks(facts)) await trx.insertInto('entity_facts').values(part).execute();
  for (const part of chunks(keys)) await trx.insertInto('search_keys').values(part).execute();

  const links = [];
  const linkFtm = [];
  const seen = new Set<string>();
  let linksMatched = 0;
  for (const l of resolved.links) {
    const from = ids.get(l.from) ?? known.entities.get(l.from)?.entityId;
    const to = ids.get(l.to) ?? known.entities.get(l.to)?.entityId;
    if (!from || !to) throw new Error('an end of a checked link did not resolve');
    const ends = `${l.type} ${from} ${to}`;
    if (!l.derived && known.links.has(l.id)) {
      linksMatched++;
      continue;
    }
    if (l.derived) {
      const exists =
        seen.has(ends) ||
        (fresh.has(from) || fresh.has(to)
          ? false
          : (await trx
              .selectFrom('entity_links')
              .select('id')
              .where('agency_id', '=', agencyId)
              .where('type', '=', l.type)
              .where('from_id', '=', from)
              .where('to_id', '=', to)
              .executeTakeFirst()) !== undefined);
      seen.add(ends);
      if (exists) {
        linksMatched++;
        continue;
      }
    }
    const id = randomUUID();
    links.push({
      id,
      agency_id: agencyId,
      type: l.type,
      from_id: from,
      to_id: to,
      report_id: null,
      import_id: importId,
      source_grade: l.sourceGrade,
      info_grade: l.infoGrade,
      ...(l.assertedAt ? { asserted_at: l.assertedAt } : {}),
      asserted_by: ctx.userId,
    });
    if (!l.derived)
      linkFtm.push({ agency_id: agencyId, ftm_id: l.id, entity_id: null, link_id: id, import_id: importId });
  }
  for (const part of chunks(links)) await trx.insertInto('entity_links').values(part).execute();
  for (const part of chunks([...ftmRows, ...linkFtm])) await trx.insertInto('ftm_ids').values(part).execute();
  return {
    entitiesCreated: newEntities.length,
    entitiesMatched: matched,
    factsAdded: facts.length,
    linksCreated: links.length,
    linksMatched,
  };
}
