import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { foldText, partsOf } from '../intel/text-terms.ts';
import type { DuplicateReason } from './intake-schemas.ts';
import { distanceKm } from './tips.ts';

type Q = Kysely<Database> | Transaction<Database>;

/** Tips received this close in time are compared by place and words; any tip naming the same number is compared. */
const WINDOW_DAYS = 30;
const CANDIDATES = 500;
const NEAR_KM = 1;
const NUMBER_KINDS = ['phone', 'plate', 'account'] as const;
/** A pair at or above this score is shown as a likely duplicate for a person to confirm or reject. */
export const DUPLICATE_THRESHOLD = 0.5;

interface Candidate {
  id: string;
  text: string;
  place_hint: string | null;
  lat: number | null;
  lon: number | null;
  received_at: Date | string;
}

/**
 * What a text is compared by: its words (Latin, Vietnamese folded), and character triples of the scripts written
 * without spaces (pairs for Han), so "โรงงานกุ้ง" in a hotline note and in a public report share most of their terms.
 */
export function comparisonTerms(text: string): Set<string> {
  const out = new Set<string>();
  for (const p of partsOf(foldText(text))) {
    const chars = [...p.text];
    if (p.kind === 'word') {
      if (chars.length >= 3) out.add(p.text);
      continue;
    }
    const n = p.kind === 'han' ? 2 : 3;
    if (chars.length <= n) out.add(p.text);
    else for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface DuplicateSignal {
  sharedNumbers: string[];
  km: number | null;
  samePlaceHint: boolean;
  textSimilarity: number;
}

/** The score of a pair and the reasons a person reads beside it (codes; no number or name in them). */
export function duplicateScore(s: DuplicateSignal): { score: number; reasons: DuplicateReason[] } {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  for (const kind of NUMBER_KINDS) {
    const count = s.sharedNumbers.filter((k) => k === kind).length;
    if (count) {
      score += 0.6;
      reasons.push({ code: 'same_number', kind, count });
    }
  }
  if (s.km !== null && s.km <= NEAR_KM) {
    score += 0.3;
    reasons.push(s.km < 0.05 ? { code: 'same_place' } : { code: 'near', metres: Math.round(s.km * 1000) });
  } else if (s.samePlaceHint) {
    score += 0.2;
    reasons.push({ code: 'same_place_named' });
  }
  if (s.textSimilarity >= 0.15) {
    score += Math.min(0.6, s.textSimilarity);
    reasons.push({ code: 'words_shared', percent: Math.round(s.textSimilarity * 100) });
  }
  return { score: Math.min(1, Math.round(score * 100) / 100), reasons };
}

/**
 * Finds the agency's earlier tips that tell the same matter as this one (from any source: the public page, a
 * hotline call, an NGO monitor, an imported file or a tip routed in from another agency) and links them as
 * suggested duplicates. Returns the pairs found, best first.
 */
export async function linkDuplicates(
  q: Q,
  tipId: string,
): Promise<{ id: string; score: number; reasons: DuplicateReason[] }[]> {
  const tip = await q
    .selectFrom('tips')
    .select(['id', 'agency_id', 'text', 'place_hint', 'lat', 'lon', 'received_at'])
    .where('id', '=', tipId)
    .executeTakeFirstOrThrow();
  const at = new Date(tip.received_at);
  const numbers = await q
    .selectFrom('tip_numbers')
    .select(['kind', 'value'])
    .where('tip_id', '=', tipId)
    .execute();
  const byNumber = numbers.length
    ? await q
        .selectFrom('tip_numbers')
        .select(['tip_id', 'kind', 'value'])
        .where('agency_id', '=', tip.agency_id)
        .where('tip_id', '<>', tipId)
        .where((eb) =>
          eb.or(numbers.map((n) => eb.and([eb('kind', '=', n.kind), eb('value', '=', n.value)]))),
        )
        .execute()
    : [];
  const shared = new Map<string, string[]>();
  for (const r of byNumber) shared.set(String(r.tip_id), [...(shared.get(String(r.tip_id)) ?? []), r.kind]);
  const recent = (await q
    .selectFrom('tips')
    .select(['id', 'text', 'place_hint', 'lat', 'lon', 'received_at'])
    .where('agency_id', '=', tip.agency_id)
    .where('id', '<>', tipId)
    .where('received_at', '>=', new Date(at.getTime() - WINDOW_DAYS * 86_400_000))
    .where('received_at', '<=', new Date(at.getTime() + WINDOW_DAYS * 86_400_000))
    .orderBy('received_at', 'desc')
    .limit(CANDIDATES)
    .execute()) as Candidate[];
  const missing = [...shared.keys()].filter((id) => !recent.some((r) => String(r.id) === id));
  const others = missing.length
    ? ((await q
        .selectFrom('tips')
        .select(['id', 'text', 'place_hint', 'lat', 'lon', 'received_at'])
        .where('id', 'in', missing)
        .execute()) as Candidate[])
    : [];
  const terms = comparisonTerms(tip.text);
  const hint = tip.place_hint ? foldText(tip.place_hint).trim() : '';
  const found: { id: string; score: number; reasons: DuplicateReason[] }[] = [];
  for (const c of [...recent, ...others]) {
    const id = String(c.id);
    const km =
      tip.lat !== null && tip.lon !== null && c.lat !== null && c.lon !== null
        ? distanceKm({ lat: tip.lat, lon: tip.lon }, { lat: c.lat, lon: c.lon })
        : null;
    const { score, reasons } = duplicateScore({
      sharedNumbers: shared.get(id) ?? [],
      km,
      samePlaceHint: hint !== '' && c.place_hint !== null && foldText(c.place_hint).trim() === hint,
      textSimilarity: jaccard(terms, comparisonTerms(c.text)),
    });
    if (score >= DUPLICATE_THRESHOLD) found.push({ id, score, reasons });
  }
  found.sort((a, b) => b.score - a.score);
  if (found.length)
    await q
      .insertInto('tip_duplicates')
      .values(
        found.map((f) => ({
          tip_id: tipId,
          other_id: f.id,
          agency_id: tip.agency_id,
          reasons: JSON.stringify(f.reasons),
          score: f.score,
          decided_by: null,
          decided_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['tip_id', 'other_id']).doNothing())
      .execute();
  return found;
}
