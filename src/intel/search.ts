import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../access/policy.ts';
import { type Keyring, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { searchTips } from '../monitoring/tips.ts';
import { FieldError, toE164 } from './imports/fields.ts';
import { nameKey, plainKey } from './name-key.ts';
import { nameResults } from './name-search.ts';
import { normaliseText } from './names/index.ts';
import { nearNumbers, phoneHits } from './number-search.ts';
import type { EntityType } from './registry.ts';
import { matchingItems } from './report-terms.ts';
import { itemContext, openTitle } from './reports.ts';

type Q = Kysely<Database> | Transaction<Database>;
type Kind = 'name' | 'phone' | 'account' | 'plate' | 'document' | 'registration';
const REGIONS = ['TH', 'KH', 'LA', 'MM', 'VN', 'CN'] as const;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** A phone number as E.164 if it reads as one in any of the region's numbering plans. */
export function phoneKeys(value: string): string[] {
  const out = new Set<string>();
  for (const r of REGIONS) {
    try {
      out.add(toE164(value, r));
    } catch (e) {
      if (!(e instanceof FieldError)) throw e;
    }
  }
  return [...out];
}

/** What a value is searched by, for an entity type's attribute (or its label). */
export function keyFor(
  type: EntityType,
  attribute: string,
  value: string,
): { kind: Kind; key: string } | null {
  if (attribute === 'name' || attribute === 'alias' || attribute === 'label') {
    if (type === 'phone') return { kind: 'phone', key: phoneKeys(value)[0] ?? plainKey(value) };
    if (type === 'vehicle') return { kind: 'plate', key: plainKey(value) };
    if (type === 'account') return { kind: 'account', key: plainKey(value) };
    if (type === 'identity_document') return { kind: 'document', key: plainKey(value) };
    return { kind: 'name', key: nameKey(value) };
  }
  if (attribute === 'number' && type === 'phone')
    return { kind: 'phone', key: phoneKeys(value)[0] ?? plainKey(value) };
  if (attribute === 'number' && type === 'account') return { kind: 'account', key: plainKey(value) };
  if (attribute === 'number' && type === 'identity_document')
    return { kind: 'document', key: plainKey(value) };
  if (attribute === 'plate') return { kind: 'plate', key: plainKey(value) };
  if (attribute === 'registration_no') return { kind: 'registration', key: plainKey(value) };
  return null;
}

/** Keeps an entity findable by a name or number it is known by; called in the transaction that records it. */
export async function indexValue(
  q: Q,
  agencyId: string,
  entityId: string,
  type: EntityType,
  attribute: string,
  value: string,
): Promise<void> {
  const k = keyFor(type, attribute, value);
  if (!k || k.key === '') return;
  await q
    .insertInto('search_keys')
    .values({ agency_id: agencyId, entity_id: entityId, kind: k.kind, value, key: k.key })
    .execute();
}

/** Name hits less alike than this (trigram similarity of the whole keys) are noise, never a lead. */
const MIN_NAME_SCORE = 0.2;

/**
 * Among name hits of equal score, the entities known by the very name typed (as written, in its script) come
 * first, with that name shown: "สมชาย พรหมมา" puts the man recorded so before another Somchai Phromma.
 */
async function writtenFirst<T extends { id: string; value: string; score: number }>(
  db: Kysely<Database>,
  agency: string,
  query: string,
  key: string,
  hits: T[],
): Promise<T[]> {
  if (hits.length < 2) return hits;
  const typed = normaliseText(query.trim());
  const exact = await db
    .selectFrom('search_keys')
    .select('entity_id')
    .where('agency_id', '=', agency)
    .where('kind', '=', 'name')
    .where('key', '=', key)
    .where('value', '=', typed)
    .execute();
  const ids = new Set(exact.map((e) => e.entity_id));
  if (ids.size === 0) return hits;
  return hits
    .map((h, i) => ({ h: ids.has(h.id) ? { ...h, value: typed } : h, i, first: ids.has(h.id) ? 0 : 1 }))
    .sort((a, b) => b.h.score - a.h.score || a.first - b.first || a.i - b.i)
    .map((x) => x.h);
}

/**
 * One search box: names fuzzily across spellings (trigram similarity on transliteration keys), phone numbers
 * typed in any format, accounts, plates and documents exactly, the words of reports (by keyed hashes), and tips (for those who may see them). Only what the actor's
 * agency holds, or was given, is searched.
 */
export async function search(db: Kysely<Database>, actor: Actor, ring: Keyring, query: string, limit = 20) {
  const agency = actor.agencyId ?? NO_AGENCY;
  const q = query.trim();
  const phones = phoneKeys(q);
  const plain = plainKey(q);
  const key = nameKey(q);
  // Each (kind, key) looked up exactly on the (kind, key) index. Only the pairs that can match are asked for: an
  // empty key (no phone reading, no letter or digit) would match nothing, and as a placeholder it led the planner
  // to the trigram index, where the empty string matches every row.
  const pairs: [Kind, string][] = [
    ...phones.map((p): [Kind, string] => ['phone', p]),
    ...(plain
      ? (['account', 'plate', 'document', 'registration'] as const).map((k): [Kind, string] => [k, plain])
      : []),
  ];
  const exact = pairs.length
    ? await db
        .selectFrom('search_keys')
        .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
        .select(['entities.id', 'entities.type', 'entities.label', 'search_keys.kind', 'search_keys.value'])
        .where('search_keys.agency_id', '=', agency)
        .where((eb) =>
          eb.or(
            pairs.map(([k, v]) => eb.and([eb('search_keys.kind', '=', k), eb('search_keys.key', '=', v)])),
          ),
        )
        .limit(limit)
        .execute()
    : [];
  // Names by their parts: see name-search.ts. A key of one or two letters (May, Aye, Htoo) has no trigrams to
  // compare: its parts are met exactly there.
  // A query of three digits or more is a number (a plate, a phone): names hold no digits, and their fuzzy search
  // would only bring people whose names share a letter or two with it.
  const isNumber = (q.match(/\d/g)?.length ?? 0) >= 3;
  const names =
    key && !isNumber
      ? (await writtenFirst(db, agency, q, key, await nameResults(db, agency, key, limit))).filter(
          (n) => n.score >= MIN_NAME_SCORE,
        )
      : [];
  // Numbers typed with one character wrong, missing, added or swapped (number-search.ts); only for queries
  // holding a digit, so name searches pay nothing for it.
  const near = /\d/.test(q) ? await nearNumbers(db, agency, q, phones, plain, limit) : [];
  // Report text is sealed: it is found through keyed hashes of its words and n-grams (report-terms.ts).
  const reports = await matchingItems(db, ring, agency, q, limit);
  const phoneCounts = await phoneHits(db, agency, phones);
  const tips = await searchTips(db, actor, q, limit);
  const numbers = [
    ...exact.map((e) => ({ ...e, kind: e.kind as Kind, score: 1 })),
    ...near.filter((n) => !exact.some((e) => e.id === n.id)).map((n) => ({ ...n, score: 0.9 })),
  ];
  return {
    query: q,
    entities: [...numbers, ...names.filter((n) => !numbers.some((e) => e.id === n.id))].slice(0, limit),
    reports: reports.map((r) => ({
      id: r.id,
      title: openTitle(ring, r),
      reportedOn: r.reported_on,
      excerpt: unseal(ring, r.text, itemContext(r.id, r.n)).slice(0, 200),
    })),
    phones: phoneCounts,
    tips,
  };
}
