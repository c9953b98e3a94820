/** The execution log: entries as the phone sends them and as the server lists them. */

export type EntryKind = 'arrest' | 'exhibit' | 'removal' | 'note';

/** An entry as sent: its id and time are fixed on the phone when it is recorded. */
export interface FieldEntry {
  id: string;
  occurredAt: string;
  kind: EntryKind;
  [field: string]: unknown;
}

/** An entry waiting on this phone; `refused` holds the server's reason if it was sent and refused. */
export interface Queued {
  entry: FieldEntry;
  refused?: string;
}

export interface LogEntry {
  id: string;
  kind: EntryKind;
  occurredAt: string;
  receivedAt: string;
  recordedBy: string;
  entry: Record<string, unknown>;
  exhibit: { id: string; ref: string } | null;
}

export interface RecordResult {
  id: string;
  duplicate: boolean;
  exhibitId?: string | null;
  exhibitRef?: string | null;
}

/** What became of an entry just recorded: sent (with the server's answer), or kept on the phone to send later. */
export type Outcome = { sent: true; result: RecordResult } | { sent: false };

export type RecordEntry = (entry: FieldEntry) => Promise<Outcome>;
