import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import { fileReply } from '../../platform/http/file-reply.ts';
import { actorOf, languageOf } from '../../platform/http/request.ts';
import type { ServerLanguage } from '../../platform/i18n/languages.ts';
import { translateText } from '../../platform/i18n/translate-error.ts';
import { line } from '../../platform/text.ts';
import { startFtmExport } from './export.ts';
import { type FtmImportReport, importFtm } from './import.ts';

export const NDJSON = 'application/x-ndjson';
/** The largest file taken over HTTP; bigger ones go through `lantern intel import-ftm`. */
export const FTM_BODY_LIMIT = 16 * 1024 * 1024;

const count = z.number().int();
const importReport = z.object({
  jobId: z.string().nullable(),
  status: z.enum(['completed', 'rejected', 'already_imported']),
  file: z.string(),
  sha256: z.string(),
  linesRead: count,
  entitiesCreated: count,
  entitiesMatched: count,
  factsAdded: count,
  linksCreated: count,
  linksMatched: count,
  ignored: z.record(z.string(), count),
  badLineCount: count,
  badLines: z.array(z.object({ line: count, field: z.string(), reason: z.string() })),
  message: z.string().nullable(),
});

/** A report with its message and its bad lines' reasons in the reader's language (stored in English). */
const reportIn = (lang: ServerLanguage, r: FtmImportReport): FtmImportReport => ({
  ...r,
  message: r.message === null ? null : translateText(lang, r.message),
  badLines: r.badLines.map((b) => ({ ...b, reason: translateText(lang, b.reason) })),
});

/** FollowTheMoney JSON lines in and out, for Aleph and OpenAleph users. */
export const ftmRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  // Only this plugin's routes take JSON lines. A type that is not a simple form type also makes browsers ask
  // first (CORS preflight), so a page elsewhere cannot post a file with a user's session.
  app.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: FTM_BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.get('/api/intel/export/ftm', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "Your agency's entities and the links between them as FollowTheMoney JSON lines (audited)",
      description:
        'Streams application/x-ndjson: entities first, then links, in id order; only what you may see. Gradings and provenance travel in `lantern:` properties (see the README).',
      tags: ['intel'],
      response: { 200: fileReply('FollowTheMoney entities, one a line', NDJSON) },
    },
    handler: async (request, reply) => {
      const lines = await startFtmExport(db, actorOf(request), request.id);
      return reply
        .type(`${NDJSON}; charset=utf-8`)
        .header('content-disposition', 'attachment; filename="lantern-ftm.ndjson"')
        .send(Readable.from(lines));
    },
  });

  app.post('/api/intel/import/ftm', {
    config: { permission: 'intel.write' },
    bodyLimit: FTM_BODY_LIMIT,
    preValidation: async (request) => {
      if (!(request.headers['content-type'] ?? '').toLowerCase().startsWith(NDJSON))
        throw new AppError('unsupported_media_type', `Send the file as ${NDJSON} (one FtM entity a line).`);
    },
    schema: {
      summary: 'Import FollowTheMoney JSON lines into your agency: all or nothing, once per file',
      description: `The body is the file itself, as ${NDJSON}, at most 16 MiB. A file with a bad line changes nothing; the answer names each line, field and reason (the message and reasons in the Accept-Language language).`,
      tags: ['intel'],
      querystring: z.strictObject({ file: line(200).default('upload.ndjson') }),
      body: z.string(),
      response: { 200: importReport, 201: importReport },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      if (!actor.agencyId) throw new AppError('forbidden');
      const report = await importFtm(db, {
        actor,
        agencyId: actor.agencyId,
        text: request.body,
        file: request.query.file,
        requestId: request.id,
      });
      const said = reportIn(languageOf(request), report);
      // The error's message is translated with every error's; its details are the report as the reader reads it.
      if (report.status === 'rejected')
        throw new AppError('validation_failed', report.message ?? 'The file was not imported.', said);
      return reply.status(report.status === 'completed' ? 201 : 200).send(said);
    },
  });
};
