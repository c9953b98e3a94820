import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { actorOf } from '../platform/http/request.ts';
import { protectFigures } from './dashboard-protection.ts';
import { FILTER_NAMES, type Filters, filtersQuery } from './filters.ts';
import { indicatorFigures } from './indicators.ts';
import { reviewedOperationSummary } from './indicators-operations.ts';

// The outcome indicators for coordinators, M&E officers and analysts: counts only, never a row about a person,
// an operation or a case. Every read is audited with the names of the filters used (never their values).

const tags = ['outcomes'];

export const indicatorTableSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['breakdown', 'funnel', 'indicators']),
  dimensions: z.array(z.string()),
  cells: z.array(z.object({ key: z.array(z.string()), count: z.number().nullable() })),
  total: z.number().nullable(),
  unfiltered: z.array(z.string()),
  hidden: z.number(),
});

const indicatorsResponse = z.object({
  filters: z.array(z.string()),
  /** Figures below k are hidden (null), with the complementary figures that would give them back. */
  k: z.number(),
  tables: z.array(indicatorTableSchema),
  medians: z.array(
    z.object({ id: z.string(), title: z.string(), days: z.number().nullable(), of: z.number().nullable() }),
  ),
});

const operationsSummary = z.object({
  operationsReviewed: z.number(),
  objectivesMet: z.object({ arrest: z.number(), evidence: z.number(), rescue: z.number() }),
  arrests: z.number(),
  arrestsNotSeparated: z.number(),
  exhibits: z.number(),
  peopleRemoved: z.number(),
  childrenRemoved: z.number(),
  screened: z.number(),
  presumedTrafficked: z.number(),
  operationsWithHarm: z.number(),
});

const filtersUsed = (f: Filters) => FILTER_NAMES.filter((n) => f[n] !== undefined);

async function auditRead(
  db: Kysely<Database>,
  actor: Actor,
  action: string,
  detail: Record<string, unknown>,
  requestId: string,
) {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action,
      resource: { type: 'outcomes' },
      outcome: 'success',
      requestId,
      detail,
    }),
  );
}

export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Kysely<Database>; now?: () => Date }> = async (
  app,
  { db, now },
) => {
  app.get('/api/outcomes/indicators', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'Outcome indicators across the cycle as tables of counts, by period, place, agency, exploitation, sex and age group',
      tags,
      querystring: filtersQuery,
      response: { 200: indicatorsResponse },
    },
    handler: async (request) => {
      const filters = request.query;
      const figures = protectFigures(await indicatorFigures(db, filters, now?.() ?? new Date()));
      const used = filtersUsed(filters);
      await auditRead(
        db,
        actorOf(request),
        'outcomes.indicators_read',
        { filters: used, tables: figures.tables.length },
        request.id,
      );
      return { filters: used, ...figures };
    },
  });

  app.get('/api/outcomes/operations', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary: 'Outcome figures over operations with a submitted review (aggregates only)',
      tags,
      response: { 200: operationsSummary },
    },
    handler: async (request) => {
      const summary = await reviewedOperationSummary(db);
      await auditRead(
        db,
        actorOf(request),
        'outcomes.operations_read',
        { operations: summary.operationsReviewed },
        request.id,
      );
      return summary;
    },
  });
};
