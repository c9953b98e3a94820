import { type Kysely, sql } from 'kysely';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../../db/types.ts';

/** A live server writes an import's audit entry within seconds of its commit; one older than this never will. */
const LATE_AFTER_S = 300;

/**
 * Audits the imports that completed without their audit entry. An import commits its rows and its job's
 * 'completed' in one transaction and writes its audit entry just after (in a transaction of its own, as the chain
 * is shared); a server killed in between leaves the import done and unaudited. Each such import is audited now,
 * from what its job recorded (who asked, rows read, imported and skipped), marked as recorded after a restart.
 * With `all` (the embedded database, whose only server is starting) every such job; otherwise those whose runner
 * is gone (`runnerGone`), or that ended more than LATE_AFTER_S ago. Returns how many.
 */
export async function auditLateImports(
  db: Kysely<Database>,
  opts: { all: boolean; runnerGone: (claim: string) => boolean },
): Promise<number> {
  const jobs = await sql<{
    id: string;
    kind: string;
    agency_id: string;
    created_by: string;
    requested_by: string | null;
    requested_kind: string | null;
    rows_read: string;
    rows_imported: string;
    rows_skipped: string;
    claimed_by: string | null;
    late: boolean;
  }>`
    SELECT j.id, j.kind, j.agency_id, j.created_by, j.requested_by, j.requested_kind, j.rows_read,
      j.rows_imported, j.rows_skipped, j.claimed_by,
      j.finished_at < now() - make_interval(secs => ${LATE_AFTER_S}) AS late
    FROM import_jobs j
    WHERE j.status = 'completed'
      AND NOT EXISTS (
        SELECT 1 FROM audit_log a
        WHERE a.resource_type = 'import_job' AND a.resource_id = j.id::text
          AND a.action = 'import.' || j.kind AND a.outcome = 'success')
    ORDER BY j.finished_at`.execute(db);
  const due = jobs.rows.filter(
    (j) => opts.all || j.late || (j.claimed_by !== null && opts.runnerGone(j.claimed_by)),
  );
  for (const j of due)
    await recordAudit(db, {
      actor: {
        kind: j.requested_kind === 'token' ? 'token' : j.requested_by ? 'user' : 'system',
        userId: j.requested_by,
        agencyId: j.agency_id,
      },
      action: `import.${j.kind}`,
      resource: { type: 'import_job', id: j.id },
      outcome: 'success',
      detail: {
        rowsRead: Number(j.rows_read),
        imported: Number(j.rows_imported),
        skipped: Number(j.rows_skipped),
        auditedAfterRestart: true,
      },
    });
  return due.length;
}
