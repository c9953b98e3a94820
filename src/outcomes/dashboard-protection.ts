import type { IndicatorFigures } from './indicators.ts';
import { suppressTables } from './suppression.ts';

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
  medians: { id: string; title: string; days: number | null; of: number }[];
}

/** The figures with small cells hidden (primary and secondary suppression); a median of fewer than k is withheld. */
export function protectFigures(figures: IndicatorFigures, k = DASHBOARD_K): ProtectedFigures {
  const result = suppressTables(figures.tables, { k });
  const byId = new Map(result.tables.map((t) => [t.id, t]));
  return {
    k,
    tables: figures.tables.map((t) => {
      const p = byId.get(t.id);
      const cells = p ? p.cells : t.cells;
      return {
        id: t.id,
        title: t.title,
        kind: t.kind,
        dimensions: t.dimensions,
        cells,
        // A funnel's or a list's total is a sum of figures that are not parts of one whole: never served, as
        // it would give back what its hidden stages add up to.
        total: t.kind === 'breakdown' ? (p ? p.total : t.total) : null,
        unfiltered: t.unfiltered,
        hidden: result.report.filter((r) => r.table === t.id).length,
      };
    }),
    medians: figures.medians.map((m) => (m.of > 0 && m.of < k ? { ...m, days: null } : m)),
  };
}
