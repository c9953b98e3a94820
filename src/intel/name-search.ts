import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';

/** Spelling variants taken from the vocabulary for each part of the typed name. */
const VARIANTS_PER_PART = 4;
/** Postings the candidate search may read beyond the rarest part's (the next rarer parts seed it in turn). */
const EXTRA_POSTINGS = 4_000;
/**
 * The least trigram similarity to the typed key a name found only through a commoner part must have: one that
 * shares little more than that part (Somsak Wongsawat for Somchay Chaidee) is not a match.
 */
const EXTRA_SEED_FLOOR = 0.25;
/** Other ways of cutting the typed name into parts that are tried (Thu Zar / Thuzar), at most. */
const OTHER_FORMS = 2;
/** A name found only through another cut of the typed name ranks a little below one found as typed. */
const OTHER_FORM_WEIGHT = 0.97;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Variant {
  part: string;
  token: string;
  n: number;
}

/**
 * One-letter slips of a part that trigrams barely see in a short word: two neighbouring letters swapped (iKm for
 * Kim, ăVn for Văn) or one letter too many (hKoa for Khoa, keyed hkoa). Only for parts of three letters or more,
 * and a dropped letter only from four, so that no slip is shorter than three letters.
 */
export function slips(part: string): string[] {
  const out = new Set<string>();
  if (part.length >= 3)
    for (let i = 0; i + 1 < part.length; i++)
      out.add(part.slice(0, i) + part.charAt(i + 1) + part.charAt(i) + part.slice(i + 2));
  if (part.length >= 4) for (let i = 0; i < part.length; i++) out.add(part.slice(0, i) + part.slice(i + 1));
  out.delete(part);
  return [...out];
}

async function variants(db: Kysely<Database>, parts: string[]): Promise<Variant[]> {
  const long = parts.filter((p) => p.length > 2);
  const fuzzy = long.length
    ? await sql<Variant>`
        SELECT q.part, v.token, v.n FROM unnest(${long}::text[]) AS q(part)
        CROSS JOIN LATERAL (
          SELECT token, n FROM name_vocab WHERE token % q.part
          ORDER BY similarity(token, q.part) DESC LIMIT ${VARIANTS_PER_PART}
        ) v`.execute(db)
    : { rows: [] };
  // One or two letters have no trigrams to compare: they match exactly. Every part also meets its slips exactly.
  const wanted = new Map<string, string[]>();
  for (const p of parts) for (const t of [p, ...slips(p)]) wanted.set(t, [...(wanted.get(t) ?? []), p]);
  const exact = await sql<{ token: string; n: number }>`
    SELECT token, n FROM name_vocab WHERE token = ANY(${[...wanted.keys()]}::text[])`.execute(db);
  const out = [...fuzzy.rows];
  for (const r of exact.rows)
    for (const part of wanted.get(r.token) ?? [])
      if (!out.some((v) => v.part === part && v.token === r.token))
        out.push({ part, token: r.token, n: r.n });
  return out;
}

async function scored(
  db: Kysely<Database>,
  agency: string,
  key: string,
  seeds: string[],
  re: string | null,
  limit: number,
  floor = 0,
) {
  const filter = re ? sql`AND key ~ ${re}` : sql``;
  return (
    await sql<{ entity_id: string; key: string; s: number }>`
      SELECT entity_id, key, similarity(key, ${key}) AS s FROM (
        SELECT DISTINCT entity_id, key FROM name_tokens
        WHERE token = ANY(${seeds}::text[]) AND agency_id = ${agency} ${filter}
      ) c WHERE similarity(key, ${key}) >= ${floor} ORDER BY s DESC LIMIT ${limit}`.execute(db)
  ).rows;
}

/**
 * The records whose whole key is some of the typed parts and nothing else (Sombat, or Wanpen, for Sombat Boonma,
 * Wanpen Sukprasert: people are often recorded by their given name alone), found exactly: every non-empty proper
 * subset of the parts of a name of two to four parts. Their trigrams are a subset of the typed key's, so the
 * trigram similarity (shared / all) counts every missing part against them in full, and ranks "Sombat" below
 * names that hold a part the typed name lacks (Somchai Boonma, Sombat Boonyuen). They are scored instead by the
 * Dice coefficient of the same trigrams (2·shared / (theirs + typed), from similarity s: 2s / (1 + s)), which
 * counts what is missing half: a given name alone ranks with whole names a letter or two astray, a lone short
 * part (Le, for Le Bao Huong) stays low.
 */
async function partialRecords(
  db: Kysely<Database>,
  agency: string,
  key: string,
  parts: string[],
  limit: number,
) {
  if (parts.length < 2 || parts.length > 4) return [];
  const sorted = [...parts].sort();
  const subsets: string[] = [];
  for (let mask = 1; mask < (1 << sorted.length) - 1; mask++)
    subsets.push(sorted.filter((_, i) => mask & (1 << i)).join(' '));
  return (
    await sql<{ entity_id: string; key: string; s: number }>`
      SELECT DISTINCT entity_id, key, 2 * similarity(key, ${key}) / (1 + similarity(key, ${key})) AS s
      FROM search_keys WHERE kind = 'name' AND key = ANY(${subsets}::text[]) AND agency_id = ${agency}
      ORDER BY s DESC LIMIT ${limit}`.execute(db)
  ).rows;
}

interface Match {
  entityId: string;
  key: string;
  score: number;
}

/**
 * The names matching one form of the typed key. Each part is matched against the vocabulary of name parts
 * (trigram similarity over tens of thousands of parts, not millions of names, and one-letter slips exactly); the
 * candidates are the names that hold a spelling of the rarest part and one of the other parts (any, when that
 * leaves too few), then those holding a spelling of each next rarer part while their postings stay within a
 * budget; all are ranked by the trigram similarity of the whole key. Records holding only some of the parts are
 * looked up exactly and ranked by the Dice coefficient (partialRecords). The cost stays bounded: a few parts''
 * postings, never the whole index.
 */
async function formMatches(db: Kysely<Database>, agency: string, key: string, limit: number) {
  const parts = [...new Set(key.split(' ').filter(Boolean))];
  const found = await variants(db, parts);
  const byPart = new Map<string, Variant[]>();
  for (const v of found) byPart.set(v.part, [...(byPart.get(v.part) ?? []), v]);
  const total = (vs: Variant[]) => vs.reduce((a, v) => a + v.n, 0);
  const ranked = [...byPart.values()].sort((a, b) => total(a) - total(b));
  const rows = new Map<string, { entity_id: string; key: string; s: number }>();
  const add = (rs: { entity_id: string; key: string; s: number }[]) => {
    for (const r of rs) rows.set(`${r.entity_id} ${r.key}`, r);
  };
  const [rarest, ...rest] = ranked;
  if (!rarest) return [];
  const others = rest.flatMap((vs) => vs.map((v) => escapeRegex(v.token)));
  const re = others.length ? `(^| )(${others.join('|')})( |$)` : null;
  const tokens = (vs: Variant[]) => vs.map((v) => v.token);
  add(await scored(db, agency, key, tokens(rarest), re, limit));
  if (rows.size < limit && re) add(await scored(db, agency, key, tokens(rarest), null, limit));
  // The other parts seed too, while their postings stay within the budget: the rarest part may be the mistyped
  // one, and a record may hold only some of the parts (Sombat, for Sombat Boonma).
  let spent = 0;
  for (const seedPart of rest) {
    spent += total(seedPart);
    if (spent > EXTRA_POSTINGS) break;
    add(await scored(db, agency, key, tokens(seedPart), null, limit, EXTRA_SEED_FLOOR));
  }
  // A record holding some of the parts and nothing else, whether or not the seeds above reached it.
  add(await partialRecords(db, agency, key, parts, limit));
  return [...rows.values()].map((r) => ({ entityId: r.entity_id, key: r.key, score: Number(r.s) }));
}

/**
 * Other ways the typed name may be cut into parts, as the vocabulary knows them: two or more parts written as one
 * (Thu Zar typed, Thuzar recorded; Srey Mom / Sreymom), and one part that is several written together (Sithu
 * typed, Si Thu recorded). Keys are sorted, so parts are joined in every order. A part is split only when its
 * pieces are each more common than it is (a joined writing is the rarer one), into the fewest pieces.
 */
async function otherForms(db: Kysely<Database>, key: string): Promise<string[]> {
  const parts = [...new Set(key.split(' ').filter(Boolean))];
  const joins = new Map<string, string[]>();
  const perms = (xs: string[]): string[][] =>
    xs.length <= 1
      ? [xs]
      : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  if (parts.length >= 2 && parts.length <= 4) {
    for (const a of parts)
      for (const b of parts)
        if (a !== b) joins.set(a + b, parts.filter((p) => p !== a && p !== b).concat(a + b));
    if (parts.length >= 3) for (const p of perms(parts)) joins.set(p.join(''), [p.join('')]);
  }
  const pieces = new Set<string>();
  for (const p of parts)
    if (p.length >= 4)
      for (let i = 0; i < p.length; i++)
        for (let j = i + 2; j <= p.length; j++) if (j - i < p.length) pieces.add(p.slice(i, j));
  const lookups = [...joins.keys(), ...pieces, ...parts];
  if (lookups.length === 0) return [];
  const known = new Map(
    (
      await sql<{ token: string; n: number }>`
        SELECT token, n FROM name_vocab WHERE token = ANY(${lookups}::text[])`.execute(db)
    ).rows.map((r) => [r.token, Number(r.n)]),
  );
  const forms: string[] = [];
  for (const [joined, form] of joins) if (known.has(joined)) forms.push(form.sort().join(' '));
  for (const p of parts) {
    const whole = known.get(p) ?? 0;
    // Fewest pieces: best[i] is the shortest cut of p's first i letters into known pieces.
    const best: (string[] | null)[] = [[]];
    for (let j = 1; j <= p.length; j++) {
      best[j] = null;
      for (let i = Math.max(0, j - 12); i <= j - 2; i++) {
        const piece = p.slice(i, j);
        const prev = best[i];
        if (!prev || (known.get(piece) ?? 0) <= whole || piece === p) continue;
        if (!best[j] || prev.length + 1 < (best[j] as string[]).length) best[j] = [...prev, piece];
      }
    }
    const cut = best[p.length];
    if (cut && cut.length >= 2)
      forms.push(
        parts
          .filter((x) => x !== p)
          .concat(cut)
          .sort()
          .join(' '),
      );
  }
  return [...new Set(forms)].filter((f) => f !== key).slice(0, OTHER_FORMS);
}

/**
 * Fuzzy name search: the typed key and the other ways it may be cut into parts (otherForms), each searched by its
 * parts (formMatches); a name found several ways keeps its best score.
 */
export async function fuzzyNameMatches(
  db: Kysely<Database>,
  agency: string,
  key: string,
  limit: number,
): Promise<Match[]> {
  const best = new Map<string, Match>();
  const forms = [key, ...(await otherForms(db, key))];
  for (const [i, form] of forms.entries()) {
    for (const m of await formMatches(db, agency, form, limit)) {
      const score = i === 0 ? m.score : m.score * OTHER_FORM_WEIGHT;
      const id = `${m.entityId} ${m.key}`;
      if ((best.get(id)?.score ?? -1) < score) best.set(id, { ...m, score });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((m) => ({ ...m, score: Math.round(m.score * 1000) / 1000 }));
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
  const out: { id: string; type: string; label: string; kind: 'name'; value: string; score: number }[] = [];
  for (const m of matches) {
    const e = byId.get(m.entityId);
    if (!e || out.some((o) => o.id === e.id)) continue;
    const value = written.find((w) => w.entity_id === e.id && w.key === m.key)?.value ?? e.label;
    out.push({ id: e.id, type: e.type, label: e.label, kind: 'name', value, score: m.score });
    if (out.length === limit) break;
  }
  return out;
}
