/** The execution log: entries as the phone sends them and as the server lists them (the server's own schemas). */
import type { z } from 'zod';
import type { logEntrySchema, logReply } from '../../../src/operations/log-schema.ts';
import type { logEntryReply, recordResultReply } from '../../../src/operations/wire.ts';
import type { Wire } from '../wire.ts';

/** An entry as the server lists it: who recorded it, when it happened and reached the server, and its body. */
export type LogEntry = Wire<z.output<typeof logEntryReply>>;

/** The execution log as the server reads it back. */
export type Log = Wire<z.output<typeof logReply>>;

export type EntryKind = LogEntry['kind'];

/** An entry as sent (the server's body schema): its id and time are fixed on the phone when it is recorded. */
export type FieldEntry = z.input<typeof logEntrySchema>;

/** Each kind of entry without its id and time (the `Omit` taken kind by kind, so the kinds stay apart). */
type Unstamped<E> = E extends unknown ? Omit<E, 'id' | 'occurredAt'> : never;

/** An entry as a form makes it, before it is given its id and its time. */
export type EntryBody = Unstamped<FieldEntry>;

/** An entry waiting on this phone; `refused` holds the server's reason if it was sent and refused. */
export interface Queued {
  entry: FieldEntry;
  refused?: string;
}

/** The server's answer to an entry sent: recorded now, or a duplicate of one it already holds. */
export type RecordResult = Wire<z.output<typeof recordResultReply>>;

/** What became of an entry just recorded: sent (with the server's answer), or kept on the phone to send later. */
export type Outcome = { sent: true; result: RecordResult } | { sent: false };

export type RecordEntry = (entry: FieldEntry) => Promise<Outcome>;
