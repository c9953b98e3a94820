import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit, recordAudit } from '../access/audit.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { actorOf, languageOf } from '../platform/http/request.ts';
import { pageOf } from '../platform/listing.ts';
import { line, uuid } from '../platform/text.ts';
import { listProviders } from '../protection/capacity.ts';
import { batchSchema, evaluateBatch, normaliseBatch } from './batch.ts';
import {
  completeScreening,
  listScreenings,
  readScreening,
  saveAnswers,
  startScreening,
} from './interviews.ts';
import { DEFAULT_SET_ID } from './published-sets.ts';
import { createReferral, updateReferralStatus } from './referrals.ts';
import {
  answersBody,
  batchResultReply,
  completeBody,
  providersReply,
  referralBody,
  referralStatusBody,
  referralView,
  screeningPageReply,
  screeningView,
  setDefinitionReply,
  setSummaryReply,
  setsReply,
  startBody,
} from './schema.ts';
import { screeningFilter, screeningListing, screeningListQuery } from './screening-list.ts';
import { addAgencySet, findSet, listSets, withQuestions } from './sets-store.ts';

interface Deps {
  db: Kysely<Database>;
  secretKeys: Keyring;
}

const idParams = z.strictObject({ id: uuid });
/** Screening at the safe site: indicator sets, interviews, outcomes and referrals. */
export const screeningRoutes: FastifyPluginAsyncZod<Deps> = async (app, { db, secretKeys }) => {
  app.get('/api/screening/sets', {
    config: { permission: 'screening.read' },
    schema: {
      summary: "Indicator sets: the published ones and your agency's own",
      tags: ['screening'],
      response: { 200: setsReply },
    },
    handler: async (request) => ({ sets: await listSets(db, actorOf(request)) }),
  });

  app.get('/api/screening/sets/:id', {
    config: { permission: 'screening.read' },
    schema: {
      summary:
        "One indicator set with its indicators and rules, and the questions put to the person in each language (none for an agency's set without them)",
      tags: ['screening'],
      params: z.strictObject({ id: line(120) }),
      response: { 200: setDefinitionReply },
    },
    handler: async (request) => withQuestions(await findSet(db, actorOf(request), request.params.id)),
  });

  app.post('/api/screening/sets', {
    config: { permission: 'screening.write' },
    schema: {
      summary: "Add your agency's own indicator set (a national screening form) as data",
      tags: ['screening'],
      body: z.record(z.string(), z.unknown()),
      response: { 201: setSummaryReply },
    },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      const created = await addAgencySet(db, actor, request.body);
      await db.transaction().execute((trx) =>
        appendAudit(trx, {
          actor,
          action: 'screening.set_add',
          resource: { type: 'indicator_set', id: `${created.id}@${created.version}` },
          outcome: 'success',
          requestId: request.id,
        }),
      );
      return reply.status(201).send(created);
    },
  });

  app.post('/api/screening/evaluate', {
    config: { permission: 'screening.read' },
    schema: {
      summary: 'Evaluate answers against an indicator set (the format of `lantern screen`); stores nothing',
      tags: ['screening'],
      body: batchSchema,
      response: { 200: z.object({ results: z.array(batchResultReply) }) },
    },
    handler: async (request) => {
      const { setId, items } = normaliseBatch(request.body);
      const set = await findSet(db, actorOf(request), setId ?? DEFAULT_SET_ID);
      return { results: evaluateBatch(set, items) };
    },
  });

  app.get('/api/service-providers', {
    config: { permission: 'screening.read' },
    schema: {
      summary: 'The directory of service providers',
      tags: ['screening'],
      response: { 200: providersReply },
    },
    handler: async () => ({ providers: await listProviders(db) }),
  });

  app.get('/api/screenings', {
    config: { permission: 'screening.read' },
    schema: {
      summary:
        "Your agency's screenings, by pseudonym: by words, status, outcome, source, child or adult and operation, sorted and a page at a time (audited: what the page returned)",
      tags: ['screening'],
      querystring: screeningListQuery,
      response: { 200: screeningPageReply },
    },
    handler: async (request) => {
      const actor = actorOf(request);
      const { status, outcome, source, person, operation, ...query } = request.query;
      // Pseudonyms are sealed: the module opens them, then the words, sort and page apply.
      const all = await listScreenings(db, actor, secretKeys);
      const page = pageOf(
        all.filter(screeningFilter({ status, outcome, source, person, operation })),
        query,
        screeningListing,
        languageOf(request),
      );
      await recordAudit(db, {
        actor,
        action: 'screening.list',
        resource: { type: 'screening' },
        outcome: 'success',
        requestId: request.id,
        detail: {
          returned: page.rows.length,
          total: page.total,
          page: page.page,
          screeningIds: page.rows.map((s) => s.id),
        },
      });
      return { screenings: page.rows, total: page.total, page: page.page, size: page.size };
    },
  });

  app.post('/api/screenings', {
    config: { permission: 'screening.write' },
    schema: {
      summary: 'Start a screening interview (consent required; a child with a guardian)',
      tags: ['screening'],
      body: startBody,
      response: { 201: screeningView },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await startScreening(db, actorOf(request), secretKeys, request.body, request.id)),
  });

  app.get('/api/screenings/:id', {
    config: { permission: 'screening.read' },
    schema: {
      summary: 'One screening with its answers, outcome and referrals (audited)',
      tags: ['screening'],
      params: idParams,
      response: { 200: screeningView },
    },
    handler: async (request) =>
      readScreening(db, actorOf(request), secretKeys, request.params.id, request.id),
  });

  app.patch('/api/screenings/:id', {
    config: { permission: 'screening.write' },
    schema: {
      summary: 'Save answers, each "yes" with its observation; refused when someone saved in between',
      tags: ['screening'],
      params: idParams,
      body: answersBody,
      response: { 200: screeningView },
    },
    handler: async (request) =>
      saveAnswers(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
  });

  app.post('/api/screenings/:id/complete', {
    config: { permission: 'screening.write' },
    schema: {
      summary: 'Complete the screening: fixes the outcome and records non-punishment for a presumed victim',
      tags: ['screening'],
      params: idParams,
      body: completeBody,
      response: { 200: screeningView },
    },
    handler: async (request) =>
      completeScreening(
        db,
        actorOf(request),
        secretKeys,
        request.params.id,
        request.body.version,
        request.id,
      ),
  });

  app.post('/api/screenings/:id/referrals', {
    config: { permission: 'screening.write' },
    schema: {
      summary: 'Refer the person to a service, with their consent, sharing only what they agreed to',
      tags: ['screening'],
      params: idParams,
      body: referralBody,
      response: { 201: referralView },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await createReferral(db, actorOf(request), secretKeys, request.params.id, request.body, request.id),
        ),
  });

  app.patch('/api/referrals/:id', {
    config: { permission: 'screening.write' },
    schema: {
      summary: "Follow a referral's status",
      tags: ['screening'],
      params: idParams,
      body: referralStatusBody,
      response: { 200: referralView },
    },
    handler: async (request) =>
      updateReferralStatus(db, actorOf(request), request.params.id, request.body.status, request.id),
  });
};
