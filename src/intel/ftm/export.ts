import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../access/audit.ts';
import { type Actor, can } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { entityPage } from './export-entities.ts';
import { linkPage } from './export-links.ts';
import type { ExportRun } from './export-run.ts';

type Q = Kysely<Database>;

/** Entity ids listed in one audit entry; an export of more writes an `intel.export_ftm_part` entry per this many. */
export const IDS_PER_AUDIT_ENTRY = 5000;

/**
 * The actor's agency's entities, then the links between them, as FtM JSON lines in export-id order: only what
 * the actor may see (facts and links from reports they may not see are left out, as on the entity page). What
 * was created after the export began is left out, so every link's ends are in the file. One audit entry, with
 * counts and the ids of the entities given out (no names), is written when the stream ends; a large export writes
 * the ids in parts as it goes, so memory stays bounded and a leak review finds every entity exported.
 * Checks run before the first line, so refusals are plain errors.
 */
export async function startFtmExport(
  db: Q,
  actor: Actor,
  requestId?: string,
  idsPerEntry = IDS_PER_AUDIT_ENTRY,
): Promise<AsyncGenerator<string>> {
  const agencyId = actor.agencyId;
  if (!agencyId || !can(actor, 'intel.read', { type: 'entity', agencyId })) throw new AppError('forbidden');
  // The database's own clock, to the microsecond: a JavaScript Date would drop what was made this millisecond.
  const { rows } = await sql<{ now: string }>`SELECT now()::text AS now`.execute(db);
  const until = sql<Date>`${rows[0]?.now ?? new Date().toISOString()}::timestamptz`;
  return (async function* () {
    const counts = { entities: 0, facts: 0, links: 0, restrictedFacts: 0, restrictedLinks: 0 };
    const run: ExportRun = { db, actor, agencyId, until, counts, entityIds: [] };
    let complete = false;
    let parts = 0;
    try {
      for (const page of [entityPage, linkPage]) {
        let after: string | null = null;
        do {
          const r = await page(run, after);
          // Recorded before the lines go out: what leaves is always in the log.
          while (run.entityIds.length >= idsPerEntry) {
            parts++;
            await recordAudit(db, {
              actor,
              action: 'intel.export_ftm_part',
              resource: { type: 'entity' },
              outcome: 'success',
              requestId,
              detail: { part: parts, entityIds: run.entityIds.splice(0, idsPerEntry) },
            });
          }
          yield* r.lines;
          after = r.last;
        } while (after !== null);
      }
      complete = true;
    } finally {
      await recordAudit(db, {
        actor,
        action: 'intel.export_ftm',
        resource: { type: 'entity' },
        outcome: complete ? 'success' : 'failure',
        requestId,
        detail: { ...counts, complete, parts, entityIds: run.entityIds },
      });
    }
  })();
}
