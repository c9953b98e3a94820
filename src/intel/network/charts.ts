import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { Actor } from '../../access/policy.ts';
import type { Database } from '../../db/types.ts';
import { AppError } from '../../platform/errors.ts';
import type { ChartDocument, ChartInput, ChartReply, ChartSummary } from './wire.ts';

// Saved link charts, shared within the agency that made them. A chart is ids, positions and filters, never
// labels: reopened, it is drawn again from the graph as its reader may see it today. Every read and change is
// audited with the chart's id and the entity ids it holds (no title, no labels, no numbers).

type Q = Kysely<Database>;

function agencyOf(actor: Actor): { agencyId: string; userId: string } {
  if (!actor.agencyId || !actor.userId) throw new AppError('forbidden', 'Link charts belong to an agency.');
  return { agencyId: actor.agencyId, userId: actor.userId };
}

const entityIds = (c: ChartDocument) => c.nodes.map((n) => n.id).filter((id) => !id.includes(':'));

async function audit(
  db: Q,
  actor: Actor,
  action: string,
  requestId: string,
  id: string,
  detail: Record<string, unknown>,
) {
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action,
      resource: { type: 'link_chart', id },
      outcome: 'success',
      requestId,
      detail,
    }),
  );
}

const chartColumns = [
  'link_charts.id',
  'link_charts.title',
  'link_charts.created_at',
  'link_charts.updated_at',
  'link_charts.chart',
  'users.display_name',
] as const;

function summaryOf(r: {
  id: string;
  title: string;
  created_at: Date;
  updated_at: Date;
  chart: ChartDocument;
  display_name: string;
}): ChartSummary {
  return {
    id: r.id,
    title: r.title,
    createdBy: r.display_name,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    nodes: r.chart.nodes.length,
  };
}

/** The charts of the actor's agency, most recently changed first (audited: their ids). */
export async function listCharts(db: Q, actor: Actor, requestId: string): Promise<ChartSummary[]> {
  const { agencyId } = agencyOf(actor);
  const rows = await db
    .selectFrom('link_charts')
    .innerJoin('users', 'users.id', 'link_charts.created_by')
    .select(chartColumns)
    .where('link_charts.agency_id', '=', agencyId)
    .orderBy('link_charts.updated_at', 'desc')
    .limit(500)
    .execute();
  await audit(db, actor, 'intel.chart_list', requestId, agencyId, { chartIds: rows.map((r) => r.id) });
  return rows.map(summaryOf);
}

async function find(db: Q, agencyId: string, id: string) {
  const row = await db
    .selectFrom('link_charts')
    .innerJoin('users', 'users.id', 'link_charts.created_by')
    .select([...chartColumns, 'link_charts.agency_id'])
    .where('link_charts.id', '=', id)
    .executeTakeFirst();
  // Another agency's chart is answered as one that does not exist.
  if (!row || row.agency_id !== agencyId)
    throw new AppError('not_found', 'id: no such link chart of your agency');
  return row;
}

/** One chart of the actor's agency (audited: its id and the entity ids on it); another agency's is not found. */
export async function readChart(db: Q, actor: Actor, id: string, requestId: string): Promise<ChartReply> {
  const { agencyId } = agencyOf(actor);
  const row = await find(db, agencyId, id);
  await audit(db, actor, 'intel.chart_read', requestId, id, { entityIds: entityIds(row.chart) });
  return { ...summaryOf(row), chart: row.chart };
}

export async function createChart(db: Q, actor: Actor, input: ChartInput, requestId: string) {
  const { agencyId, userId } = agencyOf(actor);
  const row = await db.transaction().execute(async (trx) => {
    const made = await trx
      .insertInto('link_charts')
      .values({
        agency_id: agencyId,
        title: input.title,
        created_by: userId,
        updated_by: userId,
        updated_at: new Date(),
        chart: JSON.stringify(input.chart),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actor,
      action: 'intel.chart_create',
      resource: { type: 'link_chart', id: made.id },
      outcome: 'success',
      requestId,
      detail: { entityIds: entityIds(input.chart) },
    });
    return made;
  });
  return readChartQuietly(db, agencyId, row.id);
}

/** Replaces a chart's title and content (any analyst of the agency may; the change is audited). */
export async function updateChart(db: Q, actor: Actor, id: string, input: ChartInput, requestId: string) {
  const { agencyId, userId } = agencyOf(actor);
  await find(db, agencyId, id);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('link_charts')
      .set({
        title: input.title,
        chart: JSON.stringify(input.chart),
        updated_by: userId,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .where('agency_id', '=', agencyId)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'intel.chart_update',
      resource: { type: 'link_chart', id },
      outcome: 'success',
      requestId,
      detail: { entityIds: entityIds(input.chart) },
    });
  });
  return readChartQuietly(db, agencyId, id);
}

/** The chart just written, returned to its writer (the write itself is the audited event). */
async function readChartQuietly(db: Q, agencyId: string, id: string): Promise<ChartReply> {
  const row = await find(db, agencyId, id);
  return { ...summaryOf(row), chart: row.chart };
}
