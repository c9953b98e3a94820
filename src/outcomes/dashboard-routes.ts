import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { fileReply } from '../platform/http/file-reply.ts';
import { actorOf } from '../platform/http/request.ts';
import { instant } from '../platform/text.ts';
import { langQuery, printLanguage } from '../prosecution/pdf-language.ts';
import { dashboardFigures, filtersInWords, filtersUsed, mapFigures, provinceCentres } from './dashboard.ts';
import { DASHBOARD_K } from './dashboard-protection.ts';
import { type Filters, filtersQuery } from './filters.ts';
import { withCodes } from './indicator-codes.ts';
import { filtersInLanguage, renderOutcomesReport } from './report-pdf.ts';
import { dashboardShape, mapShape } from './wire.ts';

// The outcomes dashboard for M&E officers, coordinators and analysts (outcomes.read): the indicator tables for the
// filters chosen with every figure from 1 to k-1 hidden before it leaves the server, the headline figures by
// province for the map, and the same figures as a printable PDF. Counts only; every read audited with the names
// of the filters (never their values) and how many figures were hidden.

const tags = ['outcomes'];
const PLACES = provinceCentres()
  .map(({ country, province }) => ({ country, province }))
  .sort((a, b) => a.country.localeCompare(b.country) || a.province.localeCompare(b.province));

async function agencyName(db: Kysely<Database>, f: Filters): Promise<string | null> {
  if (!f.agency) return null;
  const a = await db.selectFrom('agencies').select('name').where('id', '=', f.agency).executeTakeFirst();
  return a?.name ?? null;
}

async function audit(
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

export const dashboardRoutes: FastifyPluginAsyncZod<{
  db: Kysely<Database>;
  /**
   * The small-cell threshold. By default the screens (read inside Lantern by audited staff) hide figures under
   * DASHBOARD_K (3); the printed report, which leaves Lantern, hides those under 11 as a release does.
   */
  k?: number;
  now?: () => Date;
}> = async (app, { db, k, now }) => {
  const clock = () => now?.() ?? new Date();

  app.get('/api/outcomes/dashboard', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'The outcomes dashboard: indicator tables for the filters, every figure from 1 to k-1 hidden (null), medians of fewer than k values hidden (audited)',
      tags,
      querystring: filtersQuery,
      response: { 200: dashboardShape },
    },
    handler: async (request) => {
      const f = request.query;
      const figures = await dashboardFigures(db, f, { k: k ?? DASHBOARD_K, now: clock() });
      await audit(
        db,
        actorOf(request),
        'outcomes.dashboard_read',
        { filters: figures.filters, tables: figures.tables.length, hidden: figures.hidden },
        request.id,
      );
      const name = await agencyName(db, f);
      return {
        ...figures,
        tables: figures.tables.map(withCodes),
        words: filtersInWords(f, name),
        agencyName: name,
        places: PLACES,
      };
    },
  });

  app.get('/api/outcomes/dashboard/map', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'Headline outcome figures by province for the map (removed, presumed victims, arrests, tips), each from 1 to k-1 hidden (audited)',
      tags,
      querystring: filtersQuery,
      response: { 200: mapShape },
    },
    handler: async (request) => {
      const figures = await mapFigures(db, request.query, { k: k ?? DASHBOARD_K, now: clock() });
      await audit(
        db,
        actorOf(request),
        'outcomes.dashboard_map_read',
        { filters: filtersUsed(request.query), provinces: figures.provinces.length },
        request.id,
      );
      return figures;
    },
  });

  app.get('/api/outcomes/dashboard/report.pdf', {
    config: { permission: 'outcomes.read' },
    schema: {
      summary:
        'The dashboard\'s figures for the filters as a printable PDF, hidden figures printed as "< k" (audited with its SHA-256)',
      tags,
      querystring: filtersQuery.extend({ generatedAt: instant().optional(), lang: langQuery }),
      response: { 200: fileReply('The outcome indicators report', 'application/pdf') },
    },
    handler: async (request, reply) => {
      const { generatedAt, lang: asked, ...f } = request.query;
      const at = generatedAt ?? clock().toISOString();
      const lang = printLanguage(asked, request.headers['accept-language']);
      const figures = await dashboardFigures(db, f, { k, now: clock() });
      const pdf = await renderOutcomesReport({
        figures,
        filters: filtersInLanguage(f, await agencyName(db, f), lang),
        generatedAt: at,
        lang,
      });
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await audit(
        db,
        actorOf(request),
        'outcomes.report_pdf',
        { filters: figures.filters, hidden: figures.hidden, sha256, bytes: pdf.length, lang },
        request.id,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="outcome-indicators.pdf"')
        .header('x-content-sha256', sha256)
        .send(pdf);
    },
  });
};
