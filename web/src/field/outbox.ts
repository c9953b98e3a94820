import * as vault from '../offline/vault.ts';
import type { Author, FieldEntry, Queued } from './types.ts';

/**
 * The entries and corrections made on this phone and not yet taken by the server, per operation, sealed in the
 * field kit's store (never in the browser's plain storage). Each keeps its id, its time and its author as made.
 */
const name = (operationId: string) => `outbox/${operationId}`;

const isQueued = (x: unknown): x is Queued => {
  const q = x as Partial<Queued> | null;
  if (q?.type === 'entry') return typeof q.entry?.id === 'string' && typeof q.entry.occurredAt === 'string';
  if (q?.type === 'correction') return typeof q.correction?.id === 'string' && typeof q.entryId === 'string';
  return false;
};

export async function readOutbox(operationId: string): Promise<Queued[]> {
  const raw = await vault.read<unknown>(name(operationId));
  return Array.isArray(raw) ? raw.filter(isQueued) : [];
}

export function changeOutbox(operationId: string, change: (q: Queued[]) => Queued[]): Promise<Queued[]> {
  return vault.change<Queued[]>(name(operationId), [], (q) =>
    change(Array.isArray(q) ? q.filter(isQueued) : []),
  );
}

/**
 * Moves what the old plain-storage queue kept for `author` into their sealed outbox, then removes every key of the
 * old queue from the browser's storage (entries of other users of this browser cannot be sealed for them: they
 * were readable by anyone who held the phone, and go).
 */
export async function moveLegacyQueue(author: Author): Promise<void> {
  const keys = vault.legacyQueueKeys();
  const mine = `${vault.LEGACY_PREFIX}${author.id}.`;
  for (const key of keys) {
    if (key.startsWith(mine)) {
      const operationId = key.slice(mine.length);
      let old: unknown = [];
      try {
        old = JSON.parse(localStorage.getItem(key) ?? '[]');
      } catch {
        old = [];
      }
      const entries = (Array.isArray(old) ? old : [])
        .map((x) => (x as { entry?: FieldEntry }).entry)
        .filter((e): e is FieldEntry => typeof e?.id === 'string' && typeof e.occurredAt === 'string');
      if (entries.length) {
        await changeOutbox(operationId, (q) => [
          ...q,
          ...entries
            .filter((e) => !q.some((x) => x.type === 'entry' && x.entry.id === e.id))
            .map((entry) => ({ type: 'entry' as const, entry, author })),
        ]);
      }
    }
    localStorage.removeItem(key);
  }
}
