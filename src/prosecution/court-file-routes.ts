import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Database } from '../db/types.ts';
import { fileReply } from '../platform/http/file-reply.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { courtFileDocument } from './court-document.ts';
import { renderCourtFile } from './court-file-pdf.ts';
import { langQuery, printLanguage } from './pdf-language.ts';

// The file for court as a PDF. The same case at the same generation time gives the same bytes; the file's SHA-256
// is written to the audit log with who generated it, so a copy handed to a court can be checked against it.

export const courtFileRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/prosecution/cases/:id/court-file.pdf', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'The case file for court as a paginated PDF: index, charges and elements, evidence with custody, timeline, link chart (audited with its SHA-256)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      querystring: z.strictObject({
        generatedAt: z.iso.datetime().optional(),
        lang: langQuery,
      }),
      response: { 200: fileReply('The case file for court', 'application/pdf') },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const doc = await courtFileDocument(db, actor, request.params.id, {
        generatedAt: request.query.generatedAt ?? new Date().toISOString(),
        requestId: request.id,
        lang: printLanguage(request.query.lang, request.headers['accept-language']),
      });
      const pdf = await renderCourtFile(doc);
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'prosecution.court_file_pdf',
          resource: { type: 'prosecution_case', id: request.params.id },
          outcome: 'success',
          requestId: request.id,
          detail: { sha256, bytes: pdf.length, generatedAt: doc.generatedAt, lang: doc.lang },
        }),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${doc.caseRef.replace(/[^\w.-]/g, '_')}.pdf"`)
        .header('x-content-sha256', sha256)
        .send(pdf);
    },
  });
};
