import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { makeUser, signIn, startTestApp, type TestApp, withSession } from '../../server/testing.ts';

let t: TestApp;
let cookie: string;
let otherCookie: string;
let agencyId: string;
let userId: string;

const HEADER = 'call_id,caller,callee,started_at,duration_s,kind,cell_id,cell_lat,cell_lon';
const row = (i: number, duration: string = String(10 + i)) =>
  `C${i},+66812345678,+66899999${String(i).padStart(3, '0')},2026-05-05T03:34:04+07:00,${duration},voice,TH-001-01,13.7,100.5`;
const csv = (rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

const upload = (content: string, query: Record<string, string> = {}, c = cookie) =>
  t.app.inject({
    method: 'POST',
    url: `/api/intel/imports?${new URLSearchParams({ kind: 'calls', mapping: 'lantern', fileName: 'calls.csv', ...query })}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from(content),
    ...withSession(c),
  });

/** Polls the job until it has ended. */
async function finished(id: string, app = t.app): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const res = await app.inject({ method: 'GET', url: `/api/intel/imports/${id}`, ...withSession(cookie) });
    expect(res.statusCode).toBe(200);
    const job = res.json();
    if (!['queued', 'running'].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the job did not end');
}

beforeAll(async () => {
  t = await startTestApp();
  const user = await makeUser(t, ['analyst']);
  agencyId = user.agencyId;
  userId = user.id;
  cookie = await signIn(t, user);
  otherCookie = await signIn(t, await makeUser(t, ['analyst']));
}, 60_000);
afterAll(() => t.close());

describe('imports from the browser', () => {
  let firstJob = '';

  it('takes an upload, answers 202 with a job, and imports it in the background', async () => {
    const res = await upload(csv([1, 2, 3, 4, 5].map((i) => row(i))));
    expect(res.statusCode).toBe(202);
    firstJob = res.json().jobId;
    const job = await finished(firstJob);
    expect(job).toMatchObject({
      status: 'completed',
      fileName: 'calls.csv',
      kind: 'calls',
      rowsRead: 5,
      rowsImported: 5,
      rowsSkipped: 0,
      badRows: [],
    });
    // The upload is gone once the job has ended.
    await expect.poll(() => readdirSync(t.uploadDir)).toEqual([]);
    const list = await t.app.inject({ method: 'GET', url: '/api/intel/imports', ...withSession(cookie) });
    expect(list.json().jobs[0]).toMatchObject({ id: firstJob, status: 'completed', rowsImported: 5 });
  });

  it('streams the progress as server-sent events, ending with the final state', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/intel/imports/${firstJob}/events`,
      ...withSession(cookie),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.body).toMatch(/^event: end\ndata: \{.*"status":"completed".*\}\n\n$/);
    expect(JSON.parse(res.body.split('data: ')[1] as string)).toMatchObject({ rows: 5, etaSeconds: 0 });
  });

  it('rejects a file with bad rows, listing them, and imports nothing', async () => {
    const res = await upload(csv([row(10), row(11, 'long'), row(12)]));
    expect(res.statusCode).toBe(202);
    const job = await finished(res.json().jobId);
    expect(job).toMatchObject({ status: 'rejected', rowsRead: 3, rowsImported: 0, rowsSkipped: 1 });
    expect(job.badRows).toEqual([{ line: 3, field: 'duration_s', reason: expect.any(String) }]);
    expect(job.message).toMatch(/1 bad row/);

    const again = await upload(csv([row(10), row(11, 'long'), row(12)]), { acceptSkips: 'true' });
    expect(await finished(again.json().jobId)).toMatchObject({
      status: 'completed',
      rowsImported: 2,
      rowsSkipped: 1,
    });
  });

  it("words a job's outcome and its rows' reasons in the reader's language, keeping fields and values", async () => {
    const res = await upload(
      csv([
        row(20, 'long'),
        `${row(21)},extra`,
        row(22).replace('2026-05-05T03:34:04+07:00', '05/05/2026 03:34'),
        row(23).replace('+66812345678', '+66'),
      ]),
      { fileName: 'reasons.csv' },
    );
    const id = res.json().jobId;
    const english = await finished(id);
    expect(english.badRows).toEqual([
      { line: 2, field: 'duration_s', reason: 'is not a duration in seconds (or hh:mm:ss)' },
      { line: 3, field: '(row)', reason: 'has 10 fields where the header has 9' },
      { line: 4, field: 'started_at', reason: 'is not a time in the format iso' },
      { line: 5, field: 'caller', reason: 'cannot be a valid phone number (region TH)' },
    ]);
    const thai = await t.app.inject({
      method: 'GET',
      url: `/api/intel/imports/${id}`,
      headers: { 'accept-language': 'th' },
      ...withSession(cookie),
    });
    expect(thai.json()).toMatchObject({
      status: 'rejected',
      message: 'มีแถวที่ผิดพลาด 4 แถว: ไม่ได้นำเข้าข้อมูลใด แก้ไขแถวเหล่านั้น หรือยอมรับให้ข้ามไป',
      badRows: [
        { line: 2, field: 'duration_s', reason: 'ไม่ใช่ระยะเวลาเป็นวินาที (หรือ hh:mm:ss)' },
        { line: 3, field: '(row)', reason: 'มี 10 ช่องข้อมูล แต่หัวตารางมี 9 ช่อง' },
        { line: 4, field: 'started_at', reason: 'ไม่ใช่เวลาในรูปแบบ iso' },
        { line: 5, field: 'caller', reason: 'ไม่อาจเป็นหมายเลขโทรศัพท์ที่ถูกต้องได้ (ภูมิภาค TH)' },
      ],
    });
    // The list says the outcome in the reader's language too; what is stored stays as the import wrote it.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/intel/imports',
      headers: { 'accept-language': 'zh-CN' },
      ...withSession(cookie),
    });
    expect(list.json().jobs[0]).toMatchObject({ id, message: expect.stringMatching(/^4 行有错误/) });
    const stored = await t.database.db
      .selectFrom('import_bad_rows')
      .select('reason')
      .where('job_id', '=', id)
      .orderBy('line')
      .execute();
    expect(stored[0]?.reason).toBe('is not a duration in seconds (or hh:mm:ss)');
  });

  it('says so when the same file comes again, and changes nothing', async () => {
    const res = await upload(csv([1, 2, 3, 4, 5].map((i) => row(i))), { fileName: 'again.csv' });
    const job = await finished(res.json().jobId);
    expect(job).toMatchObject({ status: 'already_imported', fileName: 'again.csv', rowsImported: 0 });
    const n = await t.database.db
      .selectFrom('call_records')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(7);
  });

  it('lists an FtM import among the jobs, by its kind', async () => {
    const line = JSON.stringify({ id: 'ftm-p1', schema: 'Person', properties: { name: ['Somchai Jaidee'] } });
    const ftm = await t.app.inject({
      method: 'POST',
      url: '/api/intel/import/ftm?file=people.ndjson',
      headers: { 'content-type': 'application/x-ndjson' },
      payload: `${line}\n`,
      ...withSession(cookie),
    });
    expect(ftm.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/intel/imports', ...withSession(cookie) });
    expect(list.statusCode).toBe(200);
    expect(list.json().jobs[0]).toMatchObject({ id: ftm.json().jobId, kind: 'ftm', status: 'completed' });
  });

  it("keeps each agency's jobs to itself", async () => {
    for (const url of [`/api/intel/imports/${firstJob}`, `/api/intel/imports/${firstJob}/events`]) {
      const res = await t.app.inject({ method: 'GET', url, ...withSession(otherCookie) });
      expect(res.statusCode).toBe(404);
    }
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/intel/imports',
      ...withSession(otherCookie),
    });
    expect(list.json().jobs).toEqual([]);
  });

  it('refuses an unknown mapping, a mapping of another kind, and an empty body', async () => {
    expect((await upload(csv([row(1)]), { mapping: 'nope' })).statusCode).toBe(404);
    expect((await upload(csv([row(1)]), { mapping: 'lantern-transfers' })).statusCode).toBe(404);
    expect((await upload('')).statusCode).toBe(400);
  });

  it('lists the built-in mappings', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/intel/mappings', ...withSession(cookie) });
    expect(res.json().mappings).toContainEqual(
      expect.objectContaining({ name: 'lantern', kind: 'calls', builtIn: true }),
    );
  });

  it('runs a job a stopped server left queued when the next one starts', async () => {
    const path = join(t.uploadDir, 'left-behind.csv');
    writeFileSync(path, csv([20, 21, 22].map((i) => row(i))));
    const job = await t.database.db
      .insertInto('import_jobs')
      .values({
        agency_id: agencyId,
        kind: 'calls',
        file_name: 'left-behind.csv',
        file_sha256: '',
        file_bytes: 0,
        mapping: 'lantern',
        status: 'running',
        accept_skips: false,
        message: null,
        created_by: 'user:test',
        finished_at: null,
        upload_path: path,
        requested_by: userId,
        requested_kind: 'user',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A second server on the same database and upload folder, as after a restart.
    const next = await buildApp({ config: t.config, database: t.database, uploadDir: t.uploadDir });
    try {
      const done = await finished(job.id, next.app);
      expect(done).toMatchObject({ status: 'completed', rowsImported: 3 });
      await expect.poll(() => existsSync(path)).toBe(false);
    } finally {
      await next.app.close();
    }
  });

  it('streams a file over 2 GiB to disk and refuses it at the limit, keeping nothing of it', {
    timeout: 120_000,
  }, async () => {
    const jobsBefore = await t.database.db.selectFrom('import_jobs').select('id').execute();
    const mib = Buffer.alloc(1 << 20, 0x31);
    const total = 2 * 1024 + 1;
    let sent = 0;
    const body = Readable.from(
      (function* () {
        for (; sent < total; sent++) yield mib;
      })(),
    );
    const before = process.memoryUsage().heapUsed;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/intel/imports?${new URLSearchParams({ kind: 'calls', mapping: 'lantern', fileName: 'huge.csv' })}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: body,
      ...withSession(cookie),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('The file is larger than 2 GiB: import it from the CLI.');
    expect(sent).toBeGreaterThan(2048);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 ** 2);
    expect(readdirSync(t.uploadDir)).toEqual([]);
    expect(await t.database.db.selectFrom('import_jobs').select('id').execute()).toHaveLength(
      jobsBefore.length,
    );
  });
});
