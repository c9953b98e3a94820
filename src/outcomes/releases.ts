import { type Kysely, sql, type Transaction } from 'kysely';
import { appendAudit, recordAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { type DpSpent, noisyTables, type Uniform } from './dp.ts';
import type { Filters } from './filters.ts';
import {
  type CountTable,
  differencesWithEarlier,
  type EarlierRelease,
  type PublishedTable,
  type ReportEntry,
  reportSummary,
  suppressTables,
} from './suppression.ts';

// Releases of aggregate figures: a set of tables published at one time, stored exactly as released. Preparing one
// computes the named tables with the filters, adds noise in the differentially private mode, and suppresses
// against every public release of the same tables (so that no subtraction of an earlier figure reveals a small
// count). A second person with the same permission approves it; the preparer cannot. Approval checks again
// against releases made public in between, and refuses if one would now reveal something.

type Q = Kysely<Database>;

/** Computes the tables a release may name (the indicators, `indicatorTables`). */
export type TableSource = (db: Q, filters: Filters) => Promise<CountTable[]>;

export interface ReleaseReport {
  k: number;
  entries: ReportEntry[];
  /** One sentence per table: how many were hidden, and why, without saying which is which. */
  summary: string[];
  dp: DpSpent | null;
  words: string[];
}

export interface PrepareInput {
  title: string;
  tables: string[];
  filters: Filters;
  k: number;
  epsilon?: number | undefined;
}

/** Every public release holding one of the tables, as earlier releases to check against (oldest first). */
export async function publicReleasesOf(
  db: Q | Transaction<Database>,
  tableIds: readonly string[],
  except?: string,
) {
  if (tableIds.length === 0) return [];
  const rows = await db
    .selectFrom('outcome_release_tables as t')
    .innerJoin('outcome_releases as r', 'r.id', 't.release_id')
    .select(['r.id', 'r.title', 'r.approved_at', 't.position', 't.published'])
    .where('r.status', '=', 'public')
    .where('t.table_id', 'in', [...tableIds])
    .$if(except !== undefined, (q) => q.where('r.id', '<>', except as string))
    .orderBy('r.approved_at')
    .orderBy('t.position')
    .execute();
  const out = new Map<string, EarlierRelease & { tables: PublishedTable[] }>();
  for (const r of rows) {
    const rel = out.get(r.id) ?? { id: r.id, title: r.title, tables: [] };
    rel.tables.push(r.published as PublishedTable);
    out.set(r.id, rel);
  }
  return [...out.values()];
}

export async function prepareRelease(
  db: Q,
  actor: Actor,
  source: TableSource,
  input: PrepareInput,
  requestId: string,
  uniform?: Uniform,
): Promise<{ id: string; hidden: number }> {
  const names = [...new Set(input.tables)];
  const all = await source(db, input.filters);
  const unknown = names.filter((n) => !all.some((t) => t.id === n));
  if (unknown.length > 0)
    throw new AppError(
      'bad_request',
      `No table named ${unknown.join(', ')}: a release names tables from the indicators (${all.map((t) => t.id).join(', ')}).`,
    );
  let chosen = names.map((n) => all.find((t) => t.id === n) as CountTable);
  let dp: DpSpent | null = null;
  if (input.epsilon !== undefined) {
    const noisy = noisyTables(chosen, input.epsilon, uniform);
    chosen = noisy.tables;
    dp = noisy.spent;
  }
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(1810)`.execute(trx);
    const earlier = await publicReleasesOf(trx, names);
    const result = suppressTables(chosen, { k: input.k, earlier });
    const report: ReleaseReport = {
      k: input.k,
      entries: result.report,
      summary: reportSummary(result),
      dp,
      words: [
        `No published figure is from 1 to ${input.k - 1}: such counts are hidden, with the figures needed to stop them being worked out from the totals.`,
        earlier.length > 0
          ? `Checked against ${earlier.length} earlier public release(s) of the same tables: no subtraction of their figures gives a count from 1 to ${input.k - 1}.`
          : 'No earlier public release holds these tables.',
        ...(dp ? [dp.words] : []),
      ],
    };
    const { id } = await trx
      .insertInto('outcome_releases')
      .values({
        title: input.title,
        k: input.k,
        epsilon: input.epsilon ?? null,
        filters: JSON.stringify(input.filters),
        report: JSON.stringify(report),
        prepared_by: actor.userId as string,
        prepared_agency: actor.agencyId as string,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('outcome_release_tables')
      .values(
        result.tables.map((t, position) => ({
          release_id: id,
          position,
          table_id: t.id,
          published: JSON.stringify(t),
        })),
      )
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'outcomes.release_prepared',
      resource: { type: 'outcome_release', id },
      outcome: 'success',
      requestId,
      detail: {
        tables: result.tables.length,
        hidden: result.report.length,
        k: input.k,
        dp: dp !== null,
        earlierReleases: earlier.length,
      },
    });
    return { id, hidden: result.report.length };
  });
}

export async function approveRelease(
  db: Q,
  actor: Actor,
  id: string,
  requestId: string,
): Promise<{ id: string }> {
  const outcome = await db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(1810)`.execute(trx);
    const r = await trx
      .selectFrom('outcome_releases')
      .select(['id', 'status', 'prepared_by', 'k'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!r) throw new AppError('not_found', 'No such release.');
    if (r.status === 'public') throw new AppError('conflict', 'This release is already public.');
    if (r.prepared_by === actor.userId)
      return {
        refused: 'preparer',
        error: new AppError(
          'forbidden',
          'You prepared this release: a second person must approve it before it is published.',
        ),
      };
    const tables = await trx
      .selectFrom('outcome_release_tables')
      .select(['table_id', 'published'])
      .where('release_id', '=', id)
      .orderBy('position')
      .execute();
    const earlier = await publicReleasesOf(
      trx,
      tables.map((t) => t.table_id),
      id,
    );
    if (tables.some((t) => differencesWithEarlier(t.published as PublishedTable, earlier, r.k).size > 0))
      return {
        refused: 'release_consistency',
        error: new AppError(
          'conflict',
          'A release of the same tables was published after this one was prepared, and subtracting it would reveal small counts: prepare this release again.',
        ),
      };
    await trx
      .updateTable('outcome_releases')
      .set({ status: 'public', approved_by: actor.userId, approved_at: new Date() })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'outcomes.release_approved',
      resource: { type: 'outcome_release', id },
      outcome: 'success',
      requestId,
      detail: { tables: tables.length },
    });
    return { refused: null, error: null };
  });
  if (outcome.error) {
    await recordAudit(db, {
      actor,
      action: 'outcomes.release_approved',
      resource: { type: 'outcome_release', id },
      outcome: 'denied',
      requestId,
      detail: { reason: outcome.refused },
    });
    throw outcome.error;
  }
  return { id };
}
