import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit, recordAudit } from '../access/audit.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { pageOf } from '../platform/listing.ts';
import { line, uuid } from '../platform/text.ts';
import { addFact, addLink, createEntity, entityPage } from './entities.ts';
import { ACTION_CODES, HANDLING, INFO_GRADES, SANITISATION_CODES, SOURCE_GRADES, TLP } from './grading.ts';
import { mentionNewReport } from './mentions.ts';
import { ENTITY_TYPES, LINK_TYPES } from './registry.ts';
import { filterReports, listReports, reportListing, reportListQuery } from './report-list.ts';
import {
  createReport,
  createSource,
  listSources,
  readReport,
  sanitiseReport,
  shareReport,
} from './reports.ts';
import { entityBody, factBody, linkBody, reportBody, sanitiseBody, shareBody, sourceBody } from './schema.ts';
import { search } from './search.ts';
import {
  createdReply,
  entityRef,
  entityShape,
  newSourceShape,
  registryShape,
  reportPageReply,
  reportShape,
  searchShape,
  sourcesReply,
} from './wire.ts';
import { workbenchRoutes } from './workbench-routes.ts';

const idParams = z.strictObject({ id: uuid });

/** The rich picture: sources, graded reports, entities with facts and links, each with its provenance. */
export const intelRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys },
) => {
  app.get('/api/intel/registry', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'Entity and link types, grading scales, handling codes and TLP labels',
      tags: ['intel'],
      response: { 200: registryShape },
    },
    handler: async () => ({
      entityTypes: ENTITY_TYPES,
      linkTypes: LINK_TYPES,
      sourceGrades: SOURCE_GRADES,
      infoGrades: INFO_GRADES,
      handling: HANDLING,
      actionCodes: ACTION_CODES,
      sanitisationCodes: SANITISATION_CODES,
      tlp: TLP,
    }),
  });

  app.get('/api/intel/search', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'One search box: names across spellings, phone numbers in any format, accounts, plates, report text',
      tags: ['intel'],
      querystring: z.strictObject({ q: line(200) }),
      response: { 200: searchShape },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const result = await search(db, actor, secretKeys, request.query.q);
      // Searches are audited by their length and counts, never by what was typed (it may be a name); the ids of
      // the entities returned are kept: a look at an operation's target by a search shows in its leak review.
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'intel.search',
          resource: { type: 'search' },
          outcome: 'success',
          requestId: request.id,
          detail: {
            length: request.query.q.length,
            entities: result.entities.length,
            reports: result.reports.length,
            tips: result.tips.length,
            entityIds: result.entities.map((e) => e.id),
          },
        }),
      );
      return result;
    },
  });

  app.get('/api/intel/sources', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "Your agency's sources with their grading record",
      tags: ['intel'],
      response: { 200: sourcesReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const sources = await listSources(db, actor);
      // Code names of informants: who listed them is recorded.
      await recordAudit(db, {
        actor,
        action: 'intel.sources_list',
        resource: { type: 'intel_source' },
        outcome: 'success',
        requestId: request.id,
        detail: { returned: sources.length },
      });
      return { sources };
    },
  });

  app.post('/api/intel/sources', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Register a source under a code name',
      tags: ['intel'],
      body: sourceBody,
      response: { 201: newSourceShape },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createSource(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/intel/reports', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Reports of your agency and those shared with it, newest first: by words, handling code, TLP, own or shared and the grades of their items, sorted by any column, a page at a time (audited)',
      tags: ['intel'],
      querystring: reportListQuery,
      response: { 200: reportPageReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { q, sort, order, page, size } = request.query;
      const found = filterReports(await listReports(db, actor, secretKeys), request.query);
      const p = pageOf(found, { q, sort, order, page, size }, reportListing, languageOf(request));
      // What the page returned, never the words looked for.
      await recordAudit(db, {
        actor,
        action: 'intel.reports_list',
        resource: { type: 'intel_report' },
        outcome: 'success',
        requestId: request.id,
        detail: { returned: p.rows.length, total: p.total, page: p.page },
      });
      return { reports: p.rows, total: p.total, page: p.page, size: p.size };
    },
  });

  app.post('/api/intel/reports', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Record an intelligence report, each item graded (3x5x2), with its handling code and TLP',
      tags: ['intel'],
      body: reportBody,
      response: { 201: createdReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send({
        // The text is in clear only here: the entities it names are found now (mentions.ts).
        id: await mentionNewReport(
          db,
          actorOf(request),
          await createReport(db, actorOf(request), secretKeys, request.body, request.id),
          request.body.items,
        ),
      }),
  });

  app.get('/api/intel/reports/:id', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'One report (audited); the source and provenance only for the originating agency',
      tags: ['intel'],
      params: idParams,
      response: { 200: reportShape },
    },
    handler: async (request) => readReport(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.post('/api/intel/reports/:id/share', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Share a report with another agency, as its handling code and TLP allow',
      tags: ['intel'],
      params: idParams,
      body: shareBody,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await shareReport(db, actorOf(request), request.params.id, request.body.agencyId, request.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/api/intel/reports/:id/sanitised', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Make a sanitised version that can be shared while the original stays restricted',
      tags: ['intel'],
      params: idParams,
      body: sanitiseBody,
      response: { 201: createdReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send({
        id: await mentionNewReport(
          db,
          actorOf(request),
          await sanitiseReport(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
          request.body.items,
        ),
      }),
  });

  await app.register(workbenchRoutes, { db, secretKeys });

  app.post('/api/intel/entities', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Create an entity of a registered type',
      tags: ['intel'],
      body: entityBody,
      response: { 201: entityRef },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createEntity(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/intel/entities/:id', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Everything you may see about an entity, each fact with its provenance; the rest counted as restricted',
      tags: ['intel'],
      params: idParams,
      response: { 200: entityShape },
    },
    handler: async (request) => entityPage(db, actorOf(request), request.params.id, request.id),
  });

  app.post('/api/intel/entities/:id/facts', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Record a fact about an entity with its provenance and grading',
      tags: ['intel'],
      params: idParams,
      body: factBody,
      response: { 201: createdReply },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send({ id: await addFact(db, actorOf(request), request.params.id, request.body, request.id) }),
  });

  app.post('/api/intel/links', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Link two entities with a registered link type, with provenance and grading',
      tags: ['intel'],
      body: linkBody,
      response: { 201: createdReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send({ id: await addLink(db, actorOf(request), request.body, request.id) }),
  });
};
