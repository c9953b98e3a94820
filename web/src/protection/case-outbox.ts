import * as vault from '../offline/vault.ts';
import type { NeedsBody, ServiceDecisionBody, ServiceOfferBody } from './types.ts';

/** A service as a refusal of a stale step carries it (src/protection/case-sync.ts, `staleStepDetails`). */
export interface CurrentService {
  serviceId: string | null;
  service: string;
  status: string | null;
  last: { status: string; at: string; by: string | null; language: string } | null;
}

/** What the caseworker recorded on the case without a connection, as it will be sent. */
export type CaseWork =
  | { kind: 'needs'; body: NeedsBody }
  | { kind: 'offer'; service: string; body: ServiceOfferBody }
  | { kind: 'step'; service: string; serviceId: string; body: ServiceDecisionBody };

/**
 * One record waiting on this phone: its id (made here, sent with it: the server answers a resend as recorded),
 * when and by whom it was made. A step carries the service's status it was made on (`body.base`).
 */
export type QueuedWork = CaseWork & {
  id: string;
  caseId: string;
  savedAt: string;
  author: { id: string; name: string };
  /** Someone recorded another step meanwhile: the service now, for the person to choose. */
  conflict?: CurrentService;
  /** The server refused it for another reason (the case closed meanwhile): said, kept until dropped. */
  refused?: string;
};

/** The case's work kept without a connection, sealed in the field kit; the record's name holds the case's id only. */
const name = (caseId: string) => `outbox/case/${caseId}`;

const isQueued = (x: unknown): x is QueuedWork => {
  const q = x as Partial<QueuedWork> | null;
  return typeof q?.id === 'string' && typeof q.kind === 'string' && typeof q.body === 'object';
};

export async function readCaseOutbox(caseId: string): Promise<QueuedWork[]> {
  const raw = await vault.read<unknown>(name(caseId));
  return Array.isArray(raw) ? raw.filter(isQueued) : [];
}

export function changeCaseOutbox(
  caseId: string,
  change: (q: QueuedWork[]) => QueuedWork[],
): Promise<QueuedWork[]> {
  return vault.change<QueuedWork[]>(name(caseId), [], (q) =>
    change(Array.isArray(q) ? q.filter(isQueued) : []),
  );
}

/** Records a case's work: sent at once, or kept in the field kit's outbox (useCase.ts); says which. */
export type RecordWork = (work: CaseWork) => Promise<'sent' | 'kept'>;

/** What the server takes of any of them (each checked against its route's schema). */
export type CaseBody = NeedsBody | ServiceOfferBody | ServiceDecisionBody;

/** Where a record is sent. */
export function pathOf(caseId: string, w: CaseWork): string {
  const base = `/api/protection/cases/${encodeURIComponent(caseId)}`;
  if (w.kind === 'needs') return `${base}/needs`;
  if (w.kind === 'offer') return `${base}/services`;
  return `${base}/services/${encodeURIComponent(w.serviceId)}/decision`;
}

/** The status a service stands at on this phone: the last step waiting for it, or the one read. */
export function statusOnPhone(queue: QueuedWork[], service: string, read: string): string {
  const mine = queue.filter((x) => x.kind !== 'needs' && x.service === service && !x.conflict && !x.refused);
  const last = mine.at(-1);
  if (!last || last.kind === 'needs') return read;
  return last.kind === 'step' ? last.body.decision : 'offered';
}
