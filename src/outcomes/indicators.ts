import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import type { Filters } from './filters.ts';
import { loadContext } from './indicators-context.ts';
import { integrityTables } from './indicators-integrity.ts';
import { monitoringTables } from './indicators-monitoring.ts';
import { operationTables } from './indicators-operations.ts';
import { prosecutionTables } from './indicators-prosecution.ts';
import { type IndicatorTable, stages } from './indicators-shape.ts';
import { victimTables } from './indicators-victims.ts';

export type { Cell, IndicatorTable, TableKind } from './indicators-shape.ts';

// The outcome indicators across the cycle, computed from the operational data of every agency and returned as
// tables of counts (never a row about a person, an operation or a case): operations, victim protection,
// prosecution, monitoring, integrity, and the COMMIT-style national indicators for progress reports. Small cells
// are not protected here: see `protectFigures` in dashboard-protection.ts (the publication's suppression, at the dashboards' threshold).

type Q = Kysely<Database>;

export interface IndicatorFigures {
  tables: IndicatorTable[];
  /** Medians (not counts): each with how many values it is the median of. */
  medians: { id: string; title: string; days: number | null; of: number }[];
}

export async function indicatorFigures(
  db: Q,
  filters: Filters,
  now: Date = new Date(),
): Promise<IndicatorFigures> {
  const ctx = await loadContext(db);
  const operations = await operationTables(db, ctx, filters);
  const victims = await victimTables(db, ctx, filters, now.toISOString().slice(0, 10));
  const prosecution = await prosecutionTables(db, ctx, filters);
  const monitoring = await monitoringTables(db, filters);
  const integrity = await integrityTables(db, ctx, filters, operations.figures);
  const concluded = operations.tables
    .find((t) => t.id === 'objectives')
    ?.cells.filter((c) => c.key[0] === 'arrest')
    .reduce((a, c) => a + c.count, 0);
  const [arrested, ...justice] = prosecution.national;
  const [identified, ...victimRest] = victims.national;
  const national = stages(
    'national',
    'National indicators for progress reports (COMMIT): victims identified, cases investigated, prosecuted and convicted, victims assisted, returned and compensated',
    'indicators',
    [
      ...(identified ? [identified] : []),
      ...victimRest.slice(0, 3),
      ['cases investigated (operations concluded)', concluded ?? 0],
      ...(arrested ? [arrested] : []),
      ...justice,
      ...victimRest.slice(3),
    ],
    prosecution.tables[0]?.unfiltered ?? [],
  );
  return {
    tables: [
      ...operations.tables,
      ...victims.tables,
      ...prosecution.tables,
      ...monitoring,
      ...integrity,
      national,
    ],
    medians: victims.medians,
  };
}

/** The indicator tables for these filters (what the publication's releases and the dashboards read). */
export async function indicatorTables(db: Q, filters: Filters, now?: Date): Promise<IndicatorTable[]> {
  return (await indicatorFigures(db, filters, now)).tables;
}
