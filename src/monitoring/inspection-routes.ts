import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { resendStatus } from '../operations/sync-rules.ts';
import { actorOf } from '../platform/http/request.ts';
import { addInterview, saveFindings } from './inspection-findings.ts';
import {
  declareInterest,
  ownInterests,
  stateIndependence,
  withdrawInterest,
} from './inspection-independence.ts';
import { recordOutcome } from './inspection-outcomes.ts';
import { referredWorkers } from './inspection-referrals.ts';
import {
  findingsBody,
  findingsSaved,
  idParams,
  independenceBody,
  inspectionCreated,
  inspectionList,
  inspectionPage,
  inspectorBody,
  inspectorsReply,
  interestBody,
  interestsReply,
  interviewBody,
  interviewRecorded,
  outcomeBody,
  outcomeRecorded,
  planBody,
  referredWorkersReply,
  visitBody,
  visitRecorded,
  withdrawBody,
  workplaceUpdateBody,
} from './inspection-schemas.ts';
import { usersWith } from './inspection-store.ts';
import { readInspection } from './inspection-view.ts';
import {
  addInspector,
  closeInspection,
  listInspections,
  planInspection,
  recordVisit,
  updateWorkplace,
} from './inspections.ts';

// Labour inspections: `monitoring.read` reads the agency's own, `monitoring.write` records; another agency's
// inspection answers 404. The workers referred to screening are read by the receiving agency's screening officers
// (`screening.read`). Every change and read is audited with ids and counts.

const P = '/api/monitoring/inspections';
const TAGS = ['monitoring'];
const done = z.object({ id: z.string() });

export const inspectionRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; secretKeys: Keyring }> = async (
  app,
  { db, secretKeys: ring },
) => {
  app.get(P, {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: "Your agency's labour inspections, and the improvement orders due a follow-up visit (audited)",
      tags: TAGS,
      response: { 200: inspectionList },
    },
    handler: async (request) => listInspections(db, actorOf(request), request.id),
  });

  app.post(P, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Plan a labour inspection (planned, unannounced, or a follow-up of a visit made); you are on it (audited)',
      tags: TAGS,
      body: planBody,
      response: { 201: inspectionCreated },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await planInspection(db, actorOf(request), request.body, request.id)),
  });

  app.get(`${P}/inspectors`, {
    config: { permission: 'monitoring.read' },
    schema: {
      summary: "Your agency's staff who record inspections, who may be put on one",
      tags: TAGS,
      response: { 200: inspectorsReply },
    },
    handler: async (request) => {
      const rows = await usersWith(db, 'monitoring.write', actorOf(request).agencyId ?? '');
      return { inspectors: rows.map((u) => ({ id: u.id, name: u.display_name })) };
    },
  });

  app.get(`${P}/interests`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Your own register of declared interests (businesses, relatives, ownership), current first (audited)',
      tags: TAGS,
      response: { 200: interestsReply },
    },
    handler: async (request) => ({ interests: await ownInterests(db, actorOf(request), ring, request.id) }),
  });

  app.post(`${P}/interests`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: 'Declare an interest on your own register (audited; the description is sealed)',
      tags: TAGS,
      body: interestBody,
      response: { 201: done },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await declareInterest(db, actorOf(request), ring, request.body, request.id)),
  });

  app.post(`${P}/interests/:id/withdraw`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Withdraw an interest from your register on a day (it stays on the register, withdrawn; audited)',
      tags: TAGS,
      params: idParams,
      body: withdrawBody,
      response: { 200: z.object({ id: z.string(), withdrawnOn: z.string() }) },
    },
    handler: async (request) =>
      withdrawInterest(db, actorOf(request), request.params.id, request.body.withdrawnOn, request.id),
  });

  app.get(`${P}/referred-workers`, {
    config: { permission: 'screening.read' },
    schema: {
      summary:
        'Workers referred to your agency for screening from labour inspections, waiting first (audited)',
      tags: TAGS,
      response: { 200: referredWorkersReply },
    },
    handler: async (request) => ({ workers: await referredWorkers(db, actorOf(request), ring, request.id) }),
  });

  app.get(`${P}/:id`, {
    config: { permission: 'monitoring.read' },
    schema: {
      summary:
        'One inspection: workplace, independence, workers present and interviewed, findings, outcomes, follow-ups (audited)',
      tags: TAGS,
      params: idParams,
      response: { 200: inspectionPage },
    },
    handler: async (request) => readInspection(db, actorOf(request), ring, request.params.id, request.id),
  });

  app.put(`${P}/:id/workplace`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: 'Correct the workplace and the planned day, until the inspection is closed (audited)',
      tags: TAGS,
      params: idParams,
      body: workplaceUpdateBody,
      response: { 200: done },
    },
    handler: async (request) =>
      updateWorkplace(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.post(`${P}/:id/inspectors`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: "Put another of your agency's inspectors on a planned inspection (audited)",
      tags: TAGS,
      params: idParams,
      body: inspectorBody,
      response: { 200: done },
    },
    handler: async (request) =>
      addInspector(db, actorOf(request), request.params.id, request.body.userId, request.id),
  });

  app.post(`${P}/:id/independence`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'State, for yourself, that you have no interest in this workplace or its employer, or a conflict (which takes you off it; audited)',
      tags: TAGS,
      params: idParams,
      body: independenceBody,
      response: { 200: z.object({ id: z.string(), statement: z.string(), removed: z.boolean() }) },
    },
    handler: async (request) =>
      stateIndependence(db, actorOf(request), request.params.id, request.body.statement, request.id),
  });

  app.post(`${P}/:id/visit`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Record the visit and the workers present, once every inspector on it has stated no interest; again to correct the counts; the same id sent again changes nothing (audited)',
      tags: TAGS,
      params: idParams,
      body: visitBody,
      response: { 200: visitRecorded },
    },
    handler: async (request) =>
      recordVisit(db, actorOf(request), request.params.id, request.body, request.id),
  });

  app.post(`${P}/:id/interviews`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Record a worker interviewed at the visit, by a code or pseudonym (sealed; audited); the same id sent again is answered 200 and changes nothing',
      tags: TAGS,
      params: idParams,
      body: interviewBody,
      response: { 200: interviewRecorded, 201: interviewRecorded },
    },
    handler: async (request, reply) => {
      const r = await addInterview(db, actorOf(request), ring, request.params.id, request.body, request.id);
      return reply.code(resendStatus('inspection_interview', r.duplicate)).send(r);
    },
  });

  app.put(`${P}/:id/findings`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Save the findings: each forced-labour indicator observed, not observed or not checked, and the labour-law breaches found (replaces the earlier; audited). Saved on a revision someone has saved over: 409 stale_revision with the findings now; the same id sent again changes nothing',
      tags: TAGS,
      params: idParams,
      body: findingsBody,
      response: { 200: findingsSaved },
    },
    handler: async (request) =>
      saveFindings(db, actorOf(request), ring, request.params.id, request.body, request.id),
  });

  app.post(`${P}/:id/outcomes`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary:
        'Record an outcome: improvement order, closure, referral to the police, workers referred to screening, warning or no breach (audited)',
      tags: TAGS,
      params: idParams,
      body: outcomeBody,
      response: { 201: outcomeRecorded },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await recordOutcome(db, actorOf(request), ring, request.params.id, request.body, request.id)),
  });

  app.post(`${P}/:id/close`, {
    config: { permission: 'monitoring.write' },
    schema: {
      summary: 'Close a visited inspection (a follow-up visit is a new inspection; audited)',
      tags: TAGS,
      params: idParams,
      response: { 200: z.object({ id: z.string(), status: z.literal('closed') }) },
    },
    handler: async (request) => closeInspection(db, actorOf(request), request.params.id, request.id),
  });
};
