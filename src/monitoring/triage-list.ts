import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Database } from '../db/types.ts';
import { foldText } from '../intel/text-terms.ts';
import { listQuery, type Order } from '../platform/listing.ts';
import { CHILDREN, TIP_KINDS } from './intake-schemas.ts';
import { escalateOverdue } from './triage.ts';
import { DANGER_RANK, DANGERS, isDanger, TRIAGE_TARGET_MINUTES, triageDueAt } from './triage-targets.ts';
import { QUEUE_STATUSES, TRIAGE_SORTS as SORTS, TIP_CHANNELS } from './wire.ts';

// The triage queue, a page at a time, done in SQL: an agency's open tips can be many. Without a sort column the
// queue keeps the triage order (a risk to life first, then what is escalated and still new, then new before
// triaged, then by danger and the time triage is due); `urgency` is that order, most urgent first when
// descending. Any other column sorts first and the triage order breaks its ties.

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

const YES_NO = ['yes', 'no'] as const;
type Sort = (typeof SORTS)[number];

/** How the triage queue is searched (the tip's words and place), filtered and sorted. */
export const triageQueueQuery = listQuery({
  sorts: SORTS,
  order: 'desc',
  filters: {
    channel: z.enum(TIP_CHANNELS).optional(),
    danger: z.enum(DANGERS).optional(),
    kind: z.enum(TIP_KINDS).optional(),
    children: z.enum(CHILDREN).optional(),
    status: z.enum(QUEUE_STATUSES).optional(),
    escalated: z.enum(YES_NO).optional(),
    overdue: z.enum(YES_NO).optional(),
  },
});
export type TriageQueueQuery = z.output<typeof triageQueueQuery>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
/** A code's place in its list, for sorting by meaning rather than spelling. */
const rankOf = (column: string, codes: readonly string[], fallback: string) =>
  sql<number>`CASE coalesce(${sql.ref(column)}, ${fallback}) ${sql.join(
    codes.map((c, i) => sql`WHEN ${sql.lit(c)} THEN ${sql.lit(i)}`),
    sql` `,
  )} ELSE ${sql.lit(codes.length)} END`;

const DANGER = sql<number>`CASE coalesce(tips.danger, 'unknown') ${sql.join(
  DANGERS.map((d) => sql`WHEN ${sql.lit(d)} THEN ${sql.lit(DANGER_RANK[d])}`),
  sql` `,
)} END`;
/** When triage is due: as set at intake, else by the danger's target from receipt. */
const DUE = sql<Date>`coalesce(tips.due_at, tips.received_at + make_interval(mins => CASE coalesce(tips.danger,
  'unknown') ${sql.join(
    DANGERS.map((d) => sql`WHEN ${sql.lit(d)} THEN ${sql.lit(TRIAGE_TARGET_MINUTES[d])}`),
    sql` `,
  )} END))`;
const LIFE = sql<boolean>`(coalesce(tips.danger, 'unknown') = 'life')`;
const ESCALATED_NEW = sql<boolean>`(tips.escalated_at IS NOT NULL AND tips.status = 'new')`;
const overdueAt = (now: Date) => sql<boolean>`(tips.status = 'new' AND ${DUE} < ${now})`;

/** The triage order, most urgent first for `desc` (and the other way round for `asc`), then the tip's id. */
function triageOrder(order: Order) {
  const urgent = order === 'desc' ? sql`DESC` : sql`ASC`;
  const later = order === 'desc' ? sql`ASC` : sql`DESC`;
  return [
    sql`${LIFE} ${urgent}`,
    sql`${ESCALATED_NEW} ${urgent}`,
    sql`(tips.status <> 'new') ${later}`,
    sql`${DANGER} ${later}`,
    sql`${DUE} ${later}`,
    sql`tips.id ${later}`,
  ];
}

const SORT_KEY: Record<Exclude<Sort, 'urgency'>, Expression<unknown>> = {
  received_at: sql`tips.received_at`,
  due_at: DUE,
  kind: rankOf('tips.kind', TIP_KINDS, 'unknown'),
  people: sql`tips.people_count`,
  channel: rankOf('tips.channel', TIP_CHANNELS, ''),
  status: rankOf('tips.status', QUEUE_STATUSES, 'new'),
};

/** The triage queue's page: the agency's open tips matching the words and filters (audited by what it returned). */
export async function triageQueue(
  db: Q,
  actor: Actor,
  query: TriageQueueQuery,
  requestId: string,
  now = new Date(),
) {
  const agencyId = actor.agencyId ?? NO_AGENCY;
  await escalateOverdue(db, agencyId, now);
  const where: Expression<SqlBool>[] = [
    sql`tips.agency_id = ${agencyId}`,
    sql`tips.status IN ('new', 'triaged')`,
  ];
  // Each word is found anywhere in the tip's text or place, both folded (lantern_fold as foldText): "Quoc" finds
  // "Quốc". The expression is the one the trigram index is on.
  for (const word of foldText(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean))
    where.push(
      sql`lantern_fold(tips.text || ' ' || coalesce(tips.place_hint, '')) ILIKE ${`%${escapeLike(word)}%`}`,
    );
  if (query.channel) where.push(sql`tips.channel = ${query.channel}`);
  if (query.danger) where.push(sql`coalesce(tips.danger, 'unknown') = ${query.danger}`);
  if (query.kind) where.push(sql`coalesce(tips.kind, 'unknown') = ${query.kind}`);
  if (query.children) where.push(sql`coalesce(tips.children, 'unknown') = ${query.children}`);
  if (query.status) where.push(sql`tips.status = ${query.status}`);
  if (query.escalated) where.push(sql`(tips.escalated_at IS NOT NULL) = ${query.escalated === 'yes'}`);
  if (query.overdue) where.push(sql`${overdueAt(now)} = ${query.overdue === 'yes'}`);
  const filtered = db.selectFrom('tips').where((eb) => eb.and(where));

  const { n } = await filtered.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  const total = Number(n);
  const page = Math.min(query.page, Math.max(1, Math.ceil(total / query.size)));
  const dir = query.order === 'desc' ? sql`DESC` : sql`ASC`;
  const order =
    query.sort === undefined || query.sort === 'urgency'
      ? triageOrder(query.sort === undefined ? 'desc' : query.order)
      : [sql`${SORT_KEY[query.sort]} ${dir} NULLS LAST`, ...triageOrder('desc')];
  const rows = await order
    .reduce((q, o) => q.orderBy(o), filtered)
    .select([
      'id',
      'received_at',
      'channel',
      'kind',
      'danger',
      'children',
      'people_count',
      'place_hint',
      sql<string>`left(tips.text, 200)`.as('excerpt'),
      'status',
      DUE.as('due'),
      overdueAt(now).as('overdue'),
      'escalated_at',
      (eb) =>
        eb
          .selectFrom('tip_duplicates')
          .select(sql<string>`count(*)`.as('n'))
          .where('tip_duplicates.status', '<>', 'rejected')
          .where((w) =>
            w.or([
              w('tip_duplicates.tip_id', '=', w.ref('tips.id')),
              w('tip_duplicates.other_id', '=', w.ref('tips.id')),
            ]),
          )
          .as('duplicates'),
      (eb) =>
        eb
          .selectFrom('routings')
          .select(sql<string>`count(*)`.as('n'))
          .where('routings.item_type', '=', 'tip')
          .where('routings.item_id', '=', sql<string>`tips.id::text`)
          .as('routings'),
    ])
    .limit(query.size)
    .offset((page - 1) * query.size)
    .execute();
  const tips = rows.map((r) => {
    const danger = isDanger(r.danger) ? r.danger : 'unknown';
    const dueAt = r.due ? new Date(r.due) : triageDueAt(danger, new Date(r.received_at));
    return {
      id: String(r.id),
      receivedAt: new Date(r.received_at).toISOString(),
      channel: r.channel,
      kind: r.kind ?? 'unknown',
      danger,
      children: r.children ?? 'unknown',
      peopleCount: r.people_count,
      placeHint: r.place_hint,
      excerpt: r.excerpt,
      status: r.status ?? 'new',
      dueAt: dueAt.toISOString(),
      overdue: r.overdue === true,
      escalated: r.escalated_at !== null,
      duplicates: Number(r.duplicates ?? 0),
      routings: Number(r.routings ?? 0),
    };
  });
  // What the page returned, never the words looked for.
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.queue_read',
      resource: { type: 'tips' },
      outcome: 'success',
      requestId,
      detail: { count: tips.length, total, page },
    }),
  );
  return { tips, total, page, size: query.size };
}
