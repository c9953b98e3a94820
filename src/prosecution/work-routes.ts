import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { uuid } from '../platform/text.ts';
import {
  chargeBody,
  evidenceBody,
  evidenceLinkBody,
  suspectBody,
  suspectRoleBody,
  suspectStepBody,
} from './case-bodies.ts';
import { layCharge } from './charges.ts';
import { addEvidence, linkEvidence, unlinkEvidence } from './evidence.ts';
import { SUSPECT_TIERS } from './suspect-roles.ts';
import { addSuspect, recordSuspectStep, setSuspectRole } from './suspects.ts';

// The work on a case file: suspects and their roles, cooperation and confession; charges; evidence items and the
// elements they go to. Every change is audited with ids and codes.

const linkParams = z.strictObject({
  id: uuid,
  chargeId: uuid,
  element: z.string().regex(/^[a-z_]{1,40}$/, 'must be an element code'),
  evidenceId: uuid,
});
const linkPath = '/api/prosecution/cases/:id/charges/:chargeId/elements/:element/evidence/:evidenceId';

export const caseWorkRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.post('/api/prosecution/cases/:id/suspects', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Add a suspect from an entity you may see, or by a label, with the role they played (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: suspectBody,
      response: {
        201: z.object({
          suspectId: z.string(),
          role: z.string().nullable(),
          tier: z.enum(SUSPECT_TIERS).nullable(),
        }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await addSuspect(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.put('/api/prosecution/cases/:id/suspects/:suspectId/role', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Set the role a suspect played; it classes them exploiter or facilitator (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, suspectId: uuid }),
      body: suspectRoleBody,
      response: {
        200: z.object({
          suspectId: z.string(),
          role: z.string(),
          tier: z.enum(SUSPECT_TIERS).nullable(),
        }),
      },
    },
    handler: async (request) =>
      setSuspectRole(
        db,
        actorOf(request),
        request.params.id,
        request.params.suspectId,
        request.body.role,
        request.id,
      ),
  });

  app.post('/api/prosecution/cases/:id/suspects/:suspectId/steps', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: "Record a step of a suspect's cooperation or confession, on the day it happened (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid, suspectId: uuid }),
      body: suspectStepBody,
      response: { 201: z.object({ stepId: z.string(), step: z.string() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await recordSuspectStep(
            db,
            actorOf(request),
            request.params.id,
            request.params.suspectId,
            request.body,
            request.id,
          ),
        ),
  });

  app.post('/api/prosecution/cases/:id/charges', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        "Charge a suspect with an offence of the catalogue; refused when the offence does not protect the charge's victims (audited)",
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: chargeBody,
      response: {
        201: z.object({ chargeId: z.string(), offence: z.string(), elements: z.array(z.string()) }),
      },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await layCharge(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.post('/api/prosecution/cases/:id/evidence', {
    config: { permission: 'prosecution.write' },
    schema: {
      summary:
        'Add an evidence item: an exhibit or an intelligence report you may see, a statement, or records and analyses (audited)',
      tags: ['prosecution'],
      params: z.strictObject({ id: uuid }),
      body: evidenceBody,
      response: { 201: z.object({ evidenceId: z.string(), n: z.number() }) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await addEvidence(db, actorOf(request), request.params.id, request.body, request.id)),
  });

  app.put(linkPath, {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Link an evidence item to an element of a charge (audited)',
      tags: ['prosecution'],
      params: linkParams,
      body: evidenceLinkBody,
      response: { 200: z.object({ linked: z.boolean() }) },
    },
    handler: async (request) => {
      const { id, ...ids } = request.params;
      return linkEvidence(db, actorOf(request), id, ids, request.id);
    },
  });

  app.delete(linkPath, {
    config: { permission: 'prosecution.write' },
    schema: {
      summary: 'Unlink an evidence item from an element of a charge (audited)',
      tags: ['prosecution'],
      params: linkParams,
      response: { 200: z.object({ linked: z.boolean() }) },
    },
    handler: async (request) => {
      const { id, ...ids } = request.params;
      return unlinkEvidence(db, actorOf(request), id, ids, request.id);
    },
  });
};
