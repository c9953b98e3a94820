import { randomUUID } from 'node:crypto';
import { stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
import type { Actor } from '../../access/policy.ts';
import type { Db } from '../../db/connection.ts';
import { isAppError } from '../../platform/errors.ts';
import { resolveNew } from '../people/incremental.ts';
import { importFile, LostClaim } from './calls-import.ts';
import { STALE_AFTER_S } from './import-report.ts';
import { FINISHED_IMPORT_STATUSES, type ProgressEvent } from './import-wire.ts';
import { auditLateImports } from './late-audits.ts';
import { type ImportKindName, KINDS_NAMING_PEOPLE } from './mapping.ts';
import { findMapping } from './mappings-store.ts';
import { sweepStrayStages } from './stage-guard.ts';
import { processGone, sweepStrayUploads } from './stray-uploads.ts';

/** A claimed job as the runner reads it. */
interface JobRow {
  id: string;
  agency_id: string;
  kind: string;
  file_name: string;
  file_bytes: string;
  mapping: string;
  accept_skips: boolean;
  created_by: string;
  upload_path: string | null;
  requested_by: string | null;
  requested_kind: string | null;
}

/** Whether a runner (`host:pid:tag`) was a process of this machine, other than this one, that is gone. */
function localRunnerGone(claim: string): boolean {
  const [host, pid] = claim.split(':');
  return host === hostname() && Number(pid) !== process.pid && processGone(Number(pid));
}

/** Statuses after which a job changes no more. */
export const FINISHED_STATUSES: ReadonlySet<string> = new Set(FINISHED_IMPORT_STATUSES);

/** A running job as the runner sees it, between its writes to the job row. */
export interface LiveProgress {
  agencyId: string;
  status: string;
  phase: 'checking' | 'importing';
  rows: number;
  bytes: number;
  totalBytes: number;
  startedAt: number;
}

/** Rate and time left from the share of the file read so far. */
export function progressEvent(p: Omit<LiveProgress, 'agencyId'>, now = Date.now()): ProgressEvent {
  const seconds = Math.max((now - p.startedAt) / 1000, 0.001);
  // Hashing reads the file once before the rows are read: both passes count toward the time left.
  const share =
    p.totalBytes === 0
      ? 1
      : p.phase === 'checking'
        ? (p.bytes / p.totalBytes) * 0.1
        : 0.1 + (p.bytes / p.totalBytes) * 0.9;
  const finished = FINISHED_STATUSES.has(p.status);
  return {
    status: p.status,
    phase: finished ? null : p.phase,
    rows: p.rows,
    bytes: p.bytes,
    totalBytes: p.totalBytes,
    rowsPerSecond: Math.round(p.rows / seconds),
    etaSeconds: finished ? 0 : share > 0 && share < 1 ? Math.round((seconds / share) * (1 - share)) : null,
  };
}

const PERSIST_EVERY_MS = 1000;
const POLL_MS = 5000;
const HEARTBEAT_MS = 10_000;

/**
 * Runs browser imports in the server process, one at a time, oldest first. Several servers may share one
 * database: each runner claims a job with FOR UPDATE SKIP LOCKED, so no job runs twice at once, and beats a
 * heartbeat on it while it runs. A job whose runner stopped beating (its server died) goes back to the queue and
 * is taken up again: an import is all-or-nothing, so running it again from its stored upload is safe. On the
 * embedded database only one server can run, so at start every job left running is requeued at once. The upload
 * is deleted when its job ends. With several servers, their upload directory must be shared storage.
 */
export class ImportRunner {
  readonly #database: Db;
  readonly #log: FastifyBaseLogger | undefined;
  readonly #uploadDir: string | undefined;
  readonly #live = new Map<string, LiveProgress>();
  /** Names this runner on the jobs it claims. */
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  #stopped = false;
  #pending = true;
  #wakeup: (() => void) | null = null;
  #timer: NodeJS.Timeout | null = null;
  #loop: Promise<void> | null = null;

  /** `uploadDir`: where uploads wait for their jobs; those no job names (a kill mid-upload) are deleted at start. */
  constructor(database: Db, log?: FastifyBaseLogger, uploadDir?: string) {
    this.#database = database;
    this.#log = log;
    this.#uploadDir = uploadDir;
  }

  start(): void {
    if (!this.#loop) this.#loop = this.#run();
  }

  /** A job was queued: look at once rather than at the next poll. */
  wake(): void {
    this.#pending = true;
    this.#wakeup?.();
  }

  /** A job's progress while this runner runs it. */
  live(jobId: string): LiveProgress | undefined {
    return this.#live.get(jobId);
  }

  /** Resolutions of imported records, one after another. */
  #resolving: Promise<void> = Promise.resolve();

  #resolveAfter(actor: Actor, jobId: string): void {
    this.#resolving = this.#resolving
      .then(async () => {
        if (!this.#stopped) await resolveNew(this.#database.db, actor, `import:${jobId}`);
      })
      .catch((e: unknown) => {
        this.#log?.error({ err: { type: (e as Error).name } }, 'resolving an import failed');
      });
  }

  /** Waits until the resolutions of the imports done so far have run. */
  resolved(): Promise<void> {
    return this.#resolving;
  }

  /** Stops taking jobs and waits for the one running to end. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.wake();
    await this.#loop;
  }

  async #run(): Promise<void> {
    try {
      // Jobs a stopped server was running go back to the queue; their imports rolled back with the process.
      await this.#requeue(this.#database.kind === 'embedded');
      // No command can hold the embedded database while the server does: an import a `lantern import` command left
      // running (no upload: it read its file from disk) died with that command, and its rows rolled back.
      if (this.#database.kind === 'embedded')
        await this.#database.db
          .updateTable('import_jobs')
          .set({ status: 'interrupted', finished_at: new Date() })
          .where('status', '=', 'running')
          .where('upload_path', 'is', null)
          .execute();
      const late = await auditLateImports(this.#database.db, {
        all: this.#database.kind === 'embedded',
        runnerGone: localRunnerGone,
      });
      if (late > 0)
        this.#log?.warn({ late }, 'audited imports a stopped server completed without their audit entry');
      // Partitions of server imports that were stopped before attaching them (stage-guard.ts).
      const stages = await sweepStrayStages(this.#database);
      if (stages > 0) this.#log?.warn({ stages }, 'dropped the unattached tables of stopped imports');
      if (this.#uploadDir) {
        const all = this.#database.kind === 'embedded';
        const removed = await sweepStrayUploads(this.#database.db, this.#uploadDir, { all });
        if (removed > 0) this.#log?.warn({ removed }, 'removed uploads no import job names');
      }
    } catch (e) {
      this.#log?.error({ err: { type: (e as Error).name } }, 'import runner could not requeue jobs');
    }
    while (!this.#stopped) {
      this.#pending = false;
      let ran = false;
      try {
        await this.#requeue(false);
        const job = await this.#claim();
        if (job) {
          ran = true;
          await this.#runJob(job);
        }
      } catch (e) {
        if (this.#stopped) break;
        this.#log?.error({ err: { type: (e as Error).name } }, 'import runner failed');
      }
      if (!ran && !this.#pending && !this.#stopped) await this.#wait();
    }
  }

  /**
   * Puts orphaned running jobs back in the queue: all of them (`all`), or those whose heartbeat stopped or whose
   * runner was a process of this machine that is gone (a server killed and started again takes its jobs up at once,
   * not once their heartbeat is stale).
   */
  async #requeue(all: boolean): Promise<void> {
    const dead = all ? [] : await this.#deadLocalRunners();
    await this.#database.db
      .updateTable('import_jobs')
      .set({ status: 'queued', rows_read: 0, bytes_done: 0, claimed_by: null, heartbeat_at: null })
      .where('status', '=', 'running')
      .where('upload_path', 'is not', null)
      .$if(!all, (q) =>
        q.where((eb) =>
          eb.or([
            eb('heartbeat_at', 'is', null),
            eb('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${STALE_AFTER_S})`),
            ...(dead.length > 0 ? [eb('claimed_by', 'in', dead)] : []),
          ]),
        ),
      )
      .execute();
  }

  /** The runners named on running jobs that were processes of this machine, now gone. */
  async #deadLocalRunners(): Promise<string[]> {
    const claims = await this.#database.db
      .selectFrom('import_jobs')
      .select('claimed_by')
      .distinct()
      .where('status', '=', 'running')
      .where('claimed_by', 'is not', null)
      .execute();
    return claims.map((c) => c.claimed_by as string).filter(localRunnerGone);
  }

  /** Takes the oldest queued job no other runner holds, and names this runner on it. */
  async #claim() {
    const rows = await sql<JobRow>`
      UPDATE import_jobs SET status = 'running', claimed_by = ${this.id}, heartbeat_at = now()
      WHERE id = (
        SELECT id FROM import_jobs WHERE status = 'queued' AND upload_path IS NOT NULL
        ORDER BY queued_at LIMIT 1 FOR UPDATE SKIP LOCKED
      ) AND status = 'queued'
      RETURNING id, agency_id, kind, file_name, file_bytes, mapping, accept_skips, created_by, upload_path,
        requested_by, requested_kind`.execute(this.#database.db);
    return rows.rows[0];
  }

  #wait(): Promise<void> {
    return new Promise((resolve) => {
      this.#wakeup = () => {
        if (this.#timer) clearTimeout(this.#timer);
        this.#timer = null;
        this.#wakeup = null;
        resolve();
      };
      this.#timer = setTimeout(() => this.#wakeup?.(), POLL_MS);
    });
  }

  async #runJob(job: JobRow): Promise<void> {
    const { db } = this.#database;
    let lost = false;
    const heartbeat = setInterval(() => {
      db.updateTable('import_jobs')
        .set({ heartbeat_at: sql<Date>`now()` })
        .where('id', '=', job.id)
        .where('claimed_by', '=', this.id)
        .execute()
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const path = job.upload_path as string;
    const live: LiveProgress = {
      agencyId: job.agency_id,
      status: 'running',
      phase: 'checking',
      rows: 0,
      bytes: 0,
      totalBytes: Number(job.file_bytes),
      startedAt: Date.now(),
    };
    this.#live.set(job.id, live);
    const finish = async (status: string, message: string) => {
      await db
        .updateTable('import_jobs')
        .set({ status, message, finished_at: new Date() })
        .where('id', '=', job.id)
        .where('claimed_by', '=', this.id)
        .execute();
      live.status = status;
    };
    try {
      const exists = await stat(path).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await finish('failed', 'The uploaded file is no longer on the server: upload it again.');
        return;
      }
      let mapping: Awaited<ReturnType<typeof findMapping>>;
      try {
        mapping = await findMapping(db, job.agency_id, job.mapping, job.kind as ImportKindName);
      } catch (e) {
        if (!isAppError(e)) throw e;
        await finish('rejected', e.message);
        return;
      }
      const actor: Actor = {
        kind: job.requested_kind === 'token' ? 'token' : 'user',
        userId: job.requested_by,
        agencyId: job.agency_id,
        roles: [],
        permissions: new Set(),
        label: job.created_by,
      };
      let lastWrite = Date.now();
      let writing = false;
      const report = await importFile(this.#database, {
        actor,
        agencyId: job.agency_id,
        path,
        fileName: job.file_name,
        mapping,
        acceptSkips: job.accept_skips,
        jobId: job.id,
        claim: this.id,
        progress: (p) => {
          live.phase = p.phase;
          live.bytes = p.bytes;
          live.totalBytes = p.totalBytes;
          live.rows = p.rows;
          const now = Date.now();
          if (writing || now - lastWrite < PERSIST_EVERY_MS) return;
          lastWrite = now;
          writing = true;
          db.updateTable('import_jobs')
            .set({ rows_read: p.rows, bytes_done: p.bytes })
            .where('id', '=', job.id)
            .where('status', '=', 'running')
            .execute()
            .catch(() => undefined)
            .finally(() => {
              writing = false;
            });
        },
      });
      live.bytes = live.totalBytes;
      live.rows = report.rowsRead;
      // Records that name people are resolved against the people already known once the job is done, one
      // resolution after another, while the runner goes on to the next job (a resolution cut short by a stop
      // leaves its records unresolved, and the next import's resolution takes them up).
      if (report.status === 'completed' && KINDS_NAMING_PEOPLE.has(job.kind))
        this.#resolveAfter(actor, job.id);
      live.status = report.status;
      await db
        .updateTable('import_jobs')
        .set({ bytes_done: live.totalBytes })
        .where('id', '=', job.id)
        .execute();
    } catch (e) {
      if (e instanceof LostClaim) {
        // Another runner has the job now (this one was thought dead): leave it and its upload to that runner.
        lost = true;
        live.status = 'queued';
        return;
      }
      // Nothing personal is in the message a file's rows could put there: the job says only that it failed.
      this.#log?.error({ err: { type: (e as Error).name } }, 'import job failed');
      await finish('failed', 'The import failed on the server; nothing was imported. Try again.').catch(
        () => undefined,
      );
    } finally {
      clearInterval(heartbeat);
      if (!lost) {
        await unlink(path).catch(() => undefined);
        await db
          .updateTable('import_jobs')
          .set({ upload_path: null })
          .where('id', '=', job.id)
          .execute()
          .catch(() => undefined);
      }
      // Kept a little while so that a client reading the progress sees the end without asking the database.
      setTimeout(() => this.#live.delete(job.id), 60_000).unref();
    }
  }
}
