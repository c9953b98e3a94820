import type { Clusters } from './cluster.ts';
import type { RecordStore } from './store.ts';

/**
 * Name keys that name one identity only in every source: within each source (subscribers, account holders,
 * travellers… — where a person's records are already held together by their phone, account or document), every
 * record bearing the key is in one cluster. A name two identities of one source bear (two accounts, two
 * travellers with other birth dates and documents) is ambiguous: it may not join records on its own. Only the
 * keys asked about are counted.
 */
export function unambiguousKeys(store: RecordStore, clusters: Clusters, keys: Set<number>): Set<number> {
  // key → source → the one cluster seen, or -1 once a second is seen.
  const seen = new Map<number, Map<number, number>>();
  for (let i = 0; i < store.size; i++) {
    const k = store.nameKey.get(i);
    if (!keys.has(k)) continue;
    let bySource = seen.get(k);
    if (!bySource) {
      bySource = new Map();
      seen.set(k, bySource);
    }
    const src = store.source.get(i);
    const root = clusters.find(i);
    const held = bySource.get(src);
    if (held === undefined) bySource.set(src, root);
    else if (held !== root) bySource.set(src, -1);
  }
  const out = new Set<number>();
  for (const [k, bySource] of seen) if (![...bySource.values()].includes(-1)) out.add(k);
  return out;
}

/**
 * How many people besides one can be expected to bear record i's full name among as many people as there are
 * records: the records' count times the product of its parts' frequencies (given and family names taken as
 * independent, which is how a name's commonness is estimated from its parts even when the name itself was seen
 * once: Nguyen Van Nam is common because Nguyen, Van and Nam are). A part's frequency leaves out `own`, the
 * records of the identity in question (a person recorded twenty times does not make their name common), and
 * adds one.
 */
export function otherBearers(store: RecordStore, i: number, own: number): number {
  const n = store.size;
  const col = store.nameParts;
  let share = 1;
  for (let x = col.from(i); x < col.to(i); x++)
    share *= (Math.max(store.parts.countOf(col.values.get(x)) - own, 0) + 1) / n;
  return n * share;
}

/**
 * How many other people can be expected to bear record i's full name among as many people as there are records:
 * the records' count times the product of its parts' frequencies (parts taken as independent, so a name seen once
 * is still common when its parts are: Nguyen, Van and Nam). The records of the person in question are counted
 * too (they cannot be told apart before resolving): a person recorded many times makes their own name look a
 * little commoner, which asks a little more evidence, never less.
 */
export function expectedBearers(store: RecordStore, i: number): number {
  const n = store.size;
  const col = store.nameParts;
  let share = 1;
  for (let x = col.from(i); x < col.to(i); x++) share *= store.parts.countOf(col.values.get(x)) / n;
  return n * share;
}
