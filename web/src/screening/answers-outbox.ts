import * as vault from '../offline/vault.ts';
import type { Answer } from './types.ts';

/** Answers saved and not yet taken by the server: what this phone's screener saved, on the version they saw. */
export interface QueuedAnswers {
  id: string;
  screeningId: string;
  /** The screening's version the answers were given on (the server refuses them if someone saved since). */
  version: number;
  answers: Record<string, Answer>;
  savedAt: string;
  author: { id: string; name: string };
  /** Someone saved in between: the screening's version and answers now, for the person to choose. */
  conflict?: { version: number; answers: Record<string, Answer> };
  /** The server refused them for another reason (the screening completed meanwhile): said, kept until dropped. */
  refused?: string;
}

/**
 * The answers saved without a connection, per screening, sealed in the field kit's store (never in the browser's
 * plain storage), in the order saved. The record's name holds the screening's id only.
 */
const name = (screeningId: string) => `outbox/screening/${screeningId}`;

const isQueued = (x: unknown): x is QueuedAnswers => {
  const q = x as Partial<QueuedAnswers> | null;
  return typeof q?.id === 'string' && typeof q.version === 'number' && typeof q.answers === 'object';
};

export async function readAnswersOutbox(screeningId: string): Promise<QueuedAnswers[]> {
  const raw = await vault.read<unknown>(name(screeningId));
  return Array.isArray(raw) ? raw.filter(isQueued) : [];
}

export function changeAnswersOutbox(
  screeningId: string,
  change: (q: QueuedAnswers[]) => QueuedAnswers[],
): Promise<QueuedAnswers[]> {
  return vault.change<QueuedAnswers[]>(name(screeningId), [], (q) =>
    change(Array.isArray(q) ? q.filter(isQueued) : []),
  );
}

const same = (a: Answer | undefined, b: Answer) =>
  a?.answer === b.answer && a.observation.trim() === b.observation.trim();

/** Whether the current answers already hold every answer of `mine` (sent before, its reply lost): it arrived. */
export const arrived = (mine: Record<string, Answer>, current: Record<string, Answer>): boolean =>
  Object.entries(mine).every(([k, a]) => same(current[k], a));
