import type { Kysely } from 'kysely';
import { appendAudit } from '../access/audit.ts';
import type { Actor } from '../access/policy.ts';
import { type Keyring, termHash } from '../access/sealing.ts';
import type { Database } from '../db/types.ts';
import { callEvent } from './timeline.ts';

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/**
 * The calls to and from one phone number in the actor's agency's call records, newest first, in the shape of an
 * entity's timeline: what a phone number found by the search box opens when no phone entity is known by it
 * yet (a number met only in call records). Audited under a keyed hash of the number, never the number itself:
 * an auditor holding the key can tell whether a given number was looked at, a reader of the log cannot.
 */
export async function numberTimeline(
  db: Kysely<Database>,
  actor: Actor,
  ring: Keyring,
  number: string,
  opts: { limit: number; before?: string | undefined },
  requestId: string,
) {
  const agencyId = actor.agencyId ?? NO_AGENCY;
  const before = opts.before ? new Date(opts.before) : new Date('9999-12-31T00:00:00Z');
  const calls = await db
    .selectFrom('call_records')
    .select(['caller', 'callee', 'started_at', 'duration_s', 'kind', 'cell_id'])
    .where('agency_id', '=', agencyId)
    .where((eb) => eb.or([eb('caller', '=', number), eb('callee', '=', number)]))
    .where('started_at', '<', before)
    .orderBy('started_at', 'desc')
    .limit(opts.limit)
    .execute();
  const events = calls.map((c) => callEvent(c, c.caller === number));
  await db.transaction().execute((trx) =>
    appendAudit(trx, {
      actor,
      action: 'intel.timeline_read',
      resource: { type: 'phone_number', id: termHash(ring, `phone:${number}`) },
      outcome: 'success',
      requestId,
      detail: { events: events.length },
    }),
  );
  return {
    identifiers: 1,
    counts: { calls: calls.length, transfers: 0, crossings: 0, reports: 0, tips: 0 },
    limitPerStream: opts.limit,
    events,
  };
}
