import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { fileReply } from '../platform/http/file-reply.ts';
import { actorOf } from '../platform/http/request.ts';
import { day, uuid } from '../platform/text.ts';
import { toCsv } from './case-export.ts';
import { caseExport } from './case-export-load.ts';
import type { Uniform } from './dp.ts';
import { indicatorTables } from './indicators.ts';
import { releaseBody } from './release-bodies.ts';
import { approveRelease, prepareRelease, type TableSource } from './releases.ts';
import { listReleases, readRelease, releaseCsv } from './releases-read.ts';
import { DEFAULT_K } from './suppression.ts';
import { releasePrepared, releaseRow, releasesReply } from './wire.ts';

// Privacy-safe publication: releases of aggregate tables (prepared by one person, approved by a second, then
// public), their CSV with the report of what was hidden, and the k-anonymised case-level export. Counts only;
// every read and change audited with ids and counts.

const k = z.coerce.number().int().min(2).max(100).default(DEFAULT_K);

const count = z.number().nullable();
const publishedTable = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['breakdown', 'funnel', 'indicators']),
  dimensions: z.array(z.string()),
  cells: z.array(z.object({ key: z.array(z.string()), count })),
  margins: z.array(z.object({ dimension: z.string(), value: z.string(), count })),
  total: count,
});
const itemRef = z.union([
  z.object({ kind: z.literal('cell'), key: z.array(z.string()) }),
  z.object({ kind: z.literal('margin'), dimension: z.string(), value: z.string() }),
  z.object({ kind: z.literal('total') }),
]);
const releaseView = releaseRow.extend({
  filters: z.object({
    from: z.string().optional(),
    to: z.string().optional(),
    country: z.string().optional(),
    province: z.string().optional(),
    agency: z.string().optional(),
    exploitation: z.string().optional(),
    sex: z.string().optional(),
    age: z.string().optional(),
  }),
  published: z.array(publishedTable),
  report: z.object({
    summary: z.array(z.string()),
    words: z.array(z.string()),
    /** Per figure, with its reason: only for those who prepare and approve releases. */
    entries: z
      .array(
        z.object({
          table: z.string(),
          item: itemRef,
          reason: z.enum(['primary', 'secondary', 'release_consistency']),
          words: z.string(),
        }),
      )
      .nullable(),
  }),
});
const caseExportShape = z.object({
  k: z.number(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  report: z.object({
    records: z.number(),
    exported: z.number(),
    dropped: z.number(),
    generalised: z.array(z.object({ attribute: z.string(), as: z.string() })),
    smallestClass: z.number(),
    words: z.array(z.string()),
  }),
});
const exportQuery = z.strictObject({ k, from: day().optional(), to: day().optional() });
const params = z.strictObject({ id: uuid });

export const publicationRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  secretKeys: Keyring;
  /** The tables a release may name; the indicators by default. */
  source?: TableSource;
  /** The noise's randomness; the secure generator by default (tests pass a seeded one). */
  uniform?: Uniform;
}> = async (app, { db, secretKeys, source, uniform }) => {
  const tables: TableSource = source ?? ((d, f) => indicatorTables(d, f));

  app.post('/api/outcomes/releases', {
    config: { permission: 'outcomes.publish' },
    schema: {
      summary:
        'Prepare a release of named indicator tables with filters: small cells hidden (k, 11 by default), checked against every public release of the same tables, optionally with differentially private noise (ε); a second person approves it (audited)',
      tags: ['outcomes'],
      body: releaseBody,
      response: { 201: releasePrepared },
    },
    handler: async (request, reply) => {
      const r = await prepareRelease(db, actorOf(request), tables, request.body, request.id, uniform);
      return reply.code(201).send({ ...r, status: 'prepared' as const });
    },
  });

  app.post('/api/outcomes/releases/:id/approve', {
    config: { permission: 'outcomes.publish' },
    schema: {
      summary:
        'Approve a prepared release, making it public: not by the person who prepared it, and not if a release published since would now reveal small counts by subtraction (audited)',
      tags: ['outcomes'],
      params,
      response: { 200: z.object({ id: z.string(), status: z.literal('public') }) },
    },
    handler: async (request) => ({
      ...(await approveRelease(db, actorOf(request), request.params.id, request.id)),
      status: 'public' as const,
    }),
  });

  app.get('/api/outcomes/releases', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'Releases: the public ones, newest first; or those awaiting approval (status=prepared), for those who prepare and approve releases',
      tags: ['outcomes'],
      querystring: z.strictObject({ status: z.enum(['public', 'prepared']).default('public') }),
      response: { 200: releasesReply },
    },
    handler: async (request) => ({
      releases: await listReleases(db, actorOf(request), request.query.status),
    }),
  });

  app.get('/api/outcomes/releases/:id', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'A release as published (hidden figures as null) with its report; one awaiting approval only for those who prepare and approve releases (audited)',
      tags: ['outcomes'],
      params,
      response: { 200: releaseView },
    },
    handler: async (request) => readRelease(db, actorOf(request), request.params.id, request.id, 'json'),
  });

  app.get('/api/outcomes/releases/:id/csv', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'A release as CSV: a row per figure ("hidden" where not published), then its report (audited)',
      tags: ['outcomes'],
      params,
      response: { 200: fileReply('The release, a row per figure', 'text/csv') },
    },
    handler: async (request, reply) => {
      const v = await readRelease(db, actorOf(request), request.params.id, request.id, 'csv');
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="release-${v.id}.csv"`)
        .send(releaseCsv(v));
    },
  });

  app.get('/api/outcomes/case-export', {
    config: { permission: 'outcomes.publish' },
    schema: {
      summary:
        'Identified victims, one row each in the CTDC format, k-anonymised (attributes generalised, rows in classes smaller than k dropped), with the report of what was generalised and dropped (audited)',
      tags: ['outcomes'],
      querystring: exportQuery,
      response: { 200: caseExportShape },
    },
    handler: async (request) => caseExport(db, actorOf(request), secretKeys, request.query, request.id),
  });

  app.get('/api/outcomes/case-export/csv', {
    config: { permission: 'outcomes.publish' },
    schema: {
      summary: 'The k-anonymised case-level export as a CSV file in the CTDC format (audited)',
      tags: ['outcomes'],
      querystring: exportQuery,
      response: { 200: fileReply('The case-level export in the CTDC format', 'text/csv') },
    },
    handler: async (request, reply) => {
      const out = await caseExport(db, actorOf(request), secretKeys, request.query, request.id);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ctdc-k${out.k}.csv"`)
        .send(toCsv(out.columns, out.rows));
    },
  });
};
