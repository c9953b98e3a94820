import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types.ts';
import { actorOf } from '../../platform/http/request.ts';
import { uuid } from '../../platform/text.ts';
import { visibleEntity } from '../entities.ts';
import { pictureGrades } from '../target-grades.ts';
import { runNetworkAnalysis } from './analysis-run.ts';
import { lastAnalysis, listBrokers, listGroups, siteProfile } from './groups.ts';
import {
  analysisRunBody,
  brokersReply,
  groupsReply,
  lastAnalysisReply,
  runResult,
  siteProfileShape,
  targetGradesReply,
} from './wire.ts';

// The analysis of the whole picture: run it, and read its groups, brokers and site profiles.

export const analysisRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/intel/network/analyses', {
    config: { permission: 'intel.write' },
    schema: {
      summary:
        "Analyse the agency's whole network: communities as candidate groups, brokers of the sites of concern (audited)",
      tags: ['intel'],
      body: analysisRunBody,
      response: { 200: runResult },
    },
    handler: async (request) =>
      runNetworkAnalysis(db, actorOf(request), request.id, { sites: request.body.sites }),
  });

  app.get('/api/intel/network/analysis', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "When the agency's network was last analysed, and on what",
      tags: ['intel'],
      response: { 200: lastAnalysisReply },
    },
    handler: async (request) => ({ last: await lastAnalysis(db, actorOf(request)) }),
  });

  app.get('/api/intel/network/brokers', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'People reaching two or more sites of concern through the people who run them, best first (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      response: { 200: brokersReply },
    },
    handler: async (request) => listBrokers(db, actorOf(request), request.query.limit, request.id),
  });

  app.get('/api/intel/network/groups', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        'Candidate groups: communities of the network holding sites or several people, with key people (audited)',
      tags: ['intel'],
      querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(30) }),
      response: { 200: groupsReply },
    },
    handler: async (request) => listGroups(db, actorOf(request), request.query.limit, request.id),
  });

  app.get('/api/intel/entities/:id/grades', {
    config: { permission: 'intel.read' },
    schema: {
      summary:
        "How strong the agency's intelligence on a target is: the best-graded report item about it and how many other reports back it up (what an intervention decision takes)",
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      response: { 200: targetGradesReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const e = await visibleEntity(db, actor, request.params.id);
      return { grades: e.agency_id === actor.agencyId ? await pictureGrades(db, e.agency_id, e.id) : null };
    },
  });

  app.get('/api/intel/network/sites/:id/profile', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'What the network says of a site: who runs it, the brokers supplying it, its group (audited)',
      tags: ['intel'],
      params: z.strictObject({ id: uuid }),
      response: { 200: siteProfileShape },
    },
    handler: async (request) => siteProfile(db, actorOf(request), request.params.id, request.id),
  });
};
