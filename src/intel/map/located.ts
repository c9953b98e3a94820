import { type Kysely, sql } from 'kysely';
import { type Actor, visibleRows } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';

// Where entities are: an entity (a site, a place) is located by its latitude and longitude facts. Only entities
// the actor may see (own agency's, or shared with it) count, and only facts asserted by an import, by hand, or by
// a report the actor may see; when sources disagree the latest visible assertion of each coordinate wins.

type Q = Kysely<Database>;

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface LocatedEntity {
  id: string;
  type: string;
  label: string;
  lat: number;
  lon: number;
  /** The site's kind (site_kind fact), when known. */
  kind: string | null;
}

/** A coordinate written as a decimal number within its range, or null. */
export function coordinate(value: string, max: number): number | null {
  const v = value.trim();
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(v)) return null;
  const n = Number(v);
  return Math.abs(n) <= max ? n : null;
}

export const inBox = (b: Box | undefined, p: { lat: number; lon: number }) =>
  !b || (p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east);

/**
 * The entities with a position the actor may see, within `box` when given, and among `ids` when given; at most
 * `limit` (the flag says when more were left out).
 */
export async function locatedEntities(
  db: Q,
  actor: Actor,
  opts: { box?: Box | undefined; ids?: readonly string[] | undefined; limit: number },
): Promise<{ entities: LocatedEntity[]; truncated: boolean }> {
  if (!actor.agencyId || (opts.ids && opts.ids.length === 0)) return { entities: [], truncated: false };
  const agency = actor.agencyId;
  let q = db
    .selectFrom('entity_facts as f')
    .innerJoin('entities as e', 'e.id', 'f.entity_id')
    .select(['e.id', 'e.type', 'e.label', 'f.attribute', 'f.value', 'f.asserted_at'])
    .where('f.attribute', 'in', ['lat', 'lon', 'site_kind'])
    .where(visibleRows(actor, 'intel.read', 'entity', 'e.agency_id', 'e.id'))
    .where((eb) =>
      eb.or([
        eb('f.report_id', 'is', null),
        eb.exists(
          sql`(SELECT 1 FROM intel_reports r WHERE r.id = f.report_id AND (r.agency_id = ${agency}
               OR EXISTS (SELECT 1 FROM shares s WHERE s.resource_type = 'intel_report'
                          AND s.resource_id = r.id::text AND s.agency_id = ${agency})))`,
        ),
      ]),
    );
  if (opts.ids) q = q.where('e.id', 'in', opts.ids);
  const rows = await q.orderBy('f.asserted_at').execute();
  const byId = new Map<string, { type: string; label: string; lat?: number; lon?: number; kind?: string }>();
  for (const r of rows) {
    const e = byId.get(r.id) ?? { type: r.type, label: r.label };
    byId.set(r.id, e);
    // Ordered by assertion time: a later valid assertion replaces an earlier one.
    if (r.attribute === 'lat') e.lat = coordinate(r.value, 90) ?? e.lat;
    else if (r.attribute === 'lon') e.lon = coordinate(r.value, 180) ?? e.lon;
    else e.kind = r.value;
  }
  const out: LocatedEntity[] = [];
  for (const [id, e] of byId) {
    if (e.lat === undefined || e.lon === undefined) continue;
    const p = { lat: e.lat, lon: e.lon };
    if (!inBox(opts.box, p)) continue;
    out.push({ id, type: e.type, label: e.label, ...p, kind: e.kind ?? null });
  }
  out.sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  return { entities: out.slice(0, opts.limit), truncated: out.length > opts.limit };
}
