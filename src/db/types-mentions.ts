import type { ColumnType } from 'kysely';
import type { CreatedAt } from './column-types.ts';

// Reports tied to the entities they name (src/intel/mentions.ts): ids only, never the words matched.

export interface ReportMentionTable {
  report_id: string;
  /** The item of the report that names the entity. */
  n: number;
  entity_id: string;
  /** The report's agency: only its own entities are looked for. */
  agency_id: string;
  /** What matched: 'name', or the kind of number ('phone', 'account', 'plate', 'document', 'registration'). */
  kind: string;
}

/** Which version of the mention finder last read a report (MENTIONS_VERSION). */
export interface ReportMentionRunTable {
  report_id: string;
  version: ColumnType<number, number, number>;
  ran_at: CreatedAt;
}

export interface MentionTables {
  report_mentions: ReportMentionTable;
  report_mention_runs: ReportMentionRunTable;
}
