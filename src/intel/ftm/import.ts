import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { appendAudit, recordAudit } from '../../access/audit.ts';
import { type Actor, can } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import type { BadLine } from './line.ts';
import type { Plan } from './plan.ts';
import { readLine } from './read-line.ts';
import { phoneId, resolvePlans } from './resolve.ts';
import { lookUp, type Written, writePlans } from './store.ts';

export interface FtmImportReport extends Written {
  jobId: string | null;
  status: 'completed' | 'rejected' | 'already_imported';
  file: string;
  sha256: string;
  linesRead: number;
  /** Properties Lantern has no place for, as "Schema.property": how many lines carried each. */
  ignored: Record<string, number>;
  badLineCount: number;
  /** The first bad lines, each with its line number, field and reason. */
  badLines: BadLine[];
  message: string | null;
}

const KEEP_BAD_LINES = 1000;
const NONE: Written = {
  entitiesCreated: 0,
  entitiesMatched: 0,
  factsAdded: 0,
  linksCreated: 0,
  linksMatched: 0,
};

/** Reads every line; an id seen twice is a bad line (FtM fragments are merged before import). */
function readAll(text: string) {
  const plans: Plan[] = [];
  const bad: BadLine[] = [];
  const ignored = new Map<string, number>();
  const firstLine = new Map<string, number>();
  const badIds = new Set<string>();
  let linesRead = 0;
  for (const [i, raw] of text.split('\n').entries()) {
    if (raw.trim() === '') continue;
    linesRead++;
    const r = readLine(raw, i + 1);
    bad.push(...r.bad);
    if (r.bad.length > 0 && r.id !== null) badIds.add(r.id);
    for (const k of new Set(r.ignored)) ignored.set(k, (ignored.get(k) ?? 0) + 1);
    if (!r.plan) continue;
    const first = firstLine.get(r.plan.id);
    if (first !== undefined) {
      const reason = `appears again (first on line ${first}); merge an entity's fragments first (ftm aggregate)`;
      bad.push({ line: i + 1, field: 'id', reason });
      continue;
    }
    firstLine.set(r.plan.id, i + 1);
    plans.push(r.plan);
  }
  return {
    plans,
    bad,
    badIds,
    linesRead,
    ignored: Object.fromEntries([...ignored].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/** Every FtM id the lines name: to look up in what the agency already holds. */
const namedIds = (plans: Plan[]): string[] =>
  plans.flatMap((p) =>
    p.kind === 'edge'
      ? [p.id, p.from.id, p.to.id]
      : [p.id, ...p.refs.map((r) => r.other), ...p.phones.map(phoneId)],
  );

/**
 * Imports a file of FtM JSON lines into an agency's picture, all or nothing: a file with any bad line changes
 * nothing and says which lines and why; the same file again changes nothing. Entities keep their FtM ids, so a
 * later file's links find them and an export gives them back under the same ids. Facts and links are recorded
 * as coming from the import (its job), with the grading the file carries.
 */
export async function importFtm(
  db: Kysely<Database>,
  opts: { actor: Actor; agencyId: string; text: string; file: string; requestId?: string | undefined },
): Promise<FtmImportReport> {
  const { actor, agencyId } = opts;
  if (!can(actor, 'intel.write', { type: 'import_job', agencyId })) throw new AppError('forbidden');
  const text = opts.text.replace(/^\uFEFF/, '');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const base = {
    file: opts.file,
    sha256,
    linesRead: 0,
    ignored: {},
    badLineCount: 0,
    badLines: [],
    message: null,
  };
  const done = await db
    .selectFrom('import_jobs')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'ftm')
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'completed')
    .executeTakeFirst();
  if (done) {
    await recordAudit(db, {
      actor,
      action: 'import.ftm',
      resource: { type: 'import_job', id: done.id },
      outcome: 'success',
      requestId: opts.requestId,
      detail: { already: true },
    });
    const message = 'This file was imported before; nothing changed.';
    return { ...base, ...NONE, jobId: done.id, status: 'already_imported', message };
  }
  const { plans, bad, badIds, linesRead, ignored } = readAll(text);
  return db.transaction().execute(async (trx) => {
    const job = await trx
      .insertInto('import_jobs')
      .values({
        agency_id: agencyId,
        kind: 'ftm',
        file_name: opts.file,
        file_sha256: sha256,
        file_bytes: Buffer.byteLength(text, 'utf8'),
        mapping: 'ftm',
        status: 'running',
        accept_skips: false,
        message: null,
        created_by: actor.label,
        finished_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const known = await lookUp(trx, agencyId, namedIds(plans));
    const resolved = resolvePlans(plans, known, bad, badIds);
    if (bad.length > 0 || plans.length === 0) {
      bad.sort((a, b) => a.line - b.line);
      const message =
        plans.length === 0 && bad.length === 0
          ? 'The file holds no FtM entities; nothing was imported.'
          : `${bad.length} problem(s) in the file: nothing was imported. Fix them and import it again.`;
      await trx
        .updateTable('import_jobs')
        .set({ status: 'rejected', rows_read: linesRead, message, finished_at: new Date() })
        .where('id', '=', job.id)
        .execute();
      for (const b of bad.slice(0, KEEP_BAD_LINES))
        await trx
          .insertInto('import_bad_rows')
          .values({ job_id: job.id, line: b.line, field: b.field, reason: b.reason })
          .onConflict((oc) => oc.doNothing())
          .execute();
      await appendAudit(trx, {
        actor,
        action: 'import.ftm',
        resource: { type: 'import_job', id: job.id },
        outcome: 'failure',
        requestId: opts.requestId,
        detail: { lines: linesRead, badLines: bad.length },
      });
      const badLines = bad.slice(0, KEEP_BAD_LINES);
      return {
        ...base,
        ...NONE,
        jobId: job.id,
        status: 'rejected',
        linesRead,
        ignored,
        badLineCount: bad.length,
        badLines,
        message,
      };
    }
    const written = await writePlans(
      trx,
      { agencyId, importId: job.id, userId: actor.userId },
      resolved,
      known,
    );
    await trx
      .updateTable('import_jobs')
      .set({ status: 'completed', rows_read: linesRead, rows_imported: linesRead, finished_at: new Date() })
      .where('id', '=', job.id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'import.ftm',
      resource: { type: 'import_job', id: job.id },
      outcome: 'success',
      requestId: opts.requestId,
      detail: { lines: linesRead, ...written },
    });
    return { ...base, ...written, jobId: job.id, status: 'completed', linesRead, ignored };
  });
}
