/**
 * What the server does with each kind of record a phone keeps while it has no connection and sends when it can.
 * Written as data so that the server decides by them (the answers to a resend, the code of a conflict) and the
 * phone's outbox (web/src/offline/) can follow the same: nothing held by one is overwritten by the other without a
 * person seeing it.
 *
 * - A log entry is append-only: its id and time are fixed on the phone, the same id sent again is answered as a
 *   duplicate (200) and nothing changes. Two entries never conflict: each is its own fact, in the order things
 *   happened.
 * - A correction of a log entry names the entry's revision the phone saw. If someone corrected the entry since,
 *   nothing is recorded and the answer (409, code `stale_revision`) carries the entry's current corrections. The
 *   phone shows them to the person, who keeps theirs (sent again on top of the current revision) or drops it.
 *   The same correction sent again is a duplicate (200), even once its base is stale.
 * - A custody entry is not kept offline. The phone sends no id and no chain head: the server numbers the entry
 *   and chains it onto the exhibit's current head itself (under a lock, src/evidence/custody.ts), taking the
 *   current custodian as the one who hands over. So nothing is refused for an old head, but an entry queued
 *   while someone else moved the exhibit would be chained after their move without anyone seeing it, and a
 *   resend would be recorded twice. One dated before the chain's last entry is refused (400). It is sent while
 *   connected, and its answer awaited.
 */

export type SyncKind = 'log_entry' | 'log_correction' | 'custody_entry';

export interface SyncRule {
  /** Whether the phone may keep it in its outbox and send it later. */
  offline: boolean;
  /** Rows are only ever added: the server never changes or removes one once recorded. */
  appendOnly: boolean;
  /** The same record sent again (by the id fixed on the phone): a duplicate answered 200, or recorded again. */
  resend: 'duplicate' | 'recorded_again';
  /** What the phone sends of the state it saw, for the server to tell whether the record is based on the latest. */
  base: 'none' | 'revision';
  /** How a record based on an older state is answered: never silently applied. Null when no base is sent. */
  conflict: { status: 409; code: 'stale_revision'; choices: readonly ['keep', 'drop'] } | null;
}

export const SYNC_RULES = {
  log_entry: {
    offline: true,
    appendOnly: true,
    resend: 'duplicate',
    base: 'none',
    conflict: null,
  },
  log_correction: {
    offline: true,
    appendOnly: true,
    resend: 'duplicate',
    base: 'revision',
    conflict: { status: 409, code: 'stale_revision', choices: ['keep', 'drop'] },
  },
  custody_entry: {
    offline: false,
    appendOnly: true,
    resend: 'recorded_again',
    base: 'none',
    conflict: null,
  },
} as const satisfies Record<SyncKind, SyncRule>;

/** The answer to a record sent again: 200 when the server tells it is the one it holds, else as a new one. */
export const resendStatus = (kind: SyncKind, duplicate: boolean): 200 | 201 =>
  duplicate && SYNC_RULES[kind].resend === 'duplicate' ? 200 : 201;
