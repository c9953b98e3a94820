import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import { assetRoutes } from './asset-routes.ts';
import { openCaseBody } from './case-bodies.ts';
import { listCasePage } from './case-list.ts';
import { readCaseFile } from './case-page.ts';
import { openCase } from './cases.ts';
import { courtFileRoutes } from './court-file-routes.ts';
import { courtRoutes } from './court-routes.ts';
import { offenceIn } from './offence-language.ts';
import { OFFENCES } from './offences/index.ts';
import {
  caseListQuery,
  caseListReply,
  caseOpenedReply,
  casePageShape,
  offencesReply,
  scopeShape,
} from './schemas.ts';
import { readScope } from './scope.ts';
import { caseWorkRoutes } from './work-routes.ts';

// The prosecution track's case files: the offence catalogue, opening and listing case files, the case page and
// the scope beyond the site. The work on a case (suspects, charges, evidence) is in work-routes.ts.

export const prosecutionRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/prosecution/offences', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'The offence catalogue of TH, KH, LA, MM, VN and CN: each offence with its legal elements and what proves them; every citation to be verified by a lawyer of the country',
      tags: ['prosecution'],
      response: { 200: offencesReply },
    },
    handler: async (request) => {
      const lang = languageOf(request);
      return { offences: OFFENCES.map((o) => offenceIn(o, lang)) };
    },
  });

  app.post('/api/prosecution/cases', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Open a case file from intelligence (a title) or from a concluded operation shared with your agency: its arrests become suspects, its exhibits you may see become evidence (audited)',
      tags: ['prosecution'],
      body: openCaseBody,
      response: { 201: caseOpenedReply },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await openCase(db, actorOf(request), request.body, languageOf(request), request.id)),
  });

  app.get('/api/prosecution/cases', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        "Your agency's case files, newest first, by reference, title or suspect, status and origin, sorted and a page at a time (audited)",
      tags: ['prosecution'],
      querystring: caseListQuery,
      response: { 200: caseListReply },
    },
    handler: async (request) =>
      listCasePage(db, actorOf(request), request.query, languageOf(request), request.id),
  });

  app.get('/api/prosecution/cases/:id', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        'A case file: suspects with role and tier, evidence, charges with each element proven, resting on the victim or a gap, what to seek next, and the testimony burden (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      response: { 200: casePageShape },
    },
    handler: async (request) =>
      readCaseFile(db, actorOf(request), request.params.id, languageOf(request), request.id),
  });

  app.get('/api/prosecution/cases/:id/scope', {
    config: { permission: 'prosecution.read' },
    schema: {
      summary:
        "Scope beyond the site: the people and sites tied to the case's suspects in the intelligence you may see, proposed as scope expansion or new targets, with the ties' evidence (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      response: { 200: scopeShape },
    },
    handler: async (request) => readScope(db, actorOf(request), request.params.id, request.id),
  });

  await app.register(caseWorkRoutes, { db });
  await app.register(courtFileRoutes, { db });
  await app.register(courtRoutes, { db, secretKeys });
  await app.register(assetRoutes, { db });
};
