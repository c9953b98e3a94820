import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { programmeInput } from './evaluation-bodies.ts';
import { auditRead, reachOf, todayOf } from './evaluation-scope.ts';
import { createdReply, measureTablesReply, programmeShape, programmesReply } from './evaluation-wire.ts';
import { createProgramme, measureChoices, readProgrammes, updateProgramme } from './programmes.ts';

// Programmes and their objectives' progress: outcomes.read reads (own agency and the agencies it oversees) and keeps
// its own agency's programmes (no personal data in them). Reads and changes audited with ids and counts.

const tags = ['outcomes'];
const idParams = z.strictObject({ id: uuid });

export const programmeRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  now?: (() => number) | undefined;
}> = async (app, { db, now }) => {
  app.get('/api/outcomes/programmes', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'Programmes with their objectives and progress measured from the indicators; those without result flagged',
      tags,
      response: { 200: programmesReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const programmes = await readProgrammes(db, await reachOf(db, actor), todayOf(now));
      await auditRead(db, actor, 'outcomes.programmes_read', request.id, {
        programmes: programmes.length,
        flagged: programmes.filter((p) => p.flag).length,
      });
      return { programmes };
    },
  });

  app.get('/api/outcomes/programmes/measures', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: "The measures an objective may use: each indicator table's cells (no counts)",
      tags,
      response: { 200: measureTablesReply },
    },
    handler: async () => ({ tables: await measureChoices(db) }),
  });

  app.get('/api/outcomes/programmes/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'One programme with its objectives and progress',
      tags,
      params: idParams,
      response: { 200: programmeShape },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const [p] = await readProgrammes(db, await reachOf(db, actor), todayOf(now), request.params.id);
      if (!p) throw new AppError('not_found', 'id: no such programme');
      await auditRead(
        db,
        actor,
        'outcomes.programme_read',
        request.id,
        { objectives: p.objectives.length, flagged: p.flag },
        { type: 'outcome_programme', id: p.id },
      );
      return p;
    },
  });

  app.post('/api/outcomes/programmes', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: "Records a programme of the caller's agency with its objectives (audited)",
      tags,
      body: programmeInput,
      response: { 201: createdReply },
    },
    handler: async (request, reply) => {
      const id = await createProgramme(db, actorOf(request), request.body, request.id);
      return reply.code(201).send({ id });
    },
  });

  app.put('/api/outcomes/programmes/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: "Changes a programme of the caller's agency; its objectives are replaced as a whole (audited)",
      tags,
      params: idParams,
      body: programmeInput,
      response: { 200: createdReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      await updateProgramme(db, actor, await reachOf(db, actor), request.params.id, request.body, request.id);
      return { id: request.params.id };
    },
  });
};
