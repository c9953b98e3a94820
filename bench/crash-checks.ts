import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/connection.ts';
import { LOAD_TABLE_PATTERN } from '../src/db/load-indexes.ts';
import { IMPORT_KINDS } from '../src/intel/imports/kinds.ts';
import type { CrashActors, Workload } from './crash-work.ts';
import type { DemoSetup } from './load-server.ts';

// The checks the crash benchmark makes after each kill: the chains verify (through the `lantern` command), the
// database holds no half-done work, what the server acknowledged is there, and field-log entries resent after the
// restart are each recorded once.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The name of each check that failed, with what was found. */
export type Failures = string[];

/** `lantern audit verify` and `lantern evidence verify` on the database, as an administrator would run them. */
export async function verifyChains(setup: DemoSetup): Promise<Failures> {
  const failures: Failures = [];
  for (const command of [
    ['audit', 'verify'],
    ['evidence', 'verify'],
  ]) {
    try {
      await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'lantern.js'), ...command], {
        cwd: ROOT,
        env: { ...setup.env, LANTERN_LANG: 'en' },
      });
    } catch (e) {
      const out = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
      failures.push(`lantern ${command.join(' ')} failed: ${out.trim().split('\n').slice(-3).join(' / ')}`);
    }
  }
  return failures;
}

/** What the database holds of the work, read directly while no server runs on it. */
export interface DatabaseState {
  failures: Failures;
  /** Import jobs not yet ended (queued or running). */
  unfinishedJobs: number;
  /** Jobs left 'running' by the dead server. */
  runningJobs: number;
  completedJobs: number;
  /**
   * What a kill may leave for the next start to put right (an upload without its job, a completed import without
   * its audit entry): a failure if still there at the next check, or at the end.
   */
  pending: string[];
  /** Each import job's status, by its file's name. */
  statusOf: Map<string, string>;
}

/**
 * Every import job completed with all its rows (those the file holds, when the benchmark sent it) or has none;
 * every completed import audited and uploads on disk named by a waiting job (or left for the next start: `pending`); each screening's version counts its audited
 * saves; what the server acknowledged (custody entries, screening saves) is there.
 */
export async function checkDatabase(
  setup: DemoSetup,
  work: Workload,
  actors: CrashActors,
): Promise<DatabaseState> {
  const database = await openDatabase({ databaseUrl: setup.env.DATABASE_URL, dataDir: setup.dataDir });
  const failures: Failures = [];
  const pending: string[] = [];
  try {
    const { db } = database;
    const jobs = await db
      .selectFrom('import_jobs')
      .select(['id', 'kind', 'status', 'file_name', 'rows_imported', 'upload_path'])
      .execute();
    // Each kind of import writes to its own table (the demo's intelligence has several kinds).
    const rowsOf = new Map<string, number>();
    for (const kind of new Set(jobs.map((j) => j.kind))) {
      const table = IMPORT_KINDS[kind as keyof typeof IMPORT_KINDS]?.table;
      if (!table) continue;
      const rows = await sql<{ import_id: string; n: string }>`
        SELECT import_id, count(*) AS n FROM ${sql.table(table)} GROUP BY import_id`.execute(db);
      for (const r of rows.rows) rowsOf.set(r.import_id, Number(r.n));
    }
    const audited = new Set(
      (
        await db
          .selectFrom('audit_log')
          .select('resource_id')
          .where('resource_type', '=', 'import_job')
          .where('action', 'like', 'import.%')
          .where('action', 'not like', '%.queued')
          .where('outcome', '=', 'success')
          .execute()
      ).map((a) => a.resource_id),
    );
    for (const j of jobs) {
      const n = rowsOf.get(j.id) ?? 0;
      rowsOf.delete(j.id);
      const sent = work.uploads.get(j.file_name);
      if (j.status === 'completed') {
        if (n !== Number(j.rows_imported))
          failures.push(`import ${j.file_name}: completed with ${j.rows_imported} rows but ${n} are there`);
        if (sent && n !== sent.rows)
          failures.push(`import ${j.file_name}: completed with ${n} of the file's ${sent.rows} rows`);
        if (!audited.has(j.id)) pending.push(`import ${j.file_name}: completed but not audited`);
      } else if (n !== 0) failures.push(`import ${j.file_name}: ${j.status} yet ${n} of its rows are there`);
    }
    for (const [importId, n] of rowsOf)
      if (importId) failures.push(`${n} imported rows of an import job that does not exist (${importId})`);
    const waiting = jobs.filter((j) => j.status === 'queued' || j.status === 'running');
    const kept = new Set(waiting.map((j) => j.upload_path).filter(Boolean));
    const uploads = join(setup.dataDir, 'uploads');
    let files: string[] = [];
    try {
      files = readdirSync(uploads);
    } catch {}
    const strays = files.filter((f) => !kept.has(join(uploads, f)));
    for (const f of strays) pending.push(`upload ${f}: on disk, no queued or running import job names it`);
    for (const j of waiting)
      if (j.upload_path && !files.includes(j.upload_path.split('/').pop() ?? ''))
        failures.push(`import ${j.file_name}: ${j.status}, its upload is gone`);
    // A server's large import commits its partition before attaching it (stage-guard.ts): one killed in between
    // leaves the table, which the next start drops.
    const stages = await sql<{ name: string }>`
      SELECT relname AS name FROM pg_class
      WHERE relkind = 'r' AND NOT relispartition AND relname ~ ${LOAD_TABLE_PATTERN}`.execute(db);
    for (const t of stages.rows) pending.push(`table ${t.name}: a load's table no import attached`);

    for (const id of actors.screenings) {
      const s = await db
        .selectFrom('screenings')
        .select(['version', 'status'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const saves = await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('resource_type', '=', 'screening')
        .where('resource_id', '=', id)
        .where('action', '=', 'screening.answer')
        .executeTakeFirstOrThrow();
      if (s.version !== 1 + Number(saves.n))
        failures.push(`screening ${id}: version ${s.version} after ${saves.n} audited saves`);
      if (s.version < (work.screeningAcked.get(id) ?? 0))
        failures.push(
          `screening ${id}: version ${work.screeningAcked.get(id)} was acknowledged, ${s.version} is there`,
        );
    }
    for (const id of actors.exhibits) {
      const x = await db
        .selectFrom('exhibits')
        .select('custody_count')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (x.custody_count < (work.custodyAcked.get(id) ?? 0))
        failures.push(
          `exhibit ${id}: custody entry ${work.custodyAcked.get(id)} was acknowledged, ${x.custody_count} are there`,
        );
    }
    const count = (pred: (j: (typeof jobs)[number]) => boolean) => jobs.filter(pred).length;
    return {
      failures,
      unfinishedJobs: count((j) => j.status === 'queued' || j.status === 'running'),
      runningJobs: count((j) => j.status === 'running'),
      completedJobs: count((j) => j.status === 'completed'),
      statusOf: new Map(jobs.map((j) => [j.file_name, j.status])),
      pending,
    };
  } finally {
    await database.close();
  }
}

/**
 * After the restart: resends every field-log entry that was sent, acknowledged or not (a phone that did not hear
 * the answer sends it again); each must be taken (201 new, 200 already there), and the log must then hold each
 * client id exactly once.
 */
export async function resendLog(baseUrl: string, work: Workload, actors: CrashActors): Promise<Failures> {
  const failures: Failures = [];
  const path = `${baseUrl}/api/operations/plans/${actors.operationId}/log`;
  const headers = { cookie: actors.commander.cookie, 'content-type': 'application/json' };
  const pending = [...work.log.entries()].filter(([, e]) => !e.acked);
  const some = [...work.log.entries()].filter(([, e]) => e.acked).slice(-5);
  for (const [id, e] of [...pending, ...some]) {
    const r = await fetch(path, { method: 'POST', headers, body: JSON.stringify(e.body) });
    await r.arrayBuffer();
    if (r.status !== 200 && r.status !== 201)
      failures.push(`field log: resending ${id} answered ${r.status}`);
    else e.acked = true;
  }
  const r = await fetch(path, { headers });
  const { entries } = (await r.json()) as { entries: { id: string }[] };
  const seen = new Map<string, number>();
  for (const e of entries) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  for (const id of work.log.keys()) {
    const n = seen.get(id) ?? 0;
    if (n !== 1) failures.push(`field log: entry ${id} is there ${n} times`);
  }
  return failures;
}
