import { ApiError, api } from '../api.ts';
import type { Conflict, CorrectionBody, CorrectionView, FieldEntry, Queued, RecordResult } from './types.ts';

/** What became of an item sent: taken (recorded now, or a duplicate of what the server holds), or in conflict. */
export type Sent = { sent: true } | { sent: false; conflict: Conflict };

const asConflict = (e: ApiError): Conflict | null => {
  if (e.status !== 409 || e.code !== 'stale_revision') return null;
  // The server puts what it holds now in the error's details, as `current` (or as the details themselves).
  const d = (e.details ?? {}) as { current?: unknown };
  const c = (d.current ?? d) as Partial<Conflict>;
  if (typeof c.revision !== 'number') return null;
  return {
    revision: c.revision,
    corrections: Array.isArray(c.corrections) ? (c.corrections as CorrectionView[]) : [],
  };
};

/** Sends one item of the outbox to the log at `path`; throws the server's refusal (or ApiError 0 unreached). */
export async function sendItem(path: string, item: Queued): Promise<Sent> {
  if (item.type === 'entry') {
    await api.post<RecordResult>(path, item.entry satisfies FieldEntry);
    return { sent: true };
  }
  try {
    await api.post(
      `${path}/${encodeURIComponent(item.entryId)}/corrections`,
      item.correction satisfies CorrectionBody,
    );
    return { sent: true };
  } catch (e) {
    const conflict = e instanceof ApiError ? asConflict(e) : null;
    if (conflict) return { sent: false, conflict };
    throw e;
  }
}
