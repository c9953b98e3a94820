/** The execution log: entries as the phone sends them and as the server lists them (the server's own schemas). */
import type { z } from 'zod';
import type { correctionSchema, logEntrySchema, logReply } from '../../../src/operations/log-schema.ts';
import type { logEntryReply, recordResultReply } from '../../../src/operations/wire.ts';
import type { Wire } from '../wire.ts';

/** A correction of an entry as the server lists it: its text, when it was made and reached the server, and by whom. */
export interface CorrectionView {
  id: string;
  text: string;
  occurredAt: string;
  receivedAt: string;
  recordedBy: string;
}

/**
 * An entry as the server lists it: who recorded it, when it happened and reached the server, and its body; with its
 * revision (0 as recorded, one more per correction) and its corrections, which a server without corrections leaves
 * out.
 */
export type LogEntry = Wire<z.output<typeof logEntryReply>> & {
  revision?: number;
  corrections?: CorrectionView[];
};

/** The execution log as the server reads it back. */
export type Log = Omit<Wire<z.output<typeof logReply>>, 'entries'> & { entries: LogEntry[] };

export type EntryKind = LogEntry['kind'];

/** An entry as sent (the server's body schema): its id and time are fixed on the phone when it is recorded. */
export type FieldEntry = z.input<typeof logEntrySchema>;

/** Each kind of entry without its id and time (the `Omit` taken kind by kind, so the kinds stay apart). */
type Unstamped<E> = E extends unknown ? Omit<E, 'id' | 'occurredAt'> : never;

/** An entry as a form makes it, before it is given its id and its time. */
export type EntryBody = Unstamped<FieldEntry>;

/** Who made an item of the outbox: the user signed in on the phone when it was made. */
export interface Author {
  id: string;
  name: string;
}

/** A correction as the phone sends it (the server's body schema): id and time fixed when made, on the revision seen. */
export type CorrectionBody = z.input<typeof correctionSchema>;

/** Someone corrected the entry first: the revision the server holds now and the corrections that made it. */
export interface Conflict {
  revision: number;
  corrections: CorrectionView[];
}

/**
 * An item waiting on this phone, in the order made: an entry, or a correction of an entry. `refused` holds the
 * server's reason if it was sent and refused; `conflict`, for a correction, what came first.
 */
export type Queued =
  | { type: 'entry'; entry: FieldEntry; author: Author; refused?: string }
  | {
      type: 'correction';
      entryId: string;
      /** The kind of the entry corrected, to name it in the outbox. */
      entryKind: EntryKind;
      correction: CorrectionBody;
      author: Author;
      refused?: string;
      conflict?: Conflict;
    };

/** The id an item is known by in the outbox: its entry's or its correction's. */
export const queuedId = (q: Queued): string => (q.type === 'entry' ? q.entry.id : q.correction.id);

/** The server's answer to an entry sent: recorded now, or a duplicate of one it already holds. */
export type RecordResult = Wire<z.output<typeof recordResultReply>>;

/** What became of an entry just recorded: sent (with the server's answer), or kept on the phone to send later. */
export type Outcome = { sent: true; result: RecordResult } | { sent: false };

export type RecordEntry = (entry: FieldEntry) => Promise<Outcome>;

/** What became of a correction: taken by the server, kept on the phone, or met by someone else's first. */
export type CorrectionOutcome = 'sent' | 'kept' | 'conflict';
