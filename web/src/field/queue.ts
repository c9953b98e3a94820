import type { FieldEntry, Queued } from './types.ts';

/**
 * Entries recorded while the phone has no connection, kept in this browser's storage per user and operation until
 * they are sent. Each keeps the id and the time it was given when it was recorded.
 */
const key = (userId: string, operationId: string) => `lantern.field-queue.${userId}.${operationId}`;

const isQueued = (x: unknown): x is Queued => {
  const e = (x as { entry?: Partial<FieldEntry> } | null)?.entry;
  return typeof e?.id === 'string' && typeof e.occurredAt === 'string' && typeof e.kind === 'string';
};

export function readQueue(userId: string, operationId: string): Queued[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(userId, operationId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isQueued) : [];
  } catch {
    return [];
  }
}

export function writeQueue(userId: string, operationId: string, queue: readonly Queued[]): void {
  if (queue.length === 0) localStorage.removeItem(key(userId, operationId));
  else localStorage.setItem(key(userId, operationId), JSON.stringify(queue));
}
