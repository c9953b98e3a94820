import { type Kysely, sql, type Transaction } from 'kysely';
import { type Keyring, termHash, termHashes, unseal } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { itemContext } from './reports.ts';
import { foldText, indexTerms, parseQuery } from './text-terms.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * The way report items are cut into terms (text-terms.ts). Items record the version they were indexed by
 * (intel_report_items.terms_version); those indexed by an earlier one are indexed again at start-up.
 * 1: whole words and their beginnings, unfolded. 2: folded words and beginnings, n-grams of unspaced scripts.
 */
export const TERMS_VERSION = 2;

/**
 * Keeps a report item findable without its text in clear: keyed hashes (HMAC-SHA-256 under a key derived from
 * the secret key) of its words, word beginnings and, for Chinese, Thai, Lao, Khmer and Burmese, its character
 * n-grams. The database holds no word, only hashes nobody can compute without the key. Replaces the item's
 * earlier terms.
 */
export async function indexItemTerms(q: Q, ring: Keyring, reportId: string, n: number, text: string) {
  await q.deleteFrom('intel_report_terms').where('report_id', '=', reportId).where('n', '=', n).execute();
  const terms = [...new Set([...indexTerms(text)].map((w) => termHash(ring, w)))];
  for (let i = 0; i < terms.length; i += 1000)
    await q
      .insertInto('intel_report_terms')
      .values(terms.slice(i, i + 1000).map((term) => ({ report_id: reportId, n, term })))
      .execute();
  await sql`UPDATE intel_report_items SET terms_version = ${TERMS_VERSION}
            WHERE report_id = ${reportId} AND n = ${n} AND terms_version <> ${TERMS_VERSION}`.execute(q);
}

const BATCH = 200;

/**
 * Indexes again every report item indexed by an earlier version of the terms, a batch per transaction (an
 * interrupted pass resumes where it stopped). Items still waiting to be sealed are left to the sealing pass,
 * which indexes them. Needs the keys: run at start-up after migration, like the sealing pass. Returns the count.
 */
export async function reTermReportItems(db: Kysely<Database>, ring: Keyring): Promise<number> {
  let done = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const rows = await sql<{ report_id: string; n: number; text: string }>`
        SELECT report_id, n, text FROM intel_report_items
        WHERE terms_version < ${TERMS_VERSION} AND NOT needs_seal
        ORDER BY report_id, n LIMIT ${BATCH} FOR UPDATE`.execute(trx);
      for (const r of rows.rows)
        await indexItemTerms(
          trx,
          ring,
          r.report_id,
          r.n,
          unseal(ring, r.text, itemContext(r.report_id, r.n)),
        );
      return rows.rows.length;
    });
    done += n;
    if (n < BATCH) return done;
  }
}

/**
 * The report items holding every part of the query, among the reports the agency holds or was given, newest
 * first: each word whole or as a word's beginning, each run of Chinese, Thai, Lao, Khmer or Burmese as written
 * (matched by its n-grams, then checked whole in the opened text). Queries with no part long enough to search
 * by find nothing. Matched on keyed hashes only; each term is hashed under every configured key, so items
 * indexed before a key rotation are still found.
 */
export async function matchingItems(
  db: Kysely<Database>,
  ring: Keyring,
  agency: string,
  query: string,
  limit: number,
) {
  const parsed = parseQuery(query);
  if (!parsed.searchable || parsed.terms.length === 0) return [];
  const groups = parsed.terms.map((w) => termHashes(ring, w));
  const all = groups.flat();
  const which = sql.join(
    groups.map((g, i) => sql`WHEN t.term = ANY(${g}::text[]) THEN ${i}`),
    sql` `,
  );
  // N-grams may all be present without the run itself: take more candidates to check.
  const take = parsed.runs.length ? limit * 5 : limit;
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
    LIMIT ${take}`.execute(db);
  if (!parsed.runs.length) return rows.rows;
  return rows.rows
    .filter((r) => {
      const folded = foldText(unseal(ring, r.text, itemContext(r.id, r.n)));
      return parsed.runs.every((run) => folded.includes(run));
    })
    .slice(0, limit);
}
