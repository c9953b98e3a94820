import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import { type Actor, hasPermission } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import type { Tlp } from '../intel/grading.ts';
import { mentionReport } from '../intel/mentions.ts';
import { writeReport } from '../intel/reports.ts';
import { AppError } from '../platform/errors.ts';
import type { ServerLanguage } from '../platform/i18n/languages.ts';
import { isId } from '../platform/text.ts';
import type { FeedbackStatus } from './codes.ts';
import { openDetails } from './intake.ts';
import { feedEntities } from './receiving-entities.ts';
import { receivedReportWords, routedSourceDescription } from './receiving-report.ts';

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** What was routed to the actor's agency, newest first, with the copy it holds. */
export async function inbox(db: Q, actor: Actor, requestId: string) {
  const rows = await db
    .selectFrom('routings')
    .innerJoin('agencies', 'agencies.id', 'routings.from_agency_id')
    .leftJoin('tips', 'tips.id', 'routings.copy_tip_id')
    .select([
      'routings.id',
      'routings.item_type',
      'agencies.name',
      'routings.sent_at',
      'routings.status',
      'routings.copy_tip_id',
      'routings.report_id',
      'routings.feedback',
      'tips.kind',
      'tips.danger',
      'tips.children',
      'tips.text',
    ])
    .where('routings.to_agency_id', '=', actor.agencyId ?? NO_AGENCY)
    .orderBy('routings.sent_at', 'desc')
    .limit(300)
    .execute();
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.inbox_read',
      resource: { type: 'routings' },
      outcome: 'success',
      requestId,
      detail: { count: rows.length },
    }),
  );
  return {
    items: rows.map((r) => ({
      routingId: r.id,
      itemType: r.item_type,
      fromAgencyName: r.name,
      sentAt: new Date(r.sent_at).toISOString(),
      status: r.status,
      kind: r.kind ?? 'unknown',
      danger: r.danger ?? 'unknown',
      children: r.children ?? 'unknown',
      excerpt: (r.text ?? '').slice(0, 200),
      copyTipId: r.copy_tip_id === null ? null : String(r.copy_tip_id),
      reportId: r.report_id,
      feedback: r.feedback,
    })),
  };
}

async function routingTo(q: Q | Transaction<Database>, actor: Actor, id: string) {
  const r = isId(id)
    ? await q
        .selectFrom('routings')
        .selectAll()
        .where('id', '=', id)
        .where('to_agency_id', '=', actor.agencyId ?? NO_AGENCY)
        .executeTakeFirst()
    : undefined;
  if (!r) throw new AppError('not_found', 'No such routed item.');
  return r;
}

/**
 * The receiving agency's source for what a given agency routes to it, made on first use: described in the language
 * of the person whose receipt made it.
 */
async function sourceFor(
  trx: Transaction<Database>,
  agencyId: string,
  from: { id: string; name: string; kind: string },
  language: ServerLanguage,
) {
  const code = `routed-${from.id.slice(0, 8)}`;
  const found = await trx
    .selectFrom('intel_sources')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (found) return found.id;
  const kind =
    from.kind === 'labour'
      ? 'inspector'
      : from.kind === 'police'
        ? 'police_officer'
        : from.kind === 'ngo'
          ? 'ngo'
          : 'hotline';
  const s = await trx
    .insertInto('intel_sources')
    .values({ agency_id: agencyId, code, kind, description: routedSourceDescription(language, from.name) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return s.id;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The receiving agency acknowledges what was routed to it. In an agency that keeps intelligence (the person may
 * write it), the copy becomes a graded report of the agency — the grading is the receiver's — and the people,
 * place, phones and vehicles it names feed the agency's entities; elsewhere the receipt alone is recorded. The
 * report's title, provenance and facts are written in `language`, the receiver's.
 */
export async function receive(
  db: Q,
  actor: Actor,
  ring: Keyring,
  id: string,
  grading: { sourceGrade: '1' | '2' | '3'; infoGrade: 'A' | 'B' | 'C' | 'D' | 'E' },
  language: ServerLanguage,
  requestId: string,
  now = new Date(),
) {
  const routing = await routingTo(db, actor, id);
  if (routing.status !== 'sent') throw new AppError('conflict', 'This item was already received.');
  const copy = routing.copy_tip_id
    ? await db.selectFrom('tips').selectAll().where('id', '=', routing.copy_tip_id).executeTakeFirstOrThrow()
    : null;
  const from = await db
    .selectFrom('agencies')
    .select(['id', 'name', 'kind'])
    .where('id', '=', routing.from_agency_id)
    .executeTakeFirstOrThrow();
  const agencyId = actor.agencyId ?? NO_AGENCY;
  return db.transaction().execute(async (trx) => {
    let reportId: string | null = null;
    let entities = 0;
    if (copy && hasPermission(actor, 'intel.write')) {
      const details = openDetails(ring, String(copy.id), copy.details);
      const sentOn = day(new Date(routing.sent_at));
      const words = receivedReportWords(language, {
        itemType: routing.item_type,
        from: from.name,
        sentOn,
        withheld: routing.withheld as { reporter?: boolean; people?: number },
        copy,
        details,
      });
      const items = [
        { text: copy.text, ...grading },
        { text: words.facts, ...grading },
      ];
      reportId = await writeReport(
        trx,
        actor,
        ring,
        agencyId,
        {
          sourceId: await sourceFor(trx, agencyId, from, language),
          reportedOn: sentOn,
          title: words.title,
          handling: 'P',
          tlp: copy.tlp as Tlp,
          provenance: words.provenance,
          items,
        },
        requestId,
      );
      if (details)
        entities = await feedEntities(
          trx,
          agencyId,
          details,
          { hint: copy.place_hint, lat: copy.lat, lon: copy.lon, country: copy.country },
          { reportId, sourceGrade: grading.sourceGrade, infoGrade: grading.infoGrade, by: actor.userId },
        );
      await mentionReport(
        trx,
        reportId,
        agencyId,
        items.map((it, i) => ({ n: i + 1, text: it.text })),
      );
    }
    if (copy) {
      // Receiving is the receiving agency's triage of its copy: it leaves their queue and is not escalated.
      await trx
        .updateTable('tips')
        .set({ status: 'triaged', triaged_at: now, triaged_by: actor.userId })
        .where('id', '=', copy.id)
        .where('status', '=', 'new')
        .execute();
      await trx
        .insertInto('tip_events')
        .values({
          tip_id: String(copy.id),
          kind: 'triaged',
          by_user: actor.userId,
          detail: JSON.stringify({
            danger: copy.danger,
            kind: copy.kind,
            children: copy.children,
            received: true,
          }),
        })
        .execute();
    }
    await trx
      .updateTable('routings')
      .set({ status: 'received', received_by: actor.userId, received_at: now, report_id: reportId })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.routing_receive',
      resource: { type: 'routing', id },
      outcome: 'success',
      requestId,
      detail: { report: reportId, entities },
    });
    return { reportId, entities };
  });
}

/** What the receiving agency tells the sender it did: the sender (and the monitor who entered the tip) read it. */
export async function giveFeedback(
  db: Q,
  actor: Actor,
  id: string,
  input: { status: FeedbackStatus; feedback: string },
  requestId: string,
  now = new Date(),
) {
  const routing = await routingTo(db, actor, id);
  if (routing.status === 'sent') throw new AppError('conflict', 'Receive it first.');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('routings')
      .set({ status: input.status, feedback: input.feedback, feedback_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, {
      actor,
      action: 'monitoring.routing_feedback',
      resource: { type: 'routing', id },
      outcome: 'success',
      requestId,
      detail: { status: input.status },
    });
  });
}

/** The tips a person entered, with what became of each as far as the receiving agencies tell. */
export async function myTips(db: Q, actor: Actor, requestId: string) {
  const tips = await db
    .selectFrom('tips')
    .select(['id', 'received_at', 'kind', 'status', 'text'])
    .where('entered_by', '=', actor.userId ?? NO_AGENCY)
    .where('agency_id', '=', actor.agencyId ?? NO_AGENCY)
    .orderBy('received_at', 'desc')
    .limit(200)
    .execute();
  const ids = tips.map((t) => String(t.id));
  const routings = ids.length
    ? await db
        .selectFrom('routings')
        .innerJoin('agencies', 'agencies.id', 'routings.to_agency_id')
        .select([
          'routings.item_id',
          'agencies.name',
          'routings.status',
          'routings.received_at',
          'routings.feedback',
          'routings.feedback_at',
        ])
        .where('routings.item_type', '=', 'tip')
        .where('routings.item_id', 'in', ids)
        .orderBy('routings.sent_at')
        .execute()
    : [];
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.mine_read',
      resource: { type: 'tips' },
      outcome: 'success',
      requestId,
      detail: { count: tips.length },
    }),
  );
  return {
    tips: tips.map((t) => ({
      id: String(t.id),
      receivedAt: new Date(t.received_at).toISOString(),
      kind: t.kind ?? 'unknown',
      status: t.status ?? 'new',
      excerpt: t.text.slice(0, 200),
      routings: routings
        .filter((r) => r.item_id === String(t.id))
        .map((r) => ({
          toAgencyName: r.name,
          status: r.status,
          receivedAt: r.received_at ? new Date(r.received_at).toISOString() : null,
          feedback: r.feedback,
          feedbackAt: r.feedback_at ? new Date(r.feedback_at).toISOString() : null,
        })),
    })),
  };
}
