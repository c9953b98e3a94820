import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { toCsv } from './case-export.ts';
import type { Filters } from './filters.ts';
import type { ReleaseReport } from './releases.ts';
import type { PublishedTable, ReportEntry } from './suppression.ts';

// Reading releases: public ones for anyone who reads outcomes; one waiting for approval only for those who
// prepare and approve releases (to anyone else it does not exist). The per-figure reasons of the report are for
// them too: the public sees which figures are hidden and how many for each reason, not which reason is whose
// (saying a figure is hidden because it is small would narrow it to 1..k-1).

type Q = Kysely<Database>;

export interface ReleaseSummary {
  id: string;
  title: string;
  status: string;
  k: number;
  epsilon: number | null;
  tables: string[];
  preparedAt: string;
  approvedAt: string | null;
  preparedByMe: boolean;
}

export interface ReleaseView extends ReleaseSummary {
  filters: Filters;
  published: PublishedTable[];
  report: { summary: string[]; words: string[]; entries: ReportEntry[] | null };
}

const mayPrepare = (actor: Actor) => actor.permissions.has('outcomes.publish');

export async function listReleases(
  db: Q,
  actor: Actor,
  status: 'public' | 'prepared',
): Promise<ReleaseSummary[]> {
  if (status === 'prepared' && !mayPrepare(actor)) return [];
  const rows = await db
    .selectFrom('outcome_releases as r')
    .select([
      'r.id',
      'r.title',
      'r.status',
      'r.k',
      'r.epsilon',
      'r.prepared_at',
      'r.approved_at',
      'r.prepared_by',
      (eb) =>
        eb
          .selectFrom('outcome_release_tables as t')
          .whereRef('t.release_id', '=', 'r.id')
          .select((e) => e.fn.agg<string[]>('array_agg', ['t.table_id']).as('ids'))
          .as('tables'),
    ])
    .where('r.status', '=', status)
    .orderBy(status === 'public' ? 'r.approved_at' : 'r.prepared_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    k: r.k,
    epsilon: r.epsilon,
    tables: r.tables ?? [],
    preparedAt: r.prepared_at.toISOString(),
    approvedAt: r.approved_at?.toISOString() ?? null,
    preparedByMe: r.prepared_by === actor.userId,
  }));
}

export async function readRelease(db: Q, actor: Actor, id: string, requestId: string, as: 'json' | 'csv') {
  const r = await db.selectFrom('outcome_releases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r || (r.status !== 'public' && !mayPrepare(actor)))
    throw new AppError('not_found', 'No such release.');
  const tables = await db
    .selectFrom('outcome_release_tables')
    .select(['table_id', 'published'])
    .where('release_id', '=', id)
    .orderBy('position')
    .execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: as === 'csv' ? 'outcomes.release_downloaded' : 'outcomes.release_read',
      resource: { type: 'outcome_release', id },
      outcome: 'success',
      requestId,
      detail: { tables: tables.length, status: r.status },
    }),
  );
  const report = r.report as ReleaseReport;
  const view: ReleaseView = {
    id: r.id,
    title: r.title,
    status: r.status,
    k: r.k,
    epsilon: r.epsilon,
    tables: tables.map((t) => t.table_id),
    preparedAt: r.prepared_at.toISOString(),
    approvedAt: r.approved_at?.toISOString() ?? null,
    preparedByMe: r.prepared_by === actor.userId,
    filters: r.filters as Filters,
    published: tables.map((t) => t.published as PublishedTable),
    report: {
      summary: report.summary,
      words: report.words,
      entries: mayPrepare(actor) ? report.entries : null,
    },
  };
  return view;
}

const HIDDEN = 'hidden';

/** The release as one CSV: a row per published figure (table, figure, value), then the report. */
export function releaseCsv(v: ReleaseView): string {
  const rows: string[][] = [];
  for (const t of v.published) {
    for (const c of t.cells)
      rows.push([t.id, t.title, c.key.map((x, d) => `${t.dimensions[d]}: ${x}`).join('; '), figure(c.count)]);
    for (const m of t.margins)
      rows.push([t.id, t.title, `total for ${m.dimension}: ${m.value}`, figure(m.count)]);
    if (t.kind === 'breakdown') rows.push([t.id, t.title, 'grand total', figure(t.total)]);
  }
  const note = (text: string) => rows.push(['report', v.title, text, '']);
  note(
    `Released ${v.approvedAt ?? 'not yet (awaiting approval)'}; k = ${v.k}; "${HIDDEN}" marks a figure not published.`,
  );
  for (const line of v.report.words) note(line);
  for (const line of v.report.summary) note(line);
  return toCsv(['table', 'title', 'figure', 'value'], rows);
}

const figure = (n: number | null) => (n === null ? HIDDEN : String(n));
