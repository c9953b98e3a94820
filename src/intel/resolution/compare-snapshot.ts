import { Blocker } from './blocking.ts';
import { ruleByName } from './blocking-rules.ts';
import { Dictionary, IntVector, MultiColumn } from './columns.ts';
import { RecordStore } from './store.ts';

// What a second thread needs to walk blocks and compare pairs as this one does: the store's columns that the
// comparisons and the rules' filters read, and the blocker's keys and index. Sent as plain data (a structured
// clone keeps typed arrays, strings, sets and maps, not classes) and made into the same classes on arrival.
// Dictionaries go without their string → id maps (comparisons read values and counts only).

/** The store's fields that comparisons and blocking read. */
const INT_FIELDS = [
  'nameKey',
  'folded',
  'joined',
  'joinedSorted',
  'dob',
  'dobBuddhist',
  'nationality',
  'sex',
  'source',
] as const;
const MULTI_FIELDS = ['nameParts', 'phones', 'documents', 'accounts', 'places'] as const;
const DICT_FIELDS = [
  'nameKeys',
  'nameFolded',
  'parts',
  'joinedKeys',
  'phonesDict',
  'docsDict',
  'accountsDict',
  'placesDict',
] as const;

type IntData = { data: Int32Array; length: number };
type MultiData = { start: IntData; values: IntData };
type DictData = { values: string[]; counts: IntData };

export interface CompareSnapshot {
  size: number;
  ints: Record<string, IntData>;
  multis: Record<string, MultiData>;
  dicts: Record<string, DictData>;
  rules: string[];
  keys: MultiData[];
  sorted: Float64Array[];
  oversized: Set<number>[];
  maxBlock: number;
  link: boolean;
}

const intData = (v: IntVector): IntData => ({ data: v.data.subarray(0, v.length), length: v.length });
const multiData = (c: MultiColumn): MultiData => ({ start: intData(c.start), values: intData(c.values) });

export function compareSnapshot(store: RecordStore, blocker: Blocker): CompareSnapshot {
  const ints: Record<string, IntData> = {};
  for (const f of INT_FIELDS) ints[f] = intData(store[f]);
  const multis: Record<string, MultiData> = {};
  for (const f of MULTI_FIELDS) multis[f] = multiData(store[f]);
  const dicts: Record<string, DictData> = {};
  for (const f of DICT_FIELDS) dicts[f] = { values: store[f].values, counts: intData(store[f].counts) };
  return {
    size: store.size,
    ints,
    multis,
    dicts,
    rules: blocker.rules.map((r) => r.name),
    keys: blocker.keys.map(multiData),
    sorted: blocker.sorted,
    oversized: blocker.oversized,
    maxBlock: blocker.maxBlock,
    link: blocker.link,
  };
}

function intVector(d: IntData): IntVector {
  const v = new IntVector(0);
  v.data = d.data;
  v.length = d.length;
  return v;
}

function multiColumn(d: MultiData): MultiColumn {
  const c = new MultiColumn();
  Object.assign(c, { start: intVector(d.start), values: intVector(d.values) });
  return c;
}

/** The store and blocker a snapshot was taken of, as far as comparing pairs goes. */
export function fromSnapshot(s: CompareSnapshot): { store: RecordStore; blocker: Blocker } {
  const store = new RecordStore();
  const fields: Record<string, unknown> = {};
  for (const [f, d] of Object.entries(s.ints)) fields[f] = intVector(d);
  for (const [f, d] of Object.entries(s.multis)) fields[f] = multiColumn(d);
  for (const [f, d] of Object.entries(s.dicts)) {
    const dict = new Dictionary();
    Object.assign(dict, { values: d.values, counts: intVector(d.counts) });
    fields[f] = dict;
  }
  Object.assign(store, fields);
  // Only its size is read of the ids.
  store.ids.length = s.size;
  const blocker = new Blocker(store, s.rules.map(ruleByName), s.maxBlock, s.link);
  Object.assign(blocker, {
    keys: s.keys.map(multiColumn),
    sorted: s.sorted,
    oversized: s.oversized,
  });
  return { store, blocker };
}
