import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import type { Keyring } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { openDetails } from './intake.ts';
import { TIP_KINDS } from './intake-schemas.ts';
import { routingsOf } from './routings-sent.ts';
import { triageTip } from './triage.ts';
import { DANGERS, isDanger, triageDueAt } from './triage-targets.ts';

type Q = Kysely<Database>;

const names = async (db: Q, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
};

/** What src/monitoring/triage.ts records as the reason of an escalation the server makes. */
const OVERDUE_REASON = 'triage target passed';

const oneOf = <T extends string>(codes: readonly T[], v: unknown): T | null =>
  codes.find((c) => c === v) ?? null;

/** A history entry's detail as codes and values (the screens word them); no note typed by a person. */
const eventDetail = (d: Record<string, unknown>) => ({
  via: typeof d.via === 'string' ? d.via : null,
  received: d.received === true,
  danger: oneOf(DANGERS, d.danger),
  tipKind: oneOf(TIP_KINDS, d.kind),
  children: oneOf(['yes', 'no', 'unknown'] as const, d.children),
  placed: d.placed === true,
  overdue: d.reason === OVERDUE_REASON,
  agency: typeof d.agency === 'string' ? d.agency : null,
  duplicate: d.duplicate === undefined || d.duplicate === null ? null : String(d.duplicate),
  decision: oneOf(['confirmed', 'rejected'] as const, d.decision),
});

/**
 * One tip with everything the person triaging it needs: the identities it names (sealed: reading them is audited),
 * its history, the tips that may tell the same matter and where it was routed with what the receivers said.
 */
export async function tipCase(
  db: Q,
  actor: Actor,
  ring: Keyring,
  id: string,
  requestId: string,
  now = new Date(),
) {
  const tip = await triageTip(db, actor, id);
  const details = openDetails(ring, id, tip.details);
  const events = await db
    .selectFrom('tip_events')
    .selectAll()
    .where('tip_id', '=', id)
    .orderBy('id')
    .execute();
  const dups = await db
    .selectFrom('tip_duplicates')
    .innerJoin('tips as other', (j) =>
      j.on((eb) =>
        eb.or([
          eb.and([
            eb('tip_duplicates.tip_id', '=', id),
            eb('other.id', '=', eb.ref('tip_duplicates.other_id')),
          ]),
          eb.and([
            eb('tip_duplicates.other_id', '=', id),
            eb('other.id', '=', eb.ref('tip_duplicates.tip_id')),
          ]),
        ]),
      ),
    )
    .select([
      'other.id',
      'other.text',
      'other.received_at',
      'other.channel',
      'tip_duplicates.score',
      'tip_duplicates.reasons',
      'tip_duplicates.status',
    ])
    .where((eb) => eb.or([eb('tip_duplicates.tip_id', '=', id), eb('tip_duplicates.other_id', '=', id)]))
    .orderBy('tip_duplicates.score', 'desc')
    .execute();
  const routings = await routingsOf(db, tip.agency_id, 'tip', id);
  const who = await names(db, [tip.entered_by, ...events.map((e) => e.by_user)]);
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'monitoring.tip_case_read',
      resource: { type: 'tip', id },
      outcome: 'success',
      requestId,
      detail: { identities: details ? details.people.length + (details.reporter ? 1 : 0) : 0 },
    }),
  );
  const danger = isDanger(tip.danger) ? tip.danger : 'unknown';
  const dueAt = tip.due_at ? new Date(tip.due_at) : triageDueAt(danger, new Date(tip.received_at));
  return {
    tip: {
      id,
      receivedAt: new Date(tip.received_at).toISOString(),
      channel: tip.channel,
      language: tip.language,
      text: tip.text,
      kind: tip.kind ?? 'unknown',
      occurred: tip.occurred,
      placeHint: tip.place_hint,
      lat: tip.lat,
      lon: tip.lon,
      country: tip.country,
      peopleCount: tip.people_count,
      children: tip.children ?? 'unknown',
      danger,
      status: tip.status ?? 'imported',
      dueAt: dueAt.toISOString(),
      overdue: tip.status === 'new' && dueAt.getTime() < now.getTime(),
      escalated: tip.escalated_at !== null,
      tlp: tip.tlp,
      enteredBy: tip.entered_by ? (who.get(tip.entered_by) ?? null) : null,
      routedIn: tip.routed_from !== null,
    },
    details,
    events: events.map((e) => ({
      kind: e.kind,
      at: new Date(e.at).toISOString(),
      by: e.by_user ? (who.get(e.by_user) ?? null) : null,
      detail: eventDetail(e.detail ?? {}),
    })),
    duplicates: dups.map((d) => ({
      id: String(d.id),
      score: d.score,
      reasons: d.reasons,
      status: d.status,
      excerpt: d.text.slice(0, 200),
      receivedAt: new Date(d.received_at).toISOString(),
      channel: d.channel,
    })),
    routings,
  };
}
