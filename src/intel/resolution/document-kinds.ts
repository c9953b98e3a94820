import type { Dictionary } from './columns.ts';
import type { PairTable } from './pairs.ts';
import { editsUpTo } from './similarity.ts';
import type { RecordStore } from './store.ts';

/**
 * A document number's kind, read from its shape: the runs of letters and of digits with their lengths (a Thai
 * identity number is D13, a Vietnamese passport L1D7, a Chinese resident identity number D17 with a check digit
 * or X). A person holds one identity card and one passport at a time, so two numbers of one shape that differ
 * (by more than a typo) are most often two people's; a passport against an identity card says nothing.
 */
export function documentShape(key: string): string {
  let shape = '';
  let run = 0;
  let kind = '';
  for (const ch of key) {
    const k = ch >= '0' && ch <= '9' ? 'D' : 'L';
    if (k === kind) run++;
    else {
      if (run > 0) shape += kind + run;
      kind = k;
      run = 1;
    }
  }
  return run > 0 ? shape + kind + run : shape;
}

/** Each dictionary's values' shapes, computed once per value on the thread that compares. */
const shapesOf = new WeakMap<Dictionary, string[]>();

function shapeOf(dict: Dictionary, id: number): string {
  let shapes = shapesOf.get(dict);
  if (!shapes) {
    shapes = [];
    shapesOf.set(dict, shapes);
  }
  let s = shapes[id];
  if (s === undefined) {
    s = documentShape(dict.values[id] as string);
    shapes[id] = s;
  }
  return s;
}

/**
 * Edits (a swap of neighbours counting one) from which two numbers of one kind are two documents, not a number
 * mistyped: a typo or two (a digit slipped, two swapped) leave most of a number as it was, while two people's
 * numbers of one kind differ in nearly every place.
 */
export const OTHER_NUMBER_FROM = 3;

/** How two records' documents of one kind compare: none of one kind, one the same or a typo of the other, or apart. */
export const NO_DOCUMENTS_OF_ONE_KIND = 0;
export const DOCUMENT_OF_ONE_KIND_ALIKE = 1;
export const DOCUMENTS_OF_ONE_KIND_APART = 2;

/**
 * Whether two records hold documents of one kind, and if so whether one of them is the same number or a typo of
 * the other's (fewer than OTHER_NUMBER_FROM edits) or all are other numbers: most often two people's identity
 * cards or passports.
 */
export function documentsOfOneKind(s: RecordStore, i: number, j: number): number {
  const col = s.documents;
  if (col.from(i) === col.to(i) || col.from(j) === col.to(j)) return NO_DOCUMENTS_OF_ONE_KIND;
  const v = col.values.data;
  const dict = s.docsDict;
  let found = NO_DOCUMENTS_OF_ONE_KIND;
  for (let a = col.from(i); a < col.to(i); a++) {
    const da = v[a] as number;
    for (let b = col.from(j); b < col.to(j); b++) {
      const db = v[b] as number;
      if (shapeOf(dict, da) !== shapeOf(dict, db)) continue;
      if (
        da === db ||
        editsUpTo(dict.values[da] as string, dict.values[db] as string, OTHER_NUMBER_FROM) < OTHER_NUMBER_FROM
      )
        return DOCUMENT_OF_ONE_KIND_ALIKE;
      found = DOCUMENTS_OF_ONE_KIND_APART;
    }
  }
  return found;
}

/** Above this share of a batch's matches holding documents of one kind apart, such documents tell no one apart. */
const APART_IN_MATCHES_AT_MOST = 0.01;
/** Matches holding documents of one kind needed to measure the share. */
const APART_MEASURED_FROM = 20;

/**
 * Whether documents of one kind with other numbers tell people apart in these records: not where the pairs taken
 * for matches (`picked`, indexes into `pairs`) show one person's records holding such documents often (FEBRL's
 * files replace a social security number outright in 6% of a person's pairs; the world's files hold a person's
 * identity card and passport, mistyped at most, and 0.03% of its matches, all namesakes, hold two apart).
 * Undefined when too few matches hold documents of one kind to tell.
 */
export function documentsTellApart(
  s: RecordStore,
  pairs: PairTable,
  picked: readonly number[],
): boolean | undefined {
  let ofOneKind = 0;
  let apart = 0;
  for (const k of picked) {
    const c = documentsOfOneKind(s, pairs.a.get(k), pairs.b.get(k));
    if (c === NO_DOCUMENTS_OF_ONE_KIND) continue;
    ofOneKind++;
    if (c === DOCUMENTS_OF_ONE_KIND_APART) apart++;
  }
  if (ofOneKind < APART_MEASURED_FROM) return undefined;
  return apart <= APART_IN_MATCHES_AT_MOST * ofOneKind;
}
