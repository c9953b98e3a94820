import { MAX_RECORD_CHARS, type PlainLines } from './csv-stream.ts';
import { KEPT_TIME_CHARS, keptIso } from './fields.ts';
import type { ColumnMapping, ImportKindName } from './mapping.ts';
import { keptByShape } from './phone-shapes.ts';

// Rows whose every field is already in the form Lantern keeps it in (international numbers, times with their
// offset, whole seconds, plain decimals): most lines of an operator's export, and all of Lantern's own. Such a line
// is read where it lies in its chunk of text, without making a string of each field: each field is checked in
// place, and the row's COPY text is the fields as written. What the full reading (kinds.ts) would make of such a
// line is exactly that text; any other line (a local number, another date format, a space, a bad value) goes to
// the full reading, which also says what is wrong with it. A property test holds the two readings together
// (kept-rows.test.ts).

/** Whether `text` from `at` to before `end` is a field's value in the form it is kept in. */
type KeptCheck = (text: string, at: number, end: number, mapping: ColumnMapping) => boolean;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** JavaScript's `trim` would take this character away (or it is a control character: read fully, to be safe). */
const trimmed = (c: number) =>
  c <= 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** A number in E.164 whose shape is known to be kept as written (toE164 would give it back as it is). */
const phone: KeptCheck = (text, at, end) => keptByShape(text, at, end);

/** A real time in the kept form, in the ISO format (toInstant would give it back as it is). */
const isoTime: KeptCheck = (text, at, end, m) =>
  m.dateFormat === 'iso' && end - at === KEPT_TIME_CHARS && keptIso(text, at, m.buddhistEra) === true;

/** Whole seconds as their number is written: one to six digits, not led by a zero (toDuration). */
const seconds: KeptCheck = (text, at, end) => {
  if (end - at < 1 || end - at > 6 || (end - at > 1 && text.charCodeAt(at) === 48)) return false;
  for (let i = at; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
};

/** A call's kind written as Lantern writes it: sms when the mapping reads it so, voice when not. */
const callKind: KeptCheck = (text, at, end, m) =>
  end - at === 3
    ? text.startsWith('sms', at) && m.smsValues.includes('sms')
    : end - at === 5 && text.startsWith('voice', at) && !m.smsValues.includes('voice');

/** Text that neither trimming nor CSV quoting would change (kinds.ts: `csvField(value.trim())`). */
const plainText: KeptCheck = (text, at, end) => {
  if (end === at) return true;
  if (trimmed(text.charCodeAt(at)) || trimmed(text.charCodeAt(end - 1))) return false;
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return false;
  }
  return true;
};

/**
 * A coordinate of at most `max` as coordinateText keeps it, or empty: a decimal in its shortest form (no trailing
 * zero, at most 12 decimals, no -0), not under a millionth unless zero.
 */
const coordinate =
  (max: number): KeptCheck =>
  (text, at, end) => {
    if (end === at) return true;
    let i = at;
    const negative = text.charCodeAt(i) === 45;
    if (negative) i++;
    let whole = 0;
    const first = i;
    while (i < end && isDigit(text.charCodeAt(i)) && i - first < 4)
      whole = whole * 10 + text.charCodeAt(i++) - 48;
    const wholeDigits = i - first;
    if (wholeDigits === 0 || wholeDigits > 3 || (wholeDigits > 1 && text.charCodeAt(first) === 48))
      return false;
    if (i === end) return whole <= max && !(negative && whole === 0);
    if (text.charCodeAt(i) !== 46) return false;
    const point = ++i;
    let firstNonZero = -1;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) return false;
      if (c !== 48 && firstNonZero < 0) firstNonZero = i - point;
    }
    const decimals = end - point;
    if (decimals < 1 || decimals > 12 || text.charCodeAt(end - 1) === 48) return false;
    // Under max (a fraction is never zero here), and not under a millionth.
    return whole < max && (whole > 0 || firstNonZero < 6);
  };

/**
 * The kinds read this way: each column of the kind's COPY text (kinds.ts), in its order, with the mapping's field
 * it is read from and its check.
 */
const KEPT_COLUMNS: Partial<Record<ImportKindName, readonly (readonly [string, KeptCheck])[]>> = {
  calls: [
    ['caller', phone],
    ['callee', phone],
    ['started_at', isoTime],
    ['duration_s', seconds],
    ['kind', callKind],
    ['cell_id', plainText],
    ['cell_lat', coordinate(90)],
    ['cell_lon', coordinate(180)],
  ],
};

/** How the lines of one file are read in place: where each column is among its fields. */
export interface KeptLayout {
  checks: readonly KeptCheck[];
  mapping: ColumnMapping;
  /** The field of the file each column is read from (-1: not mapped, read as empty). */
  columns: Int32Array;
  width: number;
  /** The columns are fields next to each other in their order, and the delimiter is a comma: a row is one slice. */
  slice: boolean;
  /** Where each field of the current line starts; field k ends one before where field k + 1 starts. */
  starts: Int32Array;
  /** Where the last row read lies in its chunk's text (with `slice`), so that it can be hashed there. */
  rowAt: number;
}

/** The layout for a file of `kind` whose header's fields are at `index`, or null when its kind is not read so. */
export function keptLayout(
  kind: ImportKindName,
  index: Record<string, number>,
  width: number,
  mapping: ColumnMapping,
  delimiter: string,
): KeptLayout | null {
  const kept = KEPT_COLUMNS[kind];
  if (!kept) return null;
  const checks = kept.map(([, check]) => check);
  const columns = Int32Array.from(kept, ([field]) => index[field] ?? -1);
  const slice =
    delimiter === ',' && columns.every((f, k) => f >= 0 && (k === 0 || f === (columns[k - 1] as number) + 1));
  return { checks, mapping, columns, width, slice, starts: new Int32Array(width + 1), rowAt: 0 };
}

/**
 * Line `i` of plain lines as its row's COPY text (without the prefix), when every column is in the form it is
 * kept in; null when it is not, or has not the header's width: the full reading then reads it.
 */
export function keptRow(lines: PlainLines, i: number, layout: KeptLayout): string | null {
  const { text, delimiter } = lines;
  const { starts, width, columns, checks, mapping } = layout;
  const end = (lines.starts[i + 1] as number) - 1;
  let at = lines.starts[i] as number;
  if (end - at > MAX_RECORD_CHARS) return null;
  let k = 0;
  starts[0] = at;
  for (let d = text.indexOf(delimiter, at); d >= 0 && d < end; d = text.indexOf(delimiter, d + 1)) {
    if (++k >= width) return null;
    starts[k] = d + 1;
  }
  if (k !== width - 1) return null;
  starts[width] = end + 1;
  for (let c = 0; c < columns.length; c++) {
    const f = columns[c] as number;
    at = f < 0 ? 0 : (starts[f] as number);
    const to = f < 0 ? 0 : (starts[f + 1] as number) - 1;
    if (!(checks[c] as KeptCheck)(text, at, to, mapping)) return null;
  }
  if (layout.slice) {
    layout.rowAt = starts[columns[0] as number] as number;
    return text.slice(layout.rowAt, (starts[(columns[columns.length - 1] as number) + 1] as number) - 1);
  }
  let row = '';
  for (let c = 0; c < columns.length; c++) {
    const f = columns[c] as number;
    if (c > 0) row += ',';
    if (f >= 0) row += text.slice(starts[f], (starts[f + 1] as number) - 1);
  }
  return row;
}
