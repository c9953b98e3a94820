import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';

/** Country codes of the region, for reading a number typed in national form when its digit count is off. */
const COUNTRY_CODES = ['66', '855', '856', '95', '84', '86'];
/** Keys shorter than this have no near matches (the migration keeps no variants of them): too many would match. */
export const NEAR_MIN = 5;
const CANDIDATES = 200;

/**
 * Damerau–Levenshtein distance in its restricted form (optimal string alignment): substitutions, insertions,
 * deletions and transpositions of adjacent characters each count one. Stops early past `max`.
 */
export function editDistance(a: string, b: string, max = 2): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[y.length] ?? max + 1;
}

/** A key and the key with each one character deleted: two keys one edit apart share one of these. */
export function deletionVariants(key: string): string[] {
  const chars = [...key];
  const out = new Set([key]);
  for (let i = 0; i < chars.length; i++) out.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
  return [...out];
}

/**
 * E.164 readings of typed digits without checking their length against a numbering plan, so that a number
 * with a digit missing or added still has readings to compare: 00… and +… as international, 0… as national
 * in each country of the region, and bare digits both as they are and after each country code.
 */
export function laxPhoneReadings(typed: string): string[] {
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 6) return [];
  if (typed.trim().startsWith('+')) return [`+${digits}`];
  if (digits.startsWith('00')) return [`+${digits.slice(2)}`];
  if (digits.startsWith('0')) return COUNTRY_CODES.map((cc) => `+${cc}${digits.slice(1)}`);
  return [`+${digits}`, ...COUNTRY_CODES.map((cc) => `+${cc}${digits}`)];
}

export interface NearHit {
  id: string;
  type: string;
  label: string;
  kind: 'phone' | 'account' | 'plate' | 'document' | 'registration';
  value: string;
}

/**
 * Phones, accounts, documents, plates and registrations whose key is one edit (a character wrong, missing,
 * added, or two neighbours swapped) from what was typed: candidates share a deletion variant with it
 * (number_variants, kept by a trigger on search_keys), and are kept when their key is truly one edit away.
 * Exact matches are the caller's; they are left out here.
 */
export async function nearNumbers(
  db: Kysely<Database>,
  agency: string,
  typed: string,
  phones: string[],
  plain: string,
  limit: number,
): Promise<NearHit[]> {
  const phoneForms = [...new Set([...phones, ...laxPhoneReadings(typed)])];
  const forms = { phone: phoneForms, other: plain.length >= NEAR_MIN ? [plain] : [] };
  const variants = [...new Set([...forms.phone, ...forms.other].flatMap(deletionVariants))];
  if (variants.length === 0) return [];
  const candidates = await sql<{ entity_id: string; kind: NearHit['kind']; key: string }>`
    SELECT DISTINCT entity_id, kind, key FROM number_variants
    WHERE agency_id = ${agency} AND variant = ANY(${variants}::text[])
    LIMIT ${CANDIDATES}`.execute(db);
  const near = candidates.rows.filter((c) => {
    const typedForms = c.kind === 'phone' ? forms.phone : forms.other;
    const d = Math.min(...typedForms.map((f) => editDistance(f, c.key, 1)));
    return d === 1;
  });
  if (near.length === 0) return [];
  const rows = await db
    .selectFrom('search_keys')
    .innerJoin('entities', 'entities.id', 'search_keys.entity_id')
    .select(['entities.id', 'entities.type', 'entities.label', 'search_keys.kind', 'search_keys.value'])
    .where('search_keys.agency_id', '=', agency)
    .where((eb) =>
      eb.or(
        near.map((c) =>
          eb.and([
            eb('search_keys.entity_id', '=', c.entity_id),
            eb('search_keys.kind', '=', c.kind),
            eb('search_keys.key', '=', c.key),
          ]),
        ),
      ),
    )
    .limit(limit)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, { ...r, kind: r.kind as NearHit['kind'] }]));
  return [...byId.values()];
}

/**
 * How many of the agency's call records each number is the caller or callee of, and the phone entity it is
 * known as (when there is one): one count per number, not one total for every reading of what was typed.
 */
export async function phoneHits(db: Kysely<Database>, agency: string, phones: string[]) {
  if (phones.length === 0) return [];
  const counts = await sql<{ number: string; n: string }>`
    SELECT p.number,
           (SELECT count(*) FROM call_records c
            WHERE c.agency_id = ${agency} AND (c.caller = p.number OR c.callee = p.number)) AS n
    FROM unnest(${phones}::text[]) AS p(number)`.execute(db);
  const known = await db
    .selectFrom('search_keys')
    .select(['entity_id', 'key'])
    .where('agency_id', '=', agency)
    .where('kind', '=', 'phone')
    .where('key', 'in', phones)
    .orderBy('entity_id')
    .execute();
  return phones.map((number) => ({
    number,
    callRecords: Number(counts.rows.find((c) => c.number === number)?.n ?? 0),
    entityId: known.find((k) => k.key === number)?.entity_id ?? null,
  }));
}
