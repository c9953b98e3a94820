import type { Kysely, RawBuilder } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { LINK_MAP } from './mapping.ts';

/** What every page of one export shares: who reads, whose picture, up to when, and the running counts. */
export interface ExportRun {
  db: Kysely<Database>;
  actor: Actor;
  agencyId: string;
  /** The moment the export began, on the database's clock: what was made later is left out. */
  until: RawBuilder<Date>;
  counts: {
    entities: number;
    facts: number;
    links: number;
    restrictedFacts: number;
    restrictedLinks: number;
  };
  /** The ids of the entities written since the last audit entry: each export records which entities it gave out. */
  entityIds: string[];
}

/** A page of lines, and the export id to continue after (null on the last page). */
export interface ExportPage {
  lines: string[];
  last: string | null;
}

export const PAGE = 500;

/** Link types FtM keeps as a property of one end, by which end holds the property. */
export const REFS = Object.entries(LINK_MAP).flatMap(([type, m]) =>
  m.kind === 'ref' ? [{ type, holderIs: m.valueIs === 'from' ? ('to' as const) : ('from' as const) }] : [],
);
export const REF_TYPES = REFS.map((r) => r.type);

/** A stored fact's or link's provenance, as the FtM side names it. */
export const origin = (r: {
  source_grade: string | null;
  info_grade: string | null;
  asserted_at: Date;
  report_id: string | null;
  import_id: string | null;
}) => ({
  sourceGrade: r.source_grade,
  infoGrade: r.info_grade,
  assertedAt: r.asserted_at,
  reportId: r.report_id,
  importId: r.import_id,
});
