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
 * - A custody entry may carry an id made by the sender and the length of the chain the sender saw
 *   (src/evidence/custody.ts). The same id sent again is answered as the entry recorded (200), never chained a
 *   second time; an entry based on a chain someone has added to since is refused (409, code `stale_revision`,
 *   with the chain's length and custodian now), so an exhibit's move is never chained after another's without the
 *   person seeing it: they read the chain again and record what still holds. The chain itself is always numbered
 *   and hashed by the server, under a lock. It is not kept in the phone's outbox: a custody entry is a signature
 *   handed over in person, sent while connected, its answer awaited.
 * - A screening's answers are saved on the version of the screening the phone saw (src/screening/interviews.ts).
 *   The server merges them per indicator into the answers it holds. If someone saved since, nothing is saved and
 *   the answer (409, code `conflict`) carries the screening's version and answers now; the phone shows the
 *   person their answers beside the current ones, and they keep theirs (sent again on the current version, merged
 *   per indicator: theirs replace those indicators only) or drop them. A save sent again after its answer was lost
 *   meets its own: the phone finds its answers already in the current ones and lets it go. Completing a screening
 *   is not kept offline: it fixes the outcome and the non-punishment of a presumed victim, so it is done connected.
 * - A shelter case's needs assessment (src/protection/case-work.ts) is append-only: its id (the assessment's) and
 *   time are fixed on the phone, the same id sent again is a duplicate (200) and nothing changes. Assessments
 *   never conflict: each is its own dated fact, the latest by its time is the case's current one.
 * - A step of a service on a shelter case (offered, accepted, declined, withdrawn, completed, with the language it
 *   was explained in) carries its id and time fixed on the phone and the service's status the phone saw. The same
 *   id sent again is a duplicate (200). A step based on a status that no longer holds (someone recorded another
 *   step meanwhile) is refused (409, code `conflict`, with the service's status and last step now); the phone
 *   shows the person both, and they keep theirs (sent again on the current status, if it is still a step from
 *   it) or drop it. Consents to share, transfers, referrals and anything else that reaches another agency are
 *   never kept offline: they are done connected.
 * - A labour inspection's visit, interviews and findings are kept offline (src/monitoring/inspection-sync.ts): an
 *   inspector on a plantation or a boat records them as they happen. Each carries an id made on the phone and the
 *   time it was recorded there; the same id sent again is answered as recorded (200) and changes nothing. The
 *   visit (its day and the workers present) is recorded as sent; a later one corrects the counts, as connected.
 *   An interview is added, never changed (its code sealed on the server). The findings are saved as a whole on the
 *   revision the phone saw; if someone saved them since (the office, another inspector), nothing is saved and the
 *   answer (409, code `stale_revision`) carries the findings now: the phone shows the person theirs beside them,
 *   and they keep theirs (the indicators and breaches they changed laid over the current findings, sent on the
 *   current revision) or drop them. Outcomes (referrals reach other agencies), the inspectors' statements of
 *   independence and closing an inspection are never kept offline: they are done connected.
 */

export type SyncKind =
  | 'log_entry'
  | 'log_correction'
  | 'custody_entry'
  | 'screening_answers'
  | 'protection_needs'
  | 'protection_service_step'
  | 'inspection_visit'
  | 'inspection_interview'
  | 'inspection_findings';

export interface SyncRule {
  /** Whether the phone may keep it in its outbox and send it later. */
  offline: boolean;
  /** Rows are only ever added: the server never changes or removes one once recorded (answers are replaced). */
  appendOnly: boolean;
  /**
   * The same record sent again (by the id fixed on the phone): a duplicate answered 200, or recorded again; or,
   * with no id, met as a conflict whose current state already holds it (the phone sees so and lets it go).
   */
  resend: 'duplicate' | 'recorded_again' | 'found_in_current';
  /** What the phone sends of the state it saw, for the server to tell whether the record is based on the latest. */
  base: 'none' | 'revision' | 'chain_length' | 'version' | 'status';
  /**
   * How a record based on an older state is answered: never silently applied. Null when no base is sent. The
   * person's choices: keep theirs (sent again on top of the current state) or drop it; or read again and decide.
   */
  conflict: {
    status: 409;
    code: 'stale_revision' | 'conflict';
    choices: readonly ['keep', 'drop'] | readonly ['read_again'];
  } | null;
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
    resend: 'duplicate',
    base: 'chain_length',
    conflict: { status: 409, code: 'stale_revision', choices: ['read_again'] },
  },
  screening_answers: {
    offline: true,
    appendOnly: false,
    resend: 'found_in_current',
    base: 'version',
    conflict: { status: 409, code: 'conflict', choices: ['keep', 'drop'] },
  },
  protection_needs: {
    offline: true,
    appendOnly: true,
    resend: 'duplicate',
    base: 'none',
    conflict: null,
  },
  protection_service_step: {
    offline: true,
    appendOnly: false,
    resend: 'duplicate',
    base: 'status',
    conflict: { status: 409, code: 'conflict', choices: ['keep', 'drop'] },
  },
  inspection_visit: {
    offline: true,
    appendOnly: false,
    resend: 'duplicate',
    base: 'none',
    conflict: null,
  },
  inspection_interview: {
    offline: true,
    appendOnly: true,
    resend: 'duplicate',
    base: 'none',
    conflict: null,
  },
  inspection_findings: {
    offline: true,
    appendOnly: false,
    resend: 'duplicate',
    base: 'revision',
    conflict: { status: 409, code: 'stale_revision', choices: ['keep', 'drop'] },
  },
} as const satisfies Record<SyncKind, SyncRule>;

/** The answer to a record sent again: 200 when the server tells it is the one it holds, else as a new one. */
export const resendStatus = (kind: SyncKind, duplicate: boolean): 200 | 201 =>
  duplicate && SYNC_RULES[kind].resend === 'duplicate' ? 200 : 201;
