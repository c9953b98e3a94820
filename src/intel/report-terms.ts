import { type Kysely, sql, type Transaction } from 'kysely';
import { type Keyring, termHash, termHashes } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';

type Q = Kysely<Database> | Transaction<Database>;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
/** Prefixes from this many characters are findable, so "karao" finds "karaoke"; up to PREFIX_MAX. */
const PREFIX_MIN = 3;
const PREFIX_MAX = 16;

/** The words of a text, lower-cased, as Unicode word boundaries give them (Thai and other unspaced scripts too). */
export function words(text: string): string[] {
  const out = new Set<string>();
  for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase()))
    if (s.isWordLike) out.add(s.segment);
  return [...out];
}

/** What an item is findable by: each word whole, and its beginnings from PREFIX_MIN characters. */
function findableBy(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    out.add(w);
    const chars = [...w];
    for (let n = PREFIX_MIN; n < Math.min(chars.length, PREFIX_MAX + 1); n++)
      out.add(chars.slice(0, n).join(''));
  }
  return out;
}

/**
 * Keeps a report item findable without its text in clear: keyed hashes (HMAC-SHA-256 under a key derived from
 * the secret key) of its words and word beginnings. The database holds no word, only hashes nobody can compute
 * without the key. Replaces the item's earlier terms.
 */
export async function indexItemTerms(q: Q, ring: Keyring, reportId: string, n: number, text: string) {
  await q.deleteFrom('intel_report_terms').where('report_id', '=', reportId).where('n', '=', n).execute();
  const terms = [...new Set([...findableBy(text)].map((w) => termHash(ring, w)))];
  for (let i = 0; i < terms.length; i += 1000)
    await q
      .insertInto('intel_report_terms')
      .values(terms.slice(i, i + 1000).map((term) => ({ report_id: reportId, n, term })))
      .execute();
}

/**
 * The report items holding every word of the query (whole or as a word's beginning), among the reports the
 * agency holds or was given, newest first. Matched on keyed hashes only; each word is hashed under every
 * configured key, so items indexed before a key rotation are still found.
 */
export async function matchingItems(
  db: Kysely<Database>,
  ring: Keyring,
  agency: string,
  query: string,
  limit: number,
) {
  const groups = words(query).map((w) => termHashes(ring, w));
  if (groups.length === 0) return [];
  const all = groups.flat();
  const which = sql.join(
    groups.map((g, i) => sql`WHEN t.term = ANY(${g}::text[]) THEN ${i}`),
    sql` `,
  );
  const rows = await sql<{ id: string; title: string; reported_on: string; n: number; text: string }>`
    WITH hits AS (
      SELECT t.report_id, t.n FROM intel_report_terms t
      WHERE t.term = ANY(${all}::text[])
      GROUP BY t.report_id, t.n
      HAVING count(DISTINCT CASE ${which} END) = ${groups.length}
    )
    SELECT r.id, r.title, r.reported_on, i.n, i.text
    FROM hits
    JOIN intel_report_items i ON i.report_id = hits.report_id AND i.n = hits.n
    JOIN intel_reports r ON r.id = hits.report_id
    WHERE r.agency_id = ${agency}
       OR EXISTS (SELECT 1 FROM shares s WHERE s.resource_type = 'intel_report' AND s.agency_id = ${agency}
                  AND s.resource_id = r.id::text)
    ORDER BY r.reported_on DESC, r.id, i.n
    LIMIT ${limit}`.execute(db);
  return rows.rows;
}
