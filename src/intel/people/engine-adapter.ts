import { nameKey } from '../name-key.ts';
import {
  builtInModel,
  type Decision,
  defaultModel,
  type LevelCode,
  LINKING_POLICY,
  type Model,
  type PersonRecord,
  Resolver,
  TOO_FEW_TO_ESTIMATE,
} from '../resolution/index.ts';
import type { LoadedRecord } from './persist.ts';

/** One field's part in a pair's score: the level it reached (its code) and its log2 Bayes factor. */
export interface Contribution {
  field: string;
  level: LevelCode;
  weight: number;
}

/** Pairs from this probability are kept: matches, and the uncertain band an analyst reviews. */
export const KEEP_FROM = 0.2;
/** The uncertain band's top: a linked pair below it still goes to review. */
const REVIEW_TO = 0.98;
export interface StoredPair {
  a: number;
  b: number;
  probability: number;
  weight: number;
  band: 'match' | 'review';
  impact: number;
  why: Contribution[];
}

export interface Grouping {
  model: Model;
  pairs: StoredPair[];
  groupOf: Int32Array;
}

const toPersonRecord = (r: LoadedRecord): PersonRecord => ({
  id: r.id,
  name: r.name,
  birthDate: r.birth_date,
  phone: r.phone,
  nationality: r.nationality,
  sex: r.sex,
  documents: r.document ? [r.document] : null,
  accounts: r.account ? [r.account] : null,
  source: r.source,
});

/**
 * Analysts' own entities are never joined to each other by the model (each stays the entity it is): a
 * cannot-link between any two whose names share a part, which are the only ones blocking could bring together.
 */
function ownEntitiesApart(records: LoadedRecord[]): Decision[] {
  const byPart = new Map<string, string[]>();
  for (const r of records) {
    if (r.source !== 'entity') continue;
    for (const part of new Set(nameKey(r.name).split(' ')))
      if (part) byPart.set(part, [...(byPart.get(part) ?? []), r.id]);
  }
  const out = new Map<string, Decision>();
  for (const ids of byPart.values())
    for (let x = 0; x < ids.length; x++)
      for (let y = x + 1; y < ids.length; y++) {
        const [a, b] = [ids[x] ?? '', ids[y] ?? ''].sort();
        out.set(`${a}|${b}`, { a: a ?? '', b: b ?? '', same: false });
      }
  return [...out.values()];
}

/**
 * Scores and groups one agency's records: people and organisations apart (never one entity), the model trained
 * on the records (or the built-in one for a few records, or the stored one when regrouping), every live decision
 * a must-link or cannot-link.
 */
export function resolveRecords(records: LoadedRecord[], decisions: Decision[], stored?: Model): Grouping {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const groupOf = Int32Array.from(records.keys());
  const pairs: StoredPair[] = [];
  let model: Model = stored ?? defaultModel();
  const apart = ownEntitiesApart(records);
  for (const kind of ['person', 'organisation'] as const) {
    const mine = records.filter((r) => r.kind === kind);
    if (mine.length === 0) continue;
    const ids = new Set(mine.map((r) => r.id));
    const theirs = [...decisions, ...apart].filter((d) => ids.has(d.a) && ids.has(d.b));
    const small = !stored && mine.length < TOO_FEW_TO_ESTIMATE;
    const resolver = Resolver.resolve(mine.map(toPersonRecord), {
      decisions: theirs,
      // What besides the name must speak for a pair: as much as the name's commonness calls for (resolver.ts).
      ...LINKING_POLICY,
      ...(stored ? { model: stored } : small ? { model: builtInModel(mine.length) } : {}),
    });
    if (kind === 'person') model = resolver.model;
    for (const m of resolver.memberships()) groupOf[index.get(m.recordId) ?? 0] = index.get(m.cluster) ?? 0;
    const size = new Map<number, number>();
    for (const r of mine) {
      const g = groupOf[index.get(r.id) ?? 0] ?? 0;
      size.set(g, (size.get(g) ?? 0) + 1);
    }
    for (const p of resolver.scoredPairs(KEEP_FROM)) {
      const [a, b] = [index.get(p.a) ?? 0, index.get(p.b) ?? 0];
      const [ga, gb] = [groupOf[a] ?? a, groupOf[b] ?? b];
      // Settled: joined with confidence. Anything else the model found likely enough waits for an analyst,
      // first those whose decision would settle the most records.
      const settled = ga === gb && p.probability >= REVIEW_TO;
      const records = ga === gb ? (size.get(ga) ?? 1) : (size.get(ga) ?? 1) + (size.get(gb) ?? 1);
      pairs.push({
        a,
        b,
        probability: p.probability,
        weight: p.weight,
        band: settled ? 'match' : 'review',
        impact: settled ? 0 : p.probability * (1 - p.probability) * records,
        why: p.fields.map((f) => ({ field: f.field, level: f.level, weight: f.log2BayesFactor })),
      });
    }
  }
  return { model, pairs, groupOf };
}
