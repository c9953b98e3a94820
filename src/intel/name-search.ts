import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';

/** Spelling variants taken from the vocabulary for each part of the typed name. */
const VARIANTS_PER_PART = 4;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Variant {
  part: string;
  token: string;
  n: number;
}

async function variants(db: Kysely<Database>, parts: string[]): Promise<Variant[]> {
  const long = parts.filter((p) => p.length > 2);
  const short = parts.filter((p) => p.length <= 2);
  const fuzzy = long.length
    ? await sql<Variant>`
        SELECT q.part, v.token, v.n FROM unnest(${long}::text[]) AS q(part)
        CROSS JOIN LATERAL (
          SELECT token, n FROM name_vocab WHERE token % q.part
          ORDER BY similarity(token, q.part) DESC LIMIT ${VARIANTS_PER_PART}
        ) v`.execute(db)
    : { rows: [] };
  // One or two letters have no trigrams to compare: they match exactly.
  const exact = short.length
    ? await sql<Variant>`SELECT token AS part, token, n FROM name_vocab WHERE token = ANY(${short}::text[])`.execute(
        db,
      )
    : { rows: [] };
  return [...fuzzy.rows, ...exact.rows];
}

async function scored(
  db: Kysely<Database>,
  agency: string,
  key: string,
  seeds: string[],
  re: string | null,
  limit: number,
) {
  const filter = re ? sql`AND key ~ ${re}` : sql``;
  return (
    await sql<{ entity_id: string; key: string; s: number }>`
      SELECT entity_id, key, similarity(key, ${key}) AS s FROM (
        SELECT DISTINCT entity_id, key FROM name_tokens
        WHERE token = ANY(${seeds}::text[]) AND agency_id = ${agency} ${filter}
      ) c ORDER BY s DESC LIMIT ${limit}`.execute(db)
  ).rows;
}

/**
 * Fuzzy name search by parts. Each part of the typed name key is matched against the vocabulary of name parts
 * (trigram similarity over tens of thousands of parts, not millions of names); the candidates are the names that
 * hold a spelling of the rarest part and one of the other parts, ranked by the trigram similarity of the whole
 * key. When that leaves too few, the other parts are not required. It trades a little recall (a name whose rarest
 * part is mangled beyond recognition) for a bounded cost: the rarest part's postings, not the whole index.
 */
export async function fuzzyNameMatches(db: Kysely<Database>, agency: string, key: string, limit: number) {
  const parts = [...new Set(key.split(' ').filter(Boolean))];
  const found = await variants(db, parts);
  const byPart = new Map<string, Variant[]>();
  for (const v of found) byPart.set(v.part, [...(byPart.get(v.part) ?? []), v]);
  const total = (vs: Variant[]) => vs.reduce((a, v) => a + v.n, 0);
  const ranked = [...byPart.values()].sort((a, b) => total(a) - total(b));
  const rarest = ranked[0];
  if (!rarest) return [];
  const seeds = rarest.map((v) => v.token);
  const others = ranked.slice(1).flatMap((vs) => vs.map((v) => escapeRegex(v.token)));
  const re = others.length ? `(^| )(${others.join('|')})( |$)` : null;
  let rows = await scored(db, agency, key, seeds, re, limit);
  if (rows.length < limit && re) rows = await scored(db, agency, key, seeds, null, limit);
  return rows.map((r) => ({
    entityId: r.entity_id,
    key: r.key,
    score: Math.round(Number(r.s) * 1000) / 1000,
  }));
}

/** The entities behind the best name matches, each once, with the name as it was written. */
export async function nameResults(db: Kysely<Database>, agency: string, key: string, limit: number) {
  const matches = await fuzzyNameMatches(db, agency, key, limit * 2);
  if (matches.length === 0) return [];
  const ids = [...new Set(matches.map((m) => m.entityId))];
  const entities = await db
    .selectFrom('entities')
    .select(['id', 'type', 'label'])
    .where('id', 'in', ids)
    .execute();
  const written = await db
    .selectFrom('search_keys')
    .select(['entity_id', 'key', 'value'])
    .where('agency_id', '=', agency)
    .where('kind', '=', 'name')
    .where('entity_id', 'in', ids)
    .execute();
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: { id: string; type: string; label: string; kind: string; value: string; score: number }[] = [];
  for (const m of matches) {
    const e = byId.get(m.entityId);
    if (!e || out.some((o) => o.id === e.id)) continue;
    const value = written.find((w) => w.entity_id === e.id && w.key === m.key)?.value ?? e.label;
    out.push({ id: e.id, type: e.type, label: e.label, kind: 'name', value, score: m.score });
    if (out.length === limit) break;
  }
  return out;
}
