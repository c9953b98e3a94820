import { type Kysely, sql } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { CROSSINGS } from '../../world/places/index.ts';
import { visibleReports } from '../entities.ts';
import { foldText } from '../text-terms.ts';
import { type Box, inBox, type LocatedEntity } from './located.ts';

// Checkpoints on the map. Border records (the crossings table) name a checkpoint by id and name but carry no
// position, so each is located, in this order, by:
//   1. a place entity the actor may see, with coordinates, whose label is the checkpoint's name or id (the
//      analyst's own knowledge wins);
//   2. the bundled list of the region's border crossings (formal posts and known informal crossings, public
//      geography: src/world/places/crossings*.ts), by id or name.
// Places that declared `crossed_at` links point to are checkpoints too, counted by those links. A checkpoint
// that none of these locates is counted as unlocated, never guessed.

type Q = Kysely<Database>;

export interface Checkpoint {
  /** The checkpoint id in the records, or the place entity's id. */
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Crossing records at this checkpoint (own agency), plus declared crossed_at links to the place. */
  crossings: number;
  /** What located it: a place entity of the picture, or the bundled list of crossings. */
  locatedBy: 'place' | 'gazetteer';
  /** The place entity, when one located it. */
  entityId: string | null;
  informal: boolean;
}

const fold = (s: string) =>
  foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const GAZETTEER = new Map<string, (typeof CROSSINGS)[number]>();
for (const c of CROSSINGS) {
  GAZETTEER.set(fold(c.id), c);
  GAZETTEER.set(fold(c.name), c);
}

/** The actor's agency's checkpoints, located, within `box`; and how many could not be located. */
export async function checkpoints(
  db: Q,
  actor: Actor,
  places: readonly LocatedEntity[],
  box: Box | undefined,
): Promise<{ checkpoints: Checkpoint[]; unlocated: number }> {
  if (!actor.agencyId) return { checkpoints: [], unlocated: 0 };
  const records = await db
    .selectFrom('crossings')
    .select(['checkpoint_id', 'checkpoint', sql<string>`count(*)`.as('n')])
    .where('agency_id', '=', actor.agencyId)
    .groupBy(['checkpoint_id', 'checkpoint'])
    .execute();
  const placeByName = new Map<string, LocatedEntity>();
  for (const p of places) if (p.type === 'place') placeByName.set(fold(p.label), p);
  const out = new Map<string, Checkpoint>();
  let unlocated = 0;
  for (const r of records) {
    const keys = [r.checkpoint_id, r.checkpoint].filter((k): k is string => !!k).map(fold);
    const n = Number(r.n);
    const place = keys.map((k) => placeByName.get(k)).find(Boolean);
    const known = keys.map((k) => GAZETTEER.get(k)).find(Boolean);
    const at: Checkpoint | null = place
      ? {
          id: place.id,
          name: place.label,
          lat: place.lat,
          lon: place.lon,
          crossings: n,
          locatedBy: 'place',
          entityId: place.id,
          informal: false,
        }
      : known
        ? {
            id: known.id,
            name: known.name,
            lat: known.lat,
            lon: known.lon,
            crossings: n,
            locatedBy: 'gazetteer',
            entityId: null,
            informal: known.informal,
          }
        : null;
    if (!at) {
      unlocated++;
      continue;
    }
    const seen = out.get(at.id);
    if (seen) seen.crossings += n;
    else out.set(at.id, at);
  }
  await addCrossedAtPlaces(db, actor, places, out);
  return {
    checkpoints: [...out.values()]
      .filter((c) => inBox(box, c))
      .sort((a, b) => b.crossings - a.crossings || a.name.localeCompare(b.name)),
    unlocated,
  };
}

/** Located places that declared `crossed_at` links reach: each a checkpoint counted by its links. */
async function addCrossedAtPlaces(
  db: Q,
  actor: Actor,
  places: readonly LocatedEntity[],
  out: Map<string, Checkpoint>,
) {
  const ids = places.filter((p) => p.type === 'place').map((p) => p.id);
  if (ids.length === 0) return;
  const links = await db
    .selectFrom('entity_links')
    .select(['to_id', 'report_id'])
    .where('type', '=', 'crossed_at')
    .where('to_id', 'in', ids)
    .execute();
  // A link counts only when its report (if any) is one the actor may see.
  const seenReports = await visibleReports(db, actor, [
    ...new Set(links.map((l) => l.report_id).filter((r): r is string => r !== null)),
  ]);
  const counts = new Map<string, number>();
  for (const l of links)
    if (l.report_id === null || seenReports.has(l.report_id))
      counts.set(l.to_id, (counts.get(l.to_id) ?? 0) + 1);
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const [placeId, n] of counts) {
    const p = byId.get(placeId);
    if (!p) continue;
    const seen = out.get(p.id);
    if (seen) seen.crossings += n;
    else
      out.set(p.id, {
        id: p.id,
        name: p.label,
        lat: p.lat,
        lon: p.lon,
        crossings: n,
        locatedBy: 'place',
        entityId: p.id,
        informal: false,
      });
  }
}
