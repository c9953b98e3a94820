import { hiddenIn, protectForShowing, protectMedians } from './dashboard.ts';
import type { IndicatorFigures } from './indicators.ts';

/**
 * The smallest figure the dashboards show inside Lantern. A dashboard is read by authorised, audited staff and
 * not released, so its threshold is lower than a publication's (k = 11, src/outcomes/releases.ts): a count of 1
 * or 2 in a province and month can still point at a person, so it shows as "fewer than 3", with the
 * complementary figures hidden so totals do not give it back.
 */
export const DASHBOARD_K = 3;

export interface ProtectedTable {
  id: string;
  title: string;
  kind: 'breakdown' | 'funnel' | 'indicators';
  dimensions: string[];
  /** Null: hidden (fewer than k, or hidden so that another hidden figure cannot be worked out). */
  cells: { key: string[]; count: number | null }[];
  /** Null when hidden, and always for a funnel or a list of indicators. */
  total: number | null;
  unfiltered: string[];
  /** How many figures of the table are hidden. */
  hidden: number;
}

export interface ProtectedFigures {
  k: number;
  tables: ProtectedTable[];
  medians: { id: string; title: string; days: number | null; of: number | null }[];
}

/**
 * The figures with small cells hidden, by the same protection as the dashboard's (src/outcomes/dashboard.ts):
 * primary and secondary suppression, a funnel's total never served, a median of fewer than k withheld.
 */
export function protectFigures(figures: IndicatorFigures, k = DASHBOARD_K): ProtectedFigures {
  return {
    k,
    tables: protectForShowing(figures.tables, k).map((p) => ({
      id: p.id,
      title: p.title,
      kind: p.kind,
      dimensions: p.dimensions,
      cells: p.cells,
      total: p.total,
      unfiltered: p.unfiltered,
      hidden: hiddenIn(p),
    })),
    medians: protectMedians(figures.medians, k),
  };
}
