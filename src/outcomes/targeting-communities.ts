import type { z } from 'zod';
import { crossingById, townById } from '../world/places/index.ts';
import type { communityReason } from './targeting-wire.ts';

// Evidence-based targeting of source communities (issue 17, point 5): where the people come from who are most
// at risk, for prevention work. A community is a nationality and the home-side district of the border crossing
// its people use (the nearest place the records name: crossings carry no home village). Aggregates only: no row
// names a person, and a community with fewer than MIN_COMMUNITY_CROSSINGS crossings is left out.

/** Fewer crossings than this and a community's shares are not reliable, nor safely aggregate: it is left out. */
export const MIN_COMMUNITY_CROSSINGS = 11;

/**
 * The community ranking's weights, in one place. A community's score is the sum of:
 * - presumed victims from there (screened people of that nationality who crossed there), per doubling;
 * - people trafficked again, the surest sign that return alone did not protect them, per person (diminishing);
 * - the share of its crossings made irregularly (an informal crossing or no travel document): no access to
 *   legal migration, the vulnerability the SIREN report names first;
 * - the share of crossings with no document at all (no citizenship papers or none carried);
 * - the share of children among those crossing.
 * Shares weigh in full only from 50 crossings up (fewer: in proportion), so a small count does not top the list.
 */
export const COMMUNITY_WEIGHTS = {
  victims: 3,
  retrafficked: 4,
  irregularShare: 6,
  noDocumentShare: 4,
  childShare: 8,
  fullWeightFrom: 50,
} as const;

export interface CommunityEvidence {
  key: string;
  nationality: string;
  /** The home-side place in words ("Myawaddy, Kayin State, MM"). */
  area: string;
  crossings: number;
  irregular: number;
  noDocument: number;
  children: number;
  victims: number;
  retrafficked: number;
}

export type CommunityReason = z.output<typeof communityReason>;

export interface CommunityRank extends CommunityEvidence {
  rank: number;
  score: number;
  /** Why, the weightiest first, by code with its figures (the screens word them). */
  reasons: CommunityReason[];
}

export function scoreCommunity(c: CommunityEvidence): { score: number; reasons: CommunityReason[] } {
  const W = COMMUNITY_WEIGHTS;
  const trust = Math.min(1, c.crossings / W.fullWeightFrom);
  const parts: { points: number; reason: CommunityReason }[] = [];
  if (c.victims > 0)
    parts.push({
      points: W.victims * Math.log2(1 + c.victims),
      reason: { code: 'presumed_victims', count: c.victims },
    });
  if (c.retrafficked > 0)
    parts.push({
      points: W.retrafficked * 2 * (1 - 0.5 ** c.retrafficked),
      reason: { code: 'retrafficked', count: c.retrafficked },
    });
  const share = (n: number) => (c.crossings > 0 ? n / c.crossings : 0);
  if (c.irregular > 0)
    parts.push({
      points: W.irregularShare * share(c.irregular) * trust,
      reason: { code: 'irregular', count: c.irregular, crossings: c.crossings },
    });
  if (c.noDocument > 0)
    parts.push({
      points: W.noDocumentShare * share(c.noDocument) * trust,
      reason: { code: 'no_document', count: c.noDocument, crossings: c.crossings },
    });
  if (c.children > 0)
    parts.push({
      points: W.childShare * share(c.children) * trust,
      reason: { code: 'children', count: c.children, crossings: c.crossings },
    });
  parts.sort((a, b) => b.points - a.points);
  return {
    score: Math.round(parts.reduce((s, p) => s + p.points, 0) * 100) / 100,
    reasons: parts.filter((p) => p.points > 0).map((p) => p.reason),
  };
}

/** Communities ranked, most vulnerable first; those under MIN_COMMUNITY_CROSSINGS crossings left out. */
export function rankCommunities(
  cs: readonly CommunityEvidence[],
  filter: { area?: string | undefined; nationality?: string | undefined } = {},
): CommunityRank[] {
  const area = filter.area?.trim().toLowerCase();
  return cs
    .filter((c) => c.crossings >= MIN_COMMUNITY_CROSSINGS)
    .filter((c) => !area || c.area.toLowerCase().includes(area))
    .filter((c) => !filter.nationality || c.nationality === filter.nationality)
    .map((c) => ({ ...c, ...scoreCommunity(c) }))
    .sort((a, b) => b.score - a.score || a.key.localeCompare(b.key))
    .map((c, i) => ({ ...c, rank: i + 1 }));
}

/** A crossing record's community: its nationality and the crossing's town on that country's side. */
export function communityOf(checkpointId: string | null, checkpoint: string, nationality: string | null) {
  const nat = (nationality ?? '').toUpperCase() || 'unknown';
  const c = checkpointId ? crossingById(checkpointId) : undefined;
  if (!c) return { key: `${nat} · ${checkpoint}`, nationality: nat, area: checkpoint, informal: false };
  const townId = c.countries[1] === nat ? c.to : c.from;
  const town = townById(townId);
  const area = town ? `${town.name}, ${town.province}, ${town.country}` : c.name;
  return { key: `${nat} · ${town?.name ?? c.name}`, nationality: nat, area, informal: c.informal };
}

/** Whether a date of birth (YYYY-MM-DD) is under 18 years before a day. Other forms of date: unknown (false). */
export function childOn(birth: string | null, on: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth ?? '');
  if (!m) return false;
  const eighteenth = Date.UTC(Number(m[1]) + 18, Number(m[2]) - 1, Number(m[3]));
  return on.getTime() < eighteenth;
}

/** Adds one crossing to the communities being counted. */
export function countCrossing(
  into: Map<string, CommunityEvidence>,
  r: {
    checkpointId: string | null;
    checkpoint: string;
    nationality: string | null;
    documentType: string | null;
    birth: string | null;
    at: Date;
  },
): void {
  const c = communityOf(r.checkpointId, r.checkpoint, r.nationality);
  const e = into.get(c.key) ?? {
    key: c.key,
    nationality: c.nationality,
    area: c.area,
    crossings: 0,
    irregular: 0,
    noDocument: 0,
    children: 0,
    victims: 0,
    retrafficked: 0,
  };
  const noDoc = !r.documentType || r.documentType === 'none';
  e.crossings++;
  if (noDoc) e.noDocument++;
  if (noDoc || c.informal) e.irregular++;
  if (childOn(r.birth, r.at)) e.children++;
  into.set(c.key, e);
}
