import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json } from './column-types.ts';

// The tables of outcome releases (src/outcomes/releases*.ts, migration 20261204_1810).

export interface OutcomeReleaseTable {
  id: Generated<string>;
  title: string;
  k: number;
  epsilon: number | null;
  filters: Json<Record<string, unknown>>;
  report: Json<unknown>;
  status: Generated<string>;
  prepared_by: string;
  prepared_agency: string;
  prepared_at: CreatedAt;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  approved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface OutcomeReleaseTableTable {
  release_id: string;
  position: number;
  table_id: string;
  published: Json<unknown>;
}

export interface OutcomeReleaseTables {
  outcome_releases: OutcomeReleaseTable;
  outcome_release_tables: OutcomeReleaseTableTable;
}
