import { type Kysely, sql } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { foldText, parseQuery } from '../intel/text-terms.ts';
import { AppError } from '../platform/errors.ts';

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';
const KM_PER_DEGREE = 111.32;

/**
 * Tips are the agency's own: imported from a hotline's or NGO's file under the marking it came with, they are
 * never passed to another agency by Lantern (nor exported), so the marking is shown with every tip for the reader
 * to honour when acting on it.
 */
export interface Tip {
  id: string;
  ref: string | null;
  receivedAt: string;
  channel: string;
  language: string | null;
  text: string;
  placeHint: string | null;
  lat: number | null;
  lon: number | null;
  tlp: string;
  importId: string | null;
}

export interface TipFilters {
  q?: string | undefined;
  channel?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  near?: { lat: number; lon: number; km: number } | undefined;
  before?: string | undefined;
  limit: number;
}

const COLUMNS = [
  'id',
  'tip_ref',
  'received_at',
  'channel',
  'language',
  'text',
  'place_hint',
  'lat',
  'lon',
  'tlp',
  'import_id',
] as const;

type Row = {
  id: string;
  tip_ref: string | null;
  received_at: Date | string;
  channel: string;
  language: string | null;
  text: string;
  place_hint: string | null;
  lat: number | null;
  lon: number | null;
  tlp: string;
  import_id: string | null;
};

const toTip = (r: Row): Tip => ({
  id: String(r.id),
  ref: r.tip_ref,
  receivedAt: new Date(r.received_at).toISOString(),
  channel: r.channel,
  language: r.language,
  text: r.text,
  placeHint: r.place_hint,
  lat: r.lat,
  lon: r.lon,
  tlp: r.tlp,
  importId: r.import_id,
});

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The folded parts of a tip query; the whole query folded when it has no word in it (e.g. "+66"). */
function tipQueryParts(q: string): string[] {
  const parts = parseQuery(q).parts;
  return parts.length ? parts : [foldText(q).trim()];
}

/** The agency's tips matching the filters, newest first; `near` keeps those within its radius. */
async function findTips(db: Q, agencyId: string, f: TipFilters): Promise<Tip[]> {
  let query = db.selectFrom('tips').select(COLUMNS).where('agency_id', '=', agencyId);
  const q = f.q?.trim();
  // Each part of the query (a word, or a run of an unspaced script as written) is found anywhere in the text or
  // place hint, both folded the same way (lantern_fold in SQL, foldText here): "Quoc" finds "Quốc".
  if (q)
    for (const part of tipQueryParts(q))
      query = query.where(
        sql<boolean>`lantern_fold(text || ' ' || coalesce(place_hint, '')) ILIKE ${`%${escapeLike(part)}%`}`,
      );
  if (f.channel) query = query.where('channel', '=', f.channel);
  if (f.from) query = query.where('received_at', '>=', new Date(f.from));
  if (f.to) query = query.where('received_at', '<', new Date(f.to));
  if (f.before) query = query.where('received_at', '<', new Date(f.before));
  const near = f.near;
  if (near) {
    const dLat = near.km / KM_PER_DEGREE;
    const dLon = near.km / (KM_PER_DEGREE * Math.max(Math.cos((near.lat * Math.PI) / 180), 0.01));
    query = query
      .where('lat', '>=', near.lat - dLat)
      .where('lat', '<=', near.lat + dLat)
      .where('lon', '>=', near.lon - dLon)
      .where('lon', '<=', near.lon + dLon);
  }
  const rows = (await query
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .execute()) as Row[];
  const tips = rows.map(toTip);
  return near
    ? tips.filter(
        (t) => t.lat !== null && t.lon !== null && distanceKm(near, { lat: t.lat, lon: t.lon }) <= near.km,
      )
    : tips;
}

/** A page of the actor's agency's tips (audited by the filters used and the count, never by the words searched). */
export async function listTips(db: Q, actor: Actor, f: TipFilters, requestId: string) {
  const tips = await findTips(db, actor.agencyId ?? NO_AGENCY, f);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.tips_read',
      resource: { type: 'tips' },
      outcome: 'success',
      requestId,
      detail: {
        count: tips.length,
        filters: Object.entries(f)
          .filter(([k, v]) => v !== undefined && k !== 'limit')
          .map(([k]) => k),
      },
    }),
  );
  return { tips, next: tips.length === f.limit ? (tips[tips.length - 1]?.receivedAt ?? null) : null };
}

/** One tip of the actor's agency (audited); another agency's, or none, is "not found". */
export async function getTip(db: Q, actor: Actor, id: string, requestId: string): Promise<Tip> {
  const row = /^\d{1,18}$/.test(id)
    ? ((await db
        .selectFrom('tips')
        .select(COLUMNS)
        .where('id', '=', id)
        .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
        .executeTakeFirst()) as Row | undefined)
    : undefined;
  if (!row) throw new AppError('not_found', 'No such tip.');
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.tip_read',
      resource: { type: 'tip', id: String(row.id) },
      outcome: 'success',
      requestId,
    }),
  );
  return toTip(row);
}

/**
 * Tips whose text or place hint holds every part of the query, for the one search box (when the actor may see tips),
 * by the same rules as report text: any script, diacritics folded, a part long enough for its script.
 */
export async function searchTips(db: Q, actor: Actor, q: string, limit: number) {
  if (!hasPermission(actor, 'monitoring.read') || !parseQuery(q).searchable) return [];
  const tips = await findTips(db, actor.agencyId ?? NO_AGENCY, { q, limit });
  return tips.map((t) => ({
    id: t.id,
    receivedAt: t.receivedAt,
    channel: t.channel,
    placeHint: t.placeHint,
    tlp: t.tlp,
    excerpt: t.text.slice(0, 200),
  }));
}

/** Tips placed within `km` of a point (a site's coordinates), for its timeline, when the actor may see tips. */
export async function tipsNear(
  db: Q,
  actor: Actor,
  at: { lat: number; lon: number },
  opts: { km: number; limit: number; before?: string | undefined },
): Promise<Tip[]> {
  if (!hasPermission(actor, 'monitoring.read')) return [];
  return findTips(db, actor.agencyId ?? NO_AGENCY, {
    near: { ...at, km: opts.km },
    before: opts.before,
    limit: opts.limit,
  });
}
