import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Database } from '../db/types.ts';
import { fileReply } from '../platform/http/file-reply.ts';
import { actorOf } from '../platform/http/request.ts';
import { requestLanguage } from '../platform/i18n/languages.ts';
import { instant, uuid } from '../platform/text.ts';
import { langQuery, printLanguage } from '../prosecution/pdf-language.ts';
import { COUNTRIES } from '../world/places/index.ts';
import { QUESTIONS } from './checklist.ts';
import { checklistBody } from './checklist-bodies.ts';
import { checklistFigures, placeIn, placeWords } from './checklist-figures.ts';
import { renderChecklist } from './checklist-pdf.ts';
import { createChecklist, listChecklists, readChecklist, updateChecklist } from './checklist-store.ts';
import { provinceCentres } from './dashboard.ts';
import { DEFAULT_K } from './suppression.ts';
import { checklistReply, checklistSaved, checklistsReply } from './wire.ts';

// The donor checklist (issue 17, point 7): proposals assessed question by question, each answer beside Lantern's
// own figures for the place named, listed, and printed as PDF. outcomes.read both reads and writes them: they
// hold no personal data. Kept by the writer's agency; every change, read and print audited (ids and counts).

const tags = ['outcomes'];
const params = z.strictObject({ id: uuid });
const PLACES = provinceCentres()
  .map(({ country, province }) => ({ country, province }))
  .sort((a, b) => a.country.localeCompare(b.country) || a.province.localeCompare(b.province));

const placeOf = (c: { country: string; province: string | null }) => {
  const name = COUNTRIES.find((x) => x.code === c.country)?.name ?? c.country;
  return c.province ? `${c.province}, ${name}` : name;
};

export const checklistRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  k?: number;
  now?: () => Date;
}> = async (app, { db, k, now }) => {
  const clock = () => now?.() ?? new Date();
  const questions = QUESTIONS.map((q) => ({ ...q }));

  app.get('/api/outcomes/checklists', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: "Your agency's donor checklists, the most recently changed first, with the questions they ask",
      tags,
      response: { 200: checklistsReply },
    },
    handler: async (request) => {
      const list = await listChecklists(db, actorOf(request));
      return { questions, places: PLACES, checklists: list.map((c) => ({ ...c, place: placeOf(c) })) };
    },
  });

  app.post('/api/outcomes/checklists', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'A new donor checklist: a proposal and its answers, question by question (audited)',
      tags,
      body: checklistBody,
      response: { 201: checklistSaved },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await createChecklist(db, actorOf(request), request.body, request.id)),
  });

  app.put('/api/outcomes/checklists/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'A donor checklist changed: the proposal and all its answers as they now stand (audited)',
      tags,
      params,
      body: checklistBody,
      response: { 200: checklistSaved },
    },
    handler: async (request) =>
      updateChecklist(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.get('/api/outcomes/checklists/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        "A donor checklist with Lantern's own figures for its place beside each question (small figures hidden; audited)",
      tags,
      params,
      response: { 200: checklistReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const c = await readChecklist(db, actor, request.params.id);
      const lang = requestLanguage(request.headers['accept-language']);
      const figures = await checklistFigures(db, actor, c, { k, now: clock(), lang });
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'outcomes.checklist_read',
          resource: { type: 'donor_checklist', id: c.id },
          outcome: 'success',
          requestId: request.id,
          detail: { links: Object.values(figures).flat().length },
        }),
      );
      return { questions, checklist: { ...c, place: placeOf(c) }, figures };
    },
  });

  app.get('/api/outcomes/checklists/:id/pdf', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: "A donor checklist as a PDF, with Lantern's figures for its place (audited with its SHA-256)",
      tags,
      params,
      querystring: z.strictObject({ generatedAt: instant().optional(), lang: langQuery }),
      response: { 200: fileReply('The donor checklist', 'application/pdf') },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const c = await readChecklist(db, actor, request.params.id);
      const lang = printLanguage(request.query.lang, request.headers['accept-language']);
      const figures = await checklistFigures(db, actor, c, { k, now: clock(), lang });
      const pdf = await renderChecklist({
        checklist: c,
        place: placeIn(c, lang),
        figures,
        k: k ?? DEFAULT_K,
        generatedAt: request.query.generatedAt ?? clock().toISOString(),
        lang,
      });
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'outcomes.checklist_pdf',
          resource: { type: 'donor_checklist', id: c.id },
          outcome: 'success',
          requestId: request.id,
          detail: { sha256, bytes: pdf.length },
        }),
      );
      const name = placeWords(c).replace(/[^\w.-]+/g, '_') || 'checklist';
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="donor-checklist-${name}.pdf"`)
        .header('x-content-sha256', sha256)
        .send(pdf);
    },
  });
};
