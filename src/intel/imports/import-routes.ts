import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../access/audit.ts';
import type { Db } from '../../db/connection.ts';
import { AppError } from '../../platform/errors.ts';
import { fileReply } from '../../platform/http/file-reply.ts';
import { actorOf, languageOf } from '../../platform/http/request.ts';
import type { ServerLanguage } from '../../platform/i18n/languages.ts';
import { translateText } from '../../platform/i18n/translate-error.ts';
import { line, uuid } from '../../platform/text.ts';
import { type IMPORT_JOB_KINDS, importJobPage } from '../wire.ts';
import { FINISHED_STATUSES, type ImportRunner, progressEvent } from './import-jobs.ts';
import { importJobsReply, importQueuedReply, mappingsReply } from './import-wire.ts';
import { BUILT_IN_MAPPINGS, IMPORT_KIND_NAMES, mappingSchema } from './mapping.ts';
import { findMapping } from './mappings-store.ts';
import { uploadName } from './stray-uploads.ts';

/** The largest file the browser may upload. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
const EVENT_EVERY_MS = 500;

const idParams = z.strictObject({ id: uuid });

class TooLarge extends Error {}

/** Counts and hashes the bytes going past, and stops at the limit. */
function meter(limit: number) {
  const hash = createHash('sha256');
  const seen = { bytes: 0, sha256: '' };
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen.bytes += chunk.length;
      if (seen.bytes > limit) return done(new TooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      seen.sha256 = hash.digest('hex');
      done();
    },
  });
  return { stream, seen };
}

const jobColumns = [
  'id',
  'kind',
  'file_name',
  'file_bytes',
  'mapping',
  'status',
  'accept_skips',
  'rows_read',
  'rows_imported',
  'rows_skipped',
  'bytes_done',
  'message',
  'created_by',
  'queued_at',
  'started_at',
  'finished_at',
] as const;

type JobRow = {
  id: string;
  kind: string;
  file_name: string;
  file_bytes: string;
  mapping: string;
  status: string;
  accept_skips: boolean;
  rows_read: string;
  rows_imported: string;
  rows_skipped: string;
  bytes_done: string;
  message: string | null;
  created_by: string;
  queued_at: Date;
  started_at: Date;
  finished_at: Date | null;
};

/**
 * The imports' texts (a job's outcome, a row's reason) in the reader's language. They are stored in English as the
 * import wrote them, each a template of the server's catalogues; a text met again in a reply is translated once.
 */
function wordsIn(lang: ServerLanguage): (text: string) => string {
  const said = new Map<string, string>();
  return (text) => {
    let out = said.get(text);
    if (out === undefined) {
      out = translateText(lang, text);
      said.set(text, out);
    }
    return out;
  };
}

const jobView = (j: JobRow, say: (text: string) => string) => ({
  id: j.id,
  // Only the kinds the upload's query allows (IMPORT_KIND_NAMES) and FtM imports' are written.
  kind: j.kind as (typeof IMPORT_JOB_KINDS)[number],
  fileName: j.file_name,
  fileBytes: Number(j.file_bytes),
  mapping: j.mapping,
  status: j.status,
  acceptSkips: j.accept_skips,
  rowsRead: Number(j.rows_read),
  rowsImported: Number(j.rows_imported),
  rowsSkipped: Number(j.rows_skipped),
  bytesDone: Number(j.bytes_done),
  message: j.message === null ? null : say(j.message),
  requestedBy: j.created_by,
  queuedAt: j.queued_at,
  startedAt: j.status === 'queued' ? null : j.started_at,
  finishedAt: j.finished_at,
});

/**
 * Imports from the browser: the file is streamed to disk as the request body, a job is queued and answered at
 * once, and the server's runner imports it in the background. Its progress can be followed as server-sent events.
 */
export const importRoutes: FastifyPluginAsyncZod<{
  database: Db;
  runner: ImportRunner;
  uploadDir: string;
}> = async (app, { database, runner, uploadDir }) => {
  const { db } = database;
  // The body is handed over as a stream: it goes to disk as it arrives, never whole into memory.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  const ownJob = async (agencyId: string | null, id: string) => {
    const job = await db
      .selectFrom('import_jobs')
      .select([...jobColumns, 'agency_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!job || job.agency_id !== agencyId) throw new AppError('not_found', 'No such import job.');
    return job;
  };

  app.get('/api/intel/mappings', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'Column mappings for imports: the built-in ones and those the agency saved',
      tags: ['intel'],
      response: { 200: mappingsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const saved = await db
        .selectFrom('column_mappings')
        .select(['definition'])
        .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
        .orderBy('kind')
        .orderBy('name')
        .execute();
      const own = saved.flatMap((r) => {
        const m = mappingSchema.safeParse(r.definition);
        return m.success ? [{ name: m.data.name, kind: m.data.kind, description: m.data.description }] : [];
      });
      const builtIn = Object.values(BUILT_IN_MAPPINGS).map((m) => ({
        name: m.name,
        kind: m.kind,
        description: m.description,
        builtIn: true,
      }));
      return { mappings: [...own.map((m) => ({ ...m, builtIn: false })), ...builtIn] };
    },
  });

  app.post('/api/intel/imports', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Upload a file (the raw body, application/octet-stream) and queue its import (audited)',
      tags: ['intel'],
      querystring: z.strictObject({
        kind: z.enum(IMPORT_KIND_NAMES),
        mapping: z.string().regex(/^[a-z0-9._-]{2,60}$/),
        fileName: line(200),
        acceptSkips: z
          .enum(['true', 'false'])
          .default('false')
          .transform((v) => v === 'true'),
      }),
      response: { 202: importQueuedReply },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.agencyId) throw new AppError('forbidden', 'Imports belong to an agency.');
      const { kind, mapping, acceptSkips } = request.query;
      await findMapping(db, actor.agencyId, mapping, kind);
      const fileName = basename(request.query.fileName.replaceAll('\\', '/'));
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > MAX_UPLOAD_BYTES)
        throw new AppError('payload_too_large', 'The file is larger than 2 GiB: import it from the CLI.');
      const body = request.body;
      if (!(body instanceof Readable))
        throw new AppError('bad_request', 'Send the file as the request body.');

      await mkdir(uploadDir, { recursive: true, mode: 0o700 });
      const ext = extname(fileName).toLowerCase();
      const path = join(uploadDir, uploadName(ext));
      const { stream, seen } = meter(MAX_UPLOAD_BYTES);
      try {
        await pipeline(body, stream, createWriteStream(path, { mode: 0o600 }));
      } catch (e) {
        await unlink(path).catch(() => undefined);
        if (e instanceof TooLarge)
          throw new AppError('payload_too_large', 'The file is larger than 2 GiB: import it from the CLI.');
        throw new AppError('bad_request', 'The upload did not arrive whole. Try again.');
      }
      if (seen.bytes === 0) {
        await unlink(path).catch(() => undefined);
        throw new AppError('validation_failed', 'The file is empty.');
      }
      const job = await db
        .insertInto('import_jobs')
        .values({
          agency_id: actor.agencyId,
          kind,
          file_name: fileName,
          file_sha256: seen.sha256,
          file_bytes: seen.bytes,
          mapping,
          status: 'queued',
          accept_skips: acceptSkips,
          message: null,
          created_by: actor.label,
          finished_at: null,
          upload_path: path,
          requested_by: actor.userId,
          requested_kind: actor.kind,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(db, {
        actor,
        action: `import.${kind}.queued`,
        resource: { type: 'import_job', id: job.id },
        outcome: 'success',
        requestId: request.id,
        detail: { bytes: seen.bytes, mapping, acceptSkips },
      });
      runner.wake();
      return reply.code(202).send({ jobId: job.id });
    },
  });

  app.get('/api/intel/imports', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "The agency's import jobs, newest first",
      tags: ['intel'],
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
      response: { 200: importJobsReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const rows = await db
        .selectFrom('import_jobs')
        .select([...jobColumns])
        .where('agency_id', '=', actor.agencyId ?? '00000000-0000-0000-0000-000000000000')
        .orderBy('queued_at', 'desc')
        .orderBy('started_at', 'desc')
        .limit(request.query.limit)
        .execute();
      const say = wordsIn(languageOf(request));
      return { jobs: rows.map((j) => jobView(j, say)) };
    },
  });

  app.get('/api/intel/imports/:id', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "One import job with its bad rows (line, field, reason), its texts in the reader's language",
      tags: ['intel'],
      params: idParams,
      response: { 200: importJobPage },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const job = await ownJob(actor.agencyId, request.params.id);
      const bad = await db
        .selectFrom('import_bad_rows')
        .select(['line', 'field', 'reason'])
        .where('job_id', '=', job.id)
        .orderBy('line')
        .orderBy('field')
        .limit(1000)
        .execute();
      const say = wordsIn(languageOf(request));
      return {
        ...jobView(job, say),
        badRows: bad.map((b) => ({ line: Number(b.line), field: b.field, reason: say(b.reason) })),
      };
    },
  });

  app.get('/api/intel/imports/:id/events', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "An import job's progress as server-sent events, every half second until it ends",
      description:
        'Each event (`progress`, then one `end`; `error` if reading fails) carries JSON: status, phase, rows, bytes, totalBytes, rowsPerSecond, etaSeconds.',
      tags: ['intel'],
      params: idParams,
      response: { 200: fileReply('Progress events until the job ends', 'text/event-stream') },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const id = request.params.id;
      const live = runner.live(id);
      if (live) {
        if (live.agencyId !== actor.agencyId) throw new AppError('not_found', 'No such import job.');
      } else await ownJob(actor.agencyId, id);

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      let closed = false;
      request.raw.on('close', () => {
        closed = true;
      });
      const current = async () => {
        const l = runner.live(id);
        if (l) return progressEvent(l);
        const j = await ownJob(actor.agencyId, id);
        return progressEvent({
          status: j.status,
          phase: 'importing',
          rows: Number(j.rows_read),
          bytes: Number(j.bytes_done),
          totalBytes: Number(j.file_bytes),
          startedAt: j.status === 'queued' ? Date.now() : j.started_at.getTime(),
        });
      };
      try {
        while (!closed) {
          const event = await current();
          const finished = FINISHED_STATUSES.has(event.status);
          raw.write(`event: ${finished ? 'end' : 'progress'}\ndata: ${JSON.stringify(event)}\n\n`);
          if (finished) break;
          await new Promise((r) => setTimeout(r, EVENT_EVERY_MS));
        }
      } catch {
        if (!closed) raw.write('event: error\ndata: {}\n\n');
      }
      raw.end();
    },
  });
};
