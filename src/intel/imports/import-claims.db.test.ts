import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_CLI } from '../../access/policy.ts';
import { insertAgency } from '../../access/users-store.ts';
import type { Db } from '../../db/connection.ts';
import { createTestDatabase } from '../../db/testing.ts';
import { importFile, LostClaim } from './calls-import.ts';
import { ImportRunner } from './import-jobs.ts';
import { BUILT_IN_MAPPINGS, type ColumnMapping } from './mapping.ts';
import { sweepStrayUploads } from './stray-uploads.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-claims-'));
const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
let database: Db;
let agencyId: string;
let files = 0;

/** A calls file of `rows` rows no other file of this test repeats. */
function callsFile(rows: number): string {
  files++;
  const lines = [HEADER];
  for (let i = 0; i < rows; i++)
    lines.push(
      `C${i},+66812${String(files).padStart(3, '0')}678,+668999${String(i).padStart(5, '0')},2026-05-05T03:34:04+07:00,${10 + i},voice,TH-001-01,13.7,100.5`,
    );
  const path = join(dir, `calls-${files}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A job as the upload route leaves it, with its file on disk (or `path`); `status` and claim as a test needs them. */
async function job(
  rows: number,
  state: { status?: string; claimedBy?: string; beatSecondsAgo?: number; path?: string } = {},
) {
  const path = state.path ?? callsFile(rows);
  const row = await database.db
    .insertInto('import_jobs')
    .values({
      agency_id: agencyId,
      kind: 'calls',
      file_name: 'calls.csv',
      // Completed jobs are one per file.
      file_sha256: state.status === 'completed' ? randomUUID() : '',
      file_bytes: 0,
      mapping: 'lantern',
      status: state.status ?? 'queued',
      accept_skips: false,
      message: null,
      created_by: 'test',
      finished_at: null,
      upload_path: path,
      claimed_by: state.claimedBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (state.beatSecondsAgo !== undefined)
    await sql`UPDATE import_jobs SET heartbeat_at = now() - make_interval(secs => ${state.beatSecondsAgo}) WHERE id = ${row.id}`.execute(
      database.db,
    );
  return { id: row.id, path };
}

const jobRow = (id: string) =>
  database.db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const rowsOf = async (id: string) =>
  Number(
    (
      await database.db
        .selectFrom('call_records')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('import_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  agencyId = await insertAgency(database.db, 'Claims police', 'police');
}, 60_000);
afterAll(() => database.close());

describe('import jobs shared by several runners', () => {
  it('runs each queued job exactly once when two runners take from one queue', async () => {
    const jobs: { id: string; path: string }[] = [];
    for (let i = 0; i < 6; i++) jobs.push(await job(150 + i));
    const a = new ImportRunner(database);
    const b = new ImportRunner(database);
    a.start();
    b.start();
    try {
      await until(async () => {
        const left = await database.db
          .selectFrom('import_jobs')
          .select('id')
          .where(
            'id',
            'in',
            jobs.map((j) => j.id),
          )
          .where('status', 'in', ['queued', 'running'])
          .execute();
        return left.length === 0;
      }, 'the six jobs');
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    for (const [i, j] of jobs.entries()) {
      const r = await jobRow(j.id);
      expect(r.status).toBe('completed');
      expect([a.id, b.id]).toContain(r.claimed_by);
      expect(await rowsOf(j.id)).toBe(150 + i);
    }
  });

  it('leaves a job a live runner holds, and takes up one whose runner stopped beating', async () => {
    const held = await job(40, { status: 'running', claimedBy: 'other-server:1:live', beatSecondsAgo: 2 });
    const orphan = await job(50, {
      status: 'running',
      claimedBy: 'other-server:2:dead',
      beatSecondsAgo: 600,
    });
    const runner = new ImportRunner(database);
    runner.start();
    try {
      await until(async () => (await jobRow(orphan.id)).status === 'completed', 'the orphaned job');
      if (database.kind === 'embedded') {
        // Only one server can open the embedded database: whatever was running there died with it.
        await until(
          async () => (await jobRow(held.id)).status === 'completed',
          'the job of the dead process',
        );
      } else {
        await new Promise((r) => setTimeout(r, 300));
        expect(await jobRow(held.id)).toMatchObject({ status: 'running', claimed_by: 'other-server:1:live' });
        expect(await rowsOf(held.id)).toBe(0);
      }
    } finally {
      await runner.stop();
    }
    expect(await jobRow(orphan.id)).toMatchObject({ status: 'completed', claimed_by: runner.id });
    expect(await rowsOf(orphan.id)).toBe(50);
  });

  it('takes up at once a job whose runner was a process of this machine now gone (a server killed)', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const orphan = await job(25, {
      status: 'running',
      claimedBy: `${hostname()}:${gone}:killed`,
      beatSecondsAgo: 1,
    });
    const runner = new ImportRunner(database);
    runner.start();
    try {
      await until(
        async () => (await jobRow(orphan.id)).status === 'completed',
        'the job of the killed server',
      );
    } finally {
      await runner.stop();
    }
    expect(await rowsOf(orphan.id)).toBe(25);
  });

  it('closes at start, on the embedded database, an import a killed command left running', async () => {
    const cli = await job(10, { status: 'running' });
    await database.db
      .updateTable('import_jobs')
      .set({ upload_path: null })
      .where('id', '=', cli.id)
      .execute();
    const runner = new ImportRunner(database);
    runner.start();
    await runner.stop();
    // On a server the command may still be running elsewhere: its job is left as it is.
    expect((await jobRow(cli.id)).status).toBe(database.kind === 'embedded' ? 'interrupted' : 'running');
  });

  it('audits at start an import a killed server completed without writing its audit entry', async () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const done = await job(0, { status: 'completed', claimedBy: `${hostname()}:${gone}:killed` });
    const live = await job(0, { status: 'completed', claimedBy: 'other-server:5:live' });
    const runner = new ImportRunner(database);
    runner.start();
    await runner.stop();
    const audited = async (id: string) =>
      (
        await database.db
          .selectFrom('audit_log')
          .select('detail')
          .where('resource_type', '=', 'import_job')
          .where('resource_id', '=', id)
          .where('action', '=', 'import.calls')
          .execute()
      ).map((a) => a.detail.auditedAfterRestart);
    expect(await audited(done.id)).toEqual([true]);
    // Another server's runner may be about to write it.
    expect(await audited(live.id)).toEqual(database.kind === 'embedded' ? [true] : []);
  });

  it('commits nothing for a runner whose job was taken over', async () => {
    const taken = await job(30, { status: 'running', claimedBy: 'new-owner', beatSecondsAgo: 0 });
    const lantern = BUILT_IN_MAPPINGS.lantern as ColumnMapping;
    const run = importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: taken.path,
      mapping: lantern,
      acceptSkips: false,
      jobId: taken.id,
      claim: 'old-owner',
    });
    await expect(run).rejects.toBeInstanceOf(LostClaim);
    expect(await rowsOf(taken.id)).toBe(0);
    expect(await jobRow(taken.id)).toMatchObject({ status: 'running', claimed_by: 'new-owner' });
  });

  it('leaves running the job of a live runner holding the same file, and closes one whose runner died', async () => {
    const live = await job(20, { status: 'running', claimedBy: 'other-server:3:live', beatSecondsAgo: 1 });
    const sha = createHash('sha256').update(readFileSync(live.path)).digest('hex');
    const dead = await job(20, { status: 'running', claimedBy: 'other-server:4:dead', beatSecondsAgo: 600 });
    for (const id of [live.id, dead.id])
      await database.db.updateTable('import_jobs').set({ file_sha256: sha }).where('id', '=', id).execute();
    const report = await importFile(database, {
      actor: SYSTEM_CLI,
      agencyId,
      path: live.path,
      mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
      acceptSkips: false,
    });
    expect(report.status).toBe('completed');
    expect(await jobRow(live.id)).toMatchObject({ status: 'running', claimed_by: 'other-server:3:live' });
    expect((await jobRow(dead.id)).status).toBe('interrupted');
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'rolls back an import whose job is taken over while its rows are being copied (server database)',
    async () => {
      const taken = await job(5000, { status: 'running', claimedBy: 'first', beatSecondsAgo: 0 });
      let stolen: Promise<unknown> | null = null;
      const run = importFile(database, {
        actor: SYSTEM_CLI,
        agencyId,
        path: taken.path,
        mapping: BUILT_IN_MAPPINGS.lantern as ColumnMapping,
        acceptSkips: false,
        jobId: taken.id,
        claim: 'first',
        progress: (p) => {
          if (p.phase === 'importing' && !stolen)
            stolen = database.db
              .updateTable('import_jobs')
              .set({ claimed_by: 'second' })
              .where('id', '=', taken.id)
              .execute();
        },
      });
      await expect(run).rejects.toBeInstanceOf(LostClaim);
      expect(stolen).not.toBeNull();
      expect(await rowsOf(taken.id)).toBe(0);
      expect((await jobRow(taken.id)).claimed_by).toBe('second');
    },
  );
});

describe('uploads a killed server left without a job', () => {
  it('are deleted at start, those a waiting job names kept; on a shared server only once an hour old', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-strays-'));
    const file = (name: string, hoursAgo = 0) => {
      const path = join(dir, name);
      writeFileSync(path, 'call_id,caller\n');
      const t = new Date(Date.now() - hoursAgo * 3_600_000);
      utimesSync(path, t, t);
      return path;
    };
    const queued = file('queued.csv', 2);
    const old = file('old-stray.csv', 2);
    const fresh = file('fresh-stray.csv');
    // Received by a server of this machine that was killed: no other can be writing it.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const killed = file(`${hostname()}_${gone}_${randomUUID()}.csv`);
    await job(0, { path: queued });
    // A job that ended as its server was killed, before its upload was deleted.
    const ended = await job(0, { status: 'completed', path: file('ended.csv', 2) });
    // Another server may still be receiving the fresh one.
    expect(await sweepStrayUploads(database.db, dir, { all: false })).toBe(3);
    expect([existsSync(queued), existsSync(old), existsSync(fresh), existsSync(killed)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    const after = await database.db
      .selectFrom('import_jobs')
      .select('upload_path')
      .where('id', '=', ended.id)
      .executeTakeFirstOrThrow();
    expect(after.upload_path).toBeNull();
    // The embedded database's only server, starting: no upload can be under way.
    expect(await sweepStrayUploads(database.db, dir, { all: true })).toBe(1);
    expect([existsSync(queued), existsSync(fresh)]).toEqual([true, false]);
    expect(await sweepStrayUploads(database.db, join(dir, 'none'), { all: true })).toBe(0);
  });
});
