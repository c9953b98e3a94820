import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, Json } from './column-types.ts';

// The table of donor checklists (src/outcomes/checklist*.ts, migration 20261204_1830).

export interface DonorChecklistTable {
  id: Generated<string>;
  agency_id: string;
  title: string;
  country: string;
  province: ColumnType<string | null, string | null | undefined, string | null>;
  intervention: string;
  funding: string;
  duration_months: number;
  answers: Json<unknown>;
  created_by: string;
  created_at: CreatedAt;
  updated_by: string;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DonorChecklistTables {
  donor_checklists: DonorChecklistTable;
}
