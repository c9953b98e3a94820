import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/types.ts';
import { actorOf } from '../../platform/http/request.ts';
import { uuid } from '../../platform/text.ts';
import { createChart, listCharts, readChart, updateChart } from './charts.ts';
import { chartInput, chartListReply, chartReply } from './wire.ts';

// Saved link charts: read with intel.read, saved with intel.write, own agency only (another agency's chart is
// "not found"); every read and change audited with ids only.

const idParams = z.strictObject({ id: uuid });
const tags = ['intel'];

export const chartRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database> }> = async (app, { db }) => {
  app.get('/api/intel/network/charts', {
    config: { permission: 'intel.read' },
    schema: {
      summary: "Your agency's saved link charts, most recently changed first (audited)",
      tags,
      response: { 200: chartListReply },
    },
    handler: async (request) => ({ charts: await listCharts(db, actorOf(request), request.id) }),
  });

  app.post('/api/intel/network/charts', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Save a link chart for your agency: its nodes, their positions, and its filters (audited)',
      tags,
      body: chartInput,
      response: { 201: chartReply },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createChart(db, actorOf(request), request.body, request.id)),
  });

  app.get('/api/intel/network/charts/:id', {
    config: { permission: 'intel.read' },
    schema: {
      summary: 'One saved link chart of your agency (audited)',
      tags,
      params: idParams,
      response: { 200: chartReply },
    },
    handler: async (request) => readChart(db, actorOf(request), request.params.id, request.id),
  });

  app.put('/api/intel/network/charts/:id', {
    config: { permission: 'intel.write' },
    schema: {
      summary: 'Replace a saved link chart of your agency with a new title and content (audited)',
      tags,
      params: idParams,
      body: chartInput,
      response: { 200: chartReply },
    },
    handler: async (request) =>
      updateChart(db, actorOf(request), request.params.id, request.body, request.id),
  });
};
