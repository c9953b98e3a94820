import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import { type Actor, hasPermission } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { type Checkpoint, checkpoints } from './checkpoints.ts';
import { type Box, inBox, type LocatedEntity, locatedEntities } from './located.ts';
import type { MAP_KINDS } from './wire.ts';

// What the map shows, within a box: located entities (sites and places), tips placed by their coordinates,
// the cells that call records were made from, and the checkpoints of the border records. Each kind obeys its own
// rule: entities by the intelligence policy (own agency or shared, facts from visible reports), tips only with
// monitoring.read and only the agency's own, cells and checkpoints from the agency's own imported records.

type Q = Kysely<Database>;

export type MapKind = (typeof MAP_KINDS)[number];

/** Most of each kind in one answer; the reply says which kinds were cut. */
export const MAP_LIMITS: Record<MapKind, number> = {
  sites: 5000,
  tips: 2000,
  cells: 3000,
  checkpoints: 1000,
};

export interface MapTip {
  id: string;
  receivedAt: string;
  channel: string;
  placeHint: string | null;
  tlp: string;
  lat: number;
  lon: number;
}

export interface MapCell {
  cellId: string;
  lat: number;
  lon: number;
  calls: number;
}

export interface MapFeatures {
  sites: LocatedEntity[];
  tips: MapTip[];
  cells: MapCell[];
  checkpoints: Checkpoint[];
  /** Kinds asked for that the actor may not see (tips without monitoring.read). */
  withheld: MapKind[];
  /** Kinds with more features in the box than one answer holds. */
  truncated: MapKind[];
  /** Checkpoints in the records that nothing locates. */
  unlocatedCheckpoints: number;
}

/** The cells of the agency's call records in the box: one position per cell id, with its number of calls. */
async function cells(db: Q, agencyId: string, box: Box | undefined, limit: number) {
  let q = db
    .selectFrom('call_records')
    .select([
      'cell_id',
      sql<number>`avg(cell_lat)`.as('lat'),
      sql<number>`avg(cell_lon)`.as('lon'),
      sql<string>`count(*)`.as('n'),
    ])
    .where('agency_id', '=', agencyId)
    .where('cell_id', 'is not', null)
    .where('cell_lat', 'is not', null)
    .where('cell_lon', 'is not', null);
  if (box)
    q = q
      .where('cell_lat', '>=', box.south)
      .where('cell_lat', '<=', box.north)
      .where('cell_lon', '>=', box.west)
      .where('cell_lon', '<=', box.east);
  const rows = await q
    .groupBy('cell_id')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('cell_id')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({
    cellId: r.cell_id ?? '',
    lat: Math.round(Number(r.lat) * 1e5) / 1e5,
    lon: Math.round(Number(r.lon) * 1e5) / 1e5,
    calls: Number(r.n),
  }));
}

/** The agency's tips with coordinates in the box, newest first. */
async function tips(db: Q, agencyId: string, box: Box | undefined, limit: number): Promise<MapTip[]> {
  let q = db
    .selectFrom('tips')
    .select(['id', 'received_at', 'channel', 'place_hint', 'tlp', 'lat', 'lon'])
    .where('agency_id', '=', agencyId)
    .where('lat', 'is not', null)
    .where('lon', 'is not', null);
  if (box)
    q = q
      .where('lat', '>=', box.south)
      .where('lat', '<=', box.north)
      .where('lon', '>=', box.west)
      .where('lon', '<=', box.east);
  const rows = await q
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    receivedAt: new Date(r.received_at).toISOString(),
    channel: r.channel,
    placeHint: r.place_hint,
    tlp: r.tlp,
    lat: r.lat ?? 0,
    lon: r.lon ?? 0,
  }));
}

/**
 * The features of `kinds` within `box` (everywhere when none), `entities` narrowing the sites to those ids. The
 * read is audited with the ids of the entities shown and the number of each other kind, never labels or numbers.
 */
export async function mapFeatures(
  db: Q,
  actor: Actor,
  q: { box?: Box | undefined; kinds: readonly MapKind[]; entities?: readonly string[] | undefined },
  requestId: string,
): Promise<MapFeatures> {
  const agencyId = actor.agencyId;
  const wants = (k: MapKind) => q.kinds.includes(k);
  const out: MapFeatures = {
    sites: [],
    tips: [],
    cells: [],
    checkpoints: [],
    withheld: [],
    truncated: [],
    unlocatedCheckpoints: 0,
  };
  const cut = <T>(kind: MapKind, items: T[]): T[] => {
    if (items.length <= MAP_LIMITS[kind]) return items;
    out.truncated.push(kind);
    return items.slice(0, MAP_LIMITS[kind]);
  };
  if (agencyId && (wants('sites') || wants('checkpoints'))) {
    // Checkpoints may be located by places outside the box, so places are read everywhere.
    const all = await locatedEntities(db, actor, {
      ids: wants('checkpoints') ? undefined : q.entities,
      limit: 100_000,
    });
    if (wants('sites')) {
      const only = q.entities ? new Set(q.entities) : null;
      out.sites = cut(
        'sites',
        all.entities.filter((e) => (!only || only.has(e.id)) && inBox(q.box, e)),
      );
    }
    if (wants('checkpoints')) {
      const c = await checkpoints(db, actor, all.entities, q.box);
      out.checkpoints = cut('checkpoints', c.checkpoints);
      out.unlocatedCheckpoints = c.unlocated;
    }
  }
  if (agencyId && wants('cells'))
    out.cells = cut('cells', await cells(db, agencyId, q.box, MAP_LIMITS.cells));
  if (wants('tips')) {
    if (!hasPermission(actor, 'monitoring.read')) out.withheld.push('tips');
    else if (agencyId) out.tips = cut('tips', await tips(db, agencyId, q.box, MAP_LIMITS.tips));
  }
  const entityIds = new Set([
    ...out.sites.map((s) => s.id),
    ...out.checkpoints.map((c) => c.entityId).filter((id): id is string => id !== null),
  ]);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.map_read',
      resource: { type: 'agency', id: agencyId ?? 'none' },
      outcome: 'success',
      requestId,
      detail: {
        entityIds: [...entityIds],
        tips: out.tips.length,
        cells: out.cells.length,
        checkpoints: out.checkpoints.length,
      },
    }),
  );
  return out;
}
