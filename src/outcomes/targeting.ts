import type { z } from 'zod';
import { foldText } from '../intel/text-terms.ts';
import { EXPLOITATION_OF_KIND, kindsOfText, type Sign, signsOfText } from './targeting-signs.ts';
import type { siteReason } from './targeting-wire.ts';

export type SiteReason = z.output<typeof siteReason>;

// Evidence-based targeting of sites (issue 17, point 5): the most exploitative sites first, each rank with its
// reasons as codes and the figures behind them. Pure over an input shape: the app fills it from the database
// (targeting-store.ts), the benchmark from a generated world's files (bench/targeting.ts), through this one
// function.

/**
 * Every weight the ranking uses, in one place. A site's score is the sum of its evidence's points:
 * - each sign of exploitation counts once per source that reported it (a tip, an inspection, a screened person),
 *   with diminishing returns: the first report gives the sign's full weight, each further one half the last
 *   (so 1 → 1×, 2 → 1.5×, 3 → 1.75×, never more than 2×); a sign many sources repeat is surer, not worse;
 * - the signs that mark the most egregious exploitation weigh most: violence, confinement, children, premises
 *   hidden from inspectors; then the forms of exploitation (sexual, forced criminality), debt bondage and
 *   documents taken; then unpaid wages and deception, which lawful-but-abusive workplaces show too;
 * - how much is reported, on a log scale (doubling the tips adds a fixed amount): tips tied to the site,
 *   intelligence reports naming it, presumed victims screened after a removal from it;
 * - its place in the network: each broker who supplies it (up to three), and how busy its links are (log scale).
 */
export const SITE_WEIGHTS = {
  signs: {
    violence: 4,
    confinement: 3,
    children: 10,
    premises_locked: 10,
    sexual_exploitation: 2,
    forced_criminality: 2,
    debt_bondage: 1.5,
    documents_taken: 1.5,
    unpaid: 0.5,
    deception: 0.5,
  } satisfies Record<Sign, number>,
  /** Violence and confinement both reported (by any sources): people held by force, the gravest pattern. */
  violenceWithConfinement: 4,
  /** Per doubling of the tips tied to the site (log2(1 + n)). */
  tips: 0.5,
  /** Per doubling of the intelligence reports naming the site. */
  reports: 0.5,
  /** Per doubling of the people screened after a removal from the site and presumed trafficked. */
  presumedVictims: 2,
  /** Per broker among the network's top ten who supplies the site, up to `brokersCounted`. */
  broker: 1.5,
  brokersCounted: 3,
  /** Per tenfold of the site's link strength in the network (log10(1 + strength)). */
  strength: 0.5,
} as const;

/** How a tip is tied to a site: within this distance, the nearest site of the kind the tip describes. */
export const TIP_RADIUS_KM = 2;

export type ExploitationType = 'labour' | 'sexual' | 'forced_criminality';

export interface SiteEvidence {
  entityId: string;
  label: string;
  /** The site's kind (site_kind), when known. */
  kind: string | null;
  /** Where it is, in words (town, province, country), for filtering by area. */
  area: string | null;
  lat: number | null;
  lon: number | null;
  /** Tips tied to the site: the signs each shows, and how far from the site it was placed (null: named in words). */
  tips: { signs: Sign[]; km: number | null }[];
  /** Inspections of the site: the signs each found (premises_locked when part was hidden; children when under-18s). */
  inspections: { signs: Sign[] }[];
  /** Screenings of people removed from the site (counts only), or null when none may be shown. */
  screenings: { screened: number; presumedTrafficked: number; signs: Partial<Record<Sign, number>> } | null;
  /** Distinct intelligence reports naming the site. */
  reports: number;
  /** The site's place in the last network analysis (brokers: of its top ten), or null when it is not in it. */
  network: { brokers: number; strength: number; community: number | null } | null;
}

export interface SiteRank {
  rank: number;
  entityId: string;
  label: string;
  kind: string | null;
  area: string | null;
  exploitation: ExploitationType[];
  score: number;
  /** Each reason as a code with its figures, the weightiest first. */
  reasons: SiteReason[];
  figures: {
    tips: number;
    inspections: number;
    screened: number;
    presumedTrafficked: number;
    reports: number;
    brokers: number;
    signs: Partial<Record<Sign, number>>;
  };
}

/** The order of reasons of equal weight. */
const TIE_ORDER = [
  'premises_locked',
  'children',
  'violence_with_confinement',
  'violence',
  'confinement',
  'sexual_exploitation',
  'forced_criminality',
  'debt_bondage',
  'documents_taken',
  'unpaid',
  'deception',
  'presumed_victims',
  'brokers',
  'tips',
  'contacts',
  'reports',
];
const tieKey = (r: SiteReason) => TIE_ORDER.indexOf(r.code === 'sign' ? r.sign : r.code);
const diminishing = (n: number) => (n <= 0 ? 0 : 2 * (1 - 0.5 ** n));
const round = (x: number) => Math.round(x * 100) / 100;

/** The exploitation a site shows: its kind's usual one, and any its signs name. */
export function exploitationOf(e: Pick<SiteEvidence, 'kind'>, signs: Partial<Record<Sign, number>>) {
  const out = new Set<ExploitationType>();
  const usual = e.kind ? EXPLOITATION_OF_KIND[e.kind] : undefined;
  if (usual) out.add(usual);
  if (signs.sexual_exploitation) out.add('sexual');
  if (signs.forced_criminality) out.add('forced_criminality');
  return [...out].sort();
}

/** One site's score and reasons. */
export function scoreSite(e: SiteEvidence): Omit<SiteRank, 'rank'> {
  const parts: { points: number; reason: SiteReason }[] = [];
  const bySource = new Map<Sign, { tips: number; inspections: number; screened: number }>();
  const note = (s: Sign, source: 'tips' | 'inspections' | 'screened', n = 1) => {
    const c = bySource.get(s) ?? { tips: 0, inspections: 0, screened: 0 };
    c[source] += n;
    bySource.set(s, c);
  };
  for (const t of e.tips) for (const s of new Set(t.signs)) note(s, 'tips');
  for (const i of e.inspections) for (const s of new Set(i.signs)) note(s, 'inspections');
  for (const [s, n] of Object.entries(e.screenings?.signs ?? {}) as [Sign, number][])
    if (n > 0) note(s, 'screened', n);
  const signs: Partial<Record<Sign, number>> = {};
  for (const [s, c] of bySource) {
    const n = c.tips + c.inspections + c.screened;
    signs[s] = n;
    parts.push({ points: SITE_WEIGHTS.signs[s] * diminishing(n), reason: { code: 'sign', sign: s, ...c } });
  }
  if (signs.violence && signs.confinement)
    parts.push({
      points: SITE_WEIGHTS.violenceWithConfinement,
      reason: { code: 'violence_with_confinement' },
    });
  if (e.tips.length > 0) {
    const placed = e.tips.flatMap((t) => (t.km === null ? [] : [t.km]));
    const far = Math.max(0, ...placed);
    parts.push({
      points: SITE_WEIGHTS.tips * Math.log2(1 + e.tips.length),
      reason: {
        code: 'tips',
        placed: placed.length,
        withinMetres: Math.max(100, Math.ceil(Math.round(far * 1e6) / 1e5) * 100),
        named: e.tips.length - placed.length,
      },
    });
  }
  if (e.reports > 0)
    parts.push({
      points: SITE_WEIGHTS.reports * Math.log2(1 + e.reports),
      reason: { code: 'reports', count: e.reports },
    });
  const sc = e.screenings;
  if (sc && sc.screened > 0)
    parts.push({
      points: SITE_WEIGHTS.presumedVictims * Math.log2(1 + sc.presumedTrafficked),
      reason: { code: 'presumed_victims', presumed: sc.presumedTrafficked, screened: sc.screened },
    });
  const net = e.network;
  if (net && net.brokers > 0)
    parts.push({
      points: SITE_WEIGHTS.broker * Math.min(net.brokers, SITE_WEIGHTS.brokersCounted),
      reason: { code: 'brokers', count: net.brokers },
    });
  if (net && net.strength > 0)
    parts.push({
      points: SITE_WEIGHTS.strength * Math.log10(1 + net.strength),
      reason: { code: 'contacts', count: Math.round(net.strength) },
    });
  parts.sort((a, b) => b.points - a.points || tieKey(a.reason) - tieKey(b.reason));
  return {
    entityId: e.entityId,
    label: e.label,
    kind: e.kind,
    area: e.area,
    exploitation: exploitationOf(e, signs),
    score: round(parts.reduce((s, p) => s + p.points, 0)),
    reasons: parts.filter((p) => p.points > 0).map((p) => p.reason),
    figures: {
      tips: e.tips.length,
      inspections: e.inspections.length,
      screened: sc?.screened ?? 0,
      presumedTrafficked: sc?.presumedTrafficked ?? 0,
      reports: e.reports,
      brokers: net?.brokers ?? 0,
      signs,
    },
  };
}

export interface SiteFilter {
  /** Words the site's area must contain (a town, province or country), any case. */
  area?: string | undefined;
  exploitation?: ExploitationType | undefined;
}

/** The sites ranked by their evidence, highest first; sites with no evidence at all are left out. */
export function rankSites(sites: readonly SiteEvidence[], filter: SiteFilter = {}): SiteRank[] {
  const area = filter.area?.trim().toLowerCase();
  return sites
    .filter((s) => !area || (s.area ?? '').toLowerCase().includes(area))
    .map(scoreSite)
    .filter((s) => s.score > 0)
    .filter((s) => !filter.exploitation || s.exploitation.includes(filter.exploitation))
    .sort(
      (a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.entityId.localeCompare(b.entityId),
    )
    .map((s, i) => ({ rank: i + 1, ...s }));
}

export interface PlacedTip {
  text: string;
  lat: number | null;
  lon: number | null;
  /** Where the reporter said it was, in words ("Pattaya market"). */
  placeHint?: string | null | undefined;
}

/**
 * Ties each placed tip to one site: among the sites within `km`, those of the kind the tip's words describe
 * (all of them when it names none, or none of them match), the nearest. A tip in a busy town is not counted
 * against every workplace around it.
 */
export function attributeTips(
  sites: readonly Pick<SiteEvidence, 'entityId' | 'kind' | 'lat' | 'lon' | 'area'>[],
  tips: readonly PlacedTip[],
  km = TIP_RADIUS_KM,
): Map<string, { signs: Sign[]; km: number | null }[]> {
  const placed = sites.filter((s) => s.lat !== null && s.lon !== null) as {
    entityId: string;
    kind: string | null;
    lat: number;
    lon: number;
  }[];
  // A grid of cells about `km` wide, so each tip looks at the sites in its cell and the eight around it.
  const cell = km / 111;
  const key = (lat: number, lon: number) => `${Math.floor(lat / cell)}:${Math.floor(lon / cell)}`;
  const grid = new Map<string, typeof placed>();
  for (const s of placed) {
    const k = key(s.lat, s.lon);
    grid.set(k, [...(grid.get(k) ?? []), s]);
  }
  const out = new Map<string, { signs: Sign[]; km: number | null }[]>();
  const tie = (id: string, text: string, d: number | null) => {
    const list = out.get(id) ?? [];
    list.push({ signs: [...signsOfText(text)], km: d === null ? null : round(d) });
    out.set(id, list);
  };
  // Sites by the town their area starts with (folded), for tips placed only in words.
  const byTown = new Map<string, Pick<SiteEvidence, 'entityId' | 'kind'>[]>();
  for (const s of sites) {
    const town = foldText(s.area?.split(',')[0] ?? '').trim();
    if (town) byTown.set(town, [...(byTown.get(town) ?? []), s]);
  }
  for (const t of tips) {
    if (t.lat === null || t.lon === null) {
      // Placed in words only: tied when the town it names holds exactly one site of the kind it describes.
      const hint = foldText(t.placeHint ?? '');
      const kinds = kindsOfText(t.text);
      if (!hint || kinds.size === 0) continue;
      const town = [...byTown.keys()].filter((k) => hint === k || hint.startsWith(`${k} `));
      const fitting = town.flatMap((k) => byTown.get(k) ?? []).filter((s) => s.kind && kinds.has(s.kind));
      if (fitting.length === 1 && fitting[0]) tie(fitting[0].entityId, t.text, null);
      continue;
    }
    const at = { lat: t.lat, lon: t.lon };
    const [cy, cx] = [Math.floor(t.lat / cell), Math.floor(t.lon / cell)];
    const near: { s: (typeof placed)[number]; d: number }[] = [];
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -2; dx <= 2; dx++)
        for (const s of grid.get(`${cy + dy}:${cx + dx}`) ?? []) {
          const d = distanceKm(at, s);
          if (d <= km) near.push({ s, d });
        }
    if (near.length === 0) continue;
    const kinds = kindsOfText(t.text);
    const fitting = near.filter((n) => n.s.kind !== null && kinds.has(n.s.kind));
    const best = (fitting.length > 0 ? fitting : near).sort((a, b) => a.d - b.d)[0];
    if (best) tie(best.s.entityId, t.text, best.d);
  }
  return out;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
