import { type Kysely, sql } from 'kysely';
import type { z } from 'zod';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { tipsNear } from '../monitoring/tips.ts';
import { visibleEntity, visibleReports } from './entities.ts';
import { openTitle } from './reports.ts';
import type { timelineEvent } from './wire.ts';

type Q = Kysely<Database>;
const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Links through which a person's or organisation's phones, accounts, documents and vehicles are theirs. */
const HOLDINGS = ['uses_phone', 'holds_account', 'holds_document', 'owns'];

export type TimelineEvent = z.output<typeof timelineEvent>;

/** A call record as an event seen from one side: `out` when that side placed it (to the callee), else from the caller. */
export const callEvent = (
  c: {
    caller: string;
    callee: string;
    started_at: Date | string;
    duration_s: number;
    kind: string;
    cell_id: string | null;
  },
  out: boolean,
): TimelineEvent => ({
  at: new Date(c.started_at).toISOString(),
  kind: 'call',
  medium: c.kind === 'sms' ? 'sms' : 'voice',
  direction: out ? 'out' : 'in',
  counterpart: out ? c.callee : c.caller,
  durationS: c.duration_s,
  cell: c.cell_id,
});

/**
 * The identifiers the entity's events are recorded under: its own phone numbers, accounts, plates and document
 * numbers, and those of the phones, accounts, documents and vehicles linked to it as its own. Both the number as
 * written and its search key are used, since imported records keep numbers as normalised at import.
 */
async function identifiers(db: Q, agencyId: string, entityId: string) {
  const held = await db
    .selectFrom('entity_links')
    .select(['from_id', 'to_id'])
    .where('agency_id', '=', agencyId)
    .where('type', 'in', HOLDINGS)
    .where((eb) => eb.or([eb('from_id', '=', entityId), eb('to_id', '=', entityId)]))
    .execute();
  const ids = [entityId, ...held.map((l) => (l.from_id === entityId ? l.to_id : l.from_id))];
  const keys = await db
    .selectFrom('search_keys')
    .select(['kind', 'key', 'value'])
    .where('agency_id', '=', agencyId)
    .where('entity_id', 'in', ids)
    .where('kind', 'in', ['phone', 'account', 'plate', 'document'])
    .execute();
  const of = (kind: string) => [
    ...new Set(keys.filter((k) => k.kind === kind).flatMap((k) => [k.key, k.value])),
  ];
  return { phones: of('phone'), accounts: of('account'), plates: of('plate'), documents: of('document') };
}

/** Tips placed this close to a site or place are shown on its timeline. */
export const TIP_RADIUS_KM = 1;

/** The coordinates of a site or place, from its latest lat and lon facts. */
async function placeOf(db: Q, agencyId: string, entityId: string) {
  const facts = await db
    .selectFrom('entity_facts')
    .select(['attribute', 'value'])
    .where('agency_id', '=', agencyId)
    .where('entity_id', '=', entityId)
    .where('attribute', 'in', ['lat', 'lon'])
    .orderBy('asserted_at', 'desc')
    .execute();
  const lat = Number(facts.find((f) => f.attribute === 'lat')?.value);
  const lon = Number(facts.find((f) => f.attribute === 'lon')?.value);
  return Number.isFinite(lat) && Number.isFinite(lon) && facts.length >= 2 ? { lat, lon } : null;
}

/**
 * An entity's events in time, newest first: calls to and from its phones, transfers to and from its accounts,
 * border crossings of its vehicles and documents, tips placed near a site, and the reports that speak of it (only those the actor may
 * see). Each stream is read from the actor's agency's records only; `limit` events per stream, with totals.
 */
export async function entityTimeline(
  db: Q,
  actor: Actor,
  ring: Keyring,
  entityId: string,
  opts: { limit: number; before?: string | undefined },
  requestId: string,
) {
  const e = await visibleEntity(db, actor, entityId);
  const agencyId = actor.agencyId ?? NO_AGENCY;
  const ids = await identifiers(db, e.agency_id, entityId);
  const before = opts.before ? new Date(opts.before) : new Date('9999-12-31T00:00:00Z');
  const none = [''];
  const calls = ids.phones.length
    ? await db
        .selectFrom('call_records')
        .select(['caller', 'callee', 'started_at', 'duration_s', 'kind', 'cell_id'])
        .where('agency_id', '=', agencyId)
        .where((eb) => eb.or([eb('caller', 'in', ids.phones), eb('callee', 'in', ids.phones)]))
        .where('started_at', '<', before)
        .orderBy('started_at', 'desc')
        .limit(opts.limit)
        .execute()
    : [];
  const transfers = ids.accounts.length
    ? await db
        .selectFrom('transfers')
        .select(['from_account', 'to_account', 'occurred_at', 'amount', 'currency', 'channel'])
        .where('agency_id', '=', agencyId)
        .where((eb) => eb.or([eb('from_account', 'in', ids.accounts), eb('to_account', 'in', ids.accounts)]))
        .where('occurred_at', '<', before)
        .orderBy('occurred_at', 'desc')
        .limit(opts.limit)
        .execute()
    : [];
  const crossings =
    ids.plates.length || ids.documents.length
      ? await db
          .selectFrom('crossings')
          .select(['crossed_at', 'checkpoint', 'direction', 'vehicle_plate', 'document_number'])
          .where('agency_id', '=', agencyId)
          .where((eb) =>
            eb.or([
              eb('vehicle_plate', 'in', ids.plates.length ? ids.plates : none),
              eb('document_number', 'in', ids.documents.length ? ids.documents : none),
            ]),
          )
          .where('crossed_at', '<', before)
          .orderBy('crossed_at', 'desc')
          .limit(opts.limit)
          .execute()
      : [];
  const reportIds = await db
    .selectFrom('entity_facts')
    .select('report_id')
    .where('entity_id', '=', entityId)
    .where('report_id', 'is not', null)
    .union(
      db
        .selectFrom('entity_links')
        .select('report_id')
        .where((eb) => eb.or([eb('from_id', '=', entityId), eb('to_id', '=', entityId)]))
        .where('report_id', 'is not', null),
    )
    .execute();
  const seen = await visibleReports(
    db,
    actor,
    reportIds.map((r) => r.report_id).filter((r): r is string => r !== null),
  );
  const reports = seen.size
    ? await db
        .selectFrom('intel_reports')
        .select(['id', 'title', 'reported_on', 'handling'])
        .where('id', 'in', [...seen])
        .where(sql<boolean>`reported_on < ${before}::date + 1`)
        .orderBy('reported_on', 'desc')
        .limit(opts.limit)
        .execute()
    : [];
  const place = await placeOf(db, e.agency_id, entityId);
  const tips = place
    ? await tipsNear(db, actor, place, { km: TIP_RADIUS_KM, limit: opts.limit, before: opts.before })
    : [];
  const own = new Set(ids.phones.concat(ids.accounts));
  const events: TimelineEvent[] = [
    ...calls.map((c) => callEvent(c, own.has(c.caller))),
    ...transfers.map((t) => {
      const out = own.has(t.from_account);
      return {
        at: new Date(t.occurred_at).toISOString(),
        kind: 'transfer' as const,
        direction: out ? ('out' as const) : ('in' as const),
        counterpart: out ? t.to_account : t.from_account,
        amount: String(t.amount),
        currency: t.currency,
        channel: t.channel,
      };
    }),
    ...crossings.map((x) => ({
      at: new Date(x.crossed_at).toISOString(),
      kind: 'crossing' as const,
      // Imports take only "in" and "out" (src/intel/imports/kinds.ts).
      direction: x.direction === 'out' ? ('out' as const) : ('in' as const),
      checkpoint: x.checkpoint,
      plate: x.vehicle_plate,
      document: x.document_number,
    })),
    ...reports.map((r) => ({
      at: `${r.reported_on}T00:00:00.000Z`,
      kind: 'report' as const,
      reportId: r.id,
      title: openTitle(ring, r),
      handling: r.handling,
    })),
    ...tips.map((t) => ({
      at: t.receivedAt,
      kind: 'tip' as const,
      tipId: t.id,
      text: t.text.slice(0, 120),
      channel: t.channel,
      tlp: t.tlp,
      placeHint: t.placeHint,
      language: t.language,
    })),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.timeline_read',
      resource: { type: 'entity', id: entityId },
      outcome: 'success',
      requestId,
      detail: { events: events.length },
    }),
  );
  return {
    identifiers: ids.phones.length + ids.accounts.length + ids.plates.length + ids.documents.length,
    counts: {
      calls: calls.length,
      transfers: transfers.length,
      crossings: crossings.length,
      reports: reports.length,
      tips: tips.length,
    },
    limitPerStream: opts.limit,
    events,
  };
}
