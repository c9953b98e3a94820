import { rowCode } from './indicator-codes.ts';
import type { IndicatorTable } from './indicators-shape.ts';

// A programme's progress, as plain functions: each objective's measure is one cell of an indicator table (a table
// id and the cell's key, e.g. `protection` / `presumed victims`), counted over the programme's period so far with
// the programme's filters; progress is how far the count has moved from the baseline towards the target. A
// programme where no objective has moved is flagged (no measurable result since its start).

export interface Objective {
  description: string;
  tableId: string;
  key: string[];
  baseline: number;
  target: number;
}

export type ObjectiveStatus = 'met' | 'moving' | 'no result' | 'measure gone';

export interface ObjectiveProgress extends Objective {
  /** The key's words as codes for the screens (src/outcomes/indicator-codes.ts). */
  keyCodes: (string | null)[];
  current: number | null;
  /** 0 to 1: the share of the way from the baseline to the target; null when the measure is gone. */
  progress: number | null;
  status: ObjectiveStatus;
}

export const sameKey = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function cellOf(tables: readonly IndicatorTable[], tableId: string, key: readonly string[]) {
  const table = tables.find((t) => t.id === tableId);
  const cell = table?.cells.find((c) => sameKey(c.key, key));
  return table && cell ? { table, cell } : null;
}

export function objectiveProgress(o: Objective, tables: readonly IndicatorTable[]): ObjectiveProgress {
  const found = cellOf(tables, o.tableId, o.key);
  if (!found)
    return { ...o, keyCodes: o.key.map(rowCode), current: null, progress: null, status: 'measure gone' };
  const current = found.cell.count;
  const span = o.target - o.baseline;
  const moved = current - o.baseline;
  const progress = span === 0 ? (current === o.target ? 1 : 0) : Math.max(0, Math.min(1, moved / span));
  const status: ObjectiveStatus =
    span === 0
      ? current === o.target
        ? 'met'
        : 'no result'
      : progress >= 1
        ? 'met'
        : progress > 0
          ? 'moving'
          : 'no result';
  return { ...o, keyCodes: o.key.map(rowCode), current, progress, status };
}

/** Whether a programme that has started has no objective that moved (or has none): no measurable result. */
export function noResultFlag(
  startsOn: string,
  today: string,
  objectives: readonly ObjectiveProgress[],
): boolean {
  if (startsOn > today) return false;
  return !objectives.some((o) => o.status === 'met' || o.status === 'moving');
}

/** The end of the period counted so far: the programme's end, or today when it runs on. */
export const countedTo = (endsOn: string | null, today: string) =>
  endsOn && endsOn < today ? endsOn : today;
