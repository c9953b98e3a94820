import type { Generated } from 'kysely';
import type { CreatedAt, Json, Timestamp } from './column-types.ts';

/** A public summary of a concluded operation or prosecution case (src/outcomes/summaries.ts). */
export interface PublicSummaryTable {
  id: Generated<string>;
  agency_id: string;
  kind: string;
  subject_id: string;
  headline: string;
  body: string;
  figures: Json<Record<string, unknown>>;
  status: Generated<string>;
  drafted_by: string;
  drafted_at: CreatedAt;
  approved_by: string | null;
  approved_at: Timestamp | null;
  released_at: Timestamp | null;
  withdrawn_reason: string | null;
}

export interface SummaryTables {
  public_summaries: PublicSummaryTable;
}
