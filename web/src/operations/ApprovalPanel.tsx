import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { NoteField } from './NoteField.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import type { Decision } from './types.ts';

const OWN = 'You decided this; another commander must approve it.';

/** Approval by a second commander: the note and the verdict, or the form to give them. */
export function ApprovalPanel({ d, canWrite, onChange }: Props) {
  const [note, setNote] = useState('');
  const { busy, error, handle } = useSubmit();
  const send = (approve: boolean) =>
    handle(async () => {
      const path = `/api/operations/decisions/${encodeURIComponent(d.id)}/approval`;
      try {
        onChange(await api.post<Decision>(path, { approve, note: note.trim() }));
      } catch (e) {
        throw e instanceof ApiError && e.status === 403 ? new ApiError(403, e.code, OWN) : e;
      }
    });
  return (
    <section className="panel" aria-labelledby="approval-h">
      <h2 id="approval-h">Approval</h2>
      <p>
        <StatusBadge status={d.status} />
      </p>
      {d.status !== 'awaiting_approval' ? (
        <p>
          {d.status === 'approved' ? 'Approved' : 'Rejected'} by {d.approvedBy ?? 'someone unknown'}
          {d.approvedAt ? ` on ${formatDateTime(d.approvedAt)}` : ''}.
          {d.approvalNote ? ` Note: ${d.approvalNote}` : ''}
        </p>
      ) : canWrite ? (
        <form className="stack" onSubmit={send(true)} noValidate>
          <p className="hint">
            Another commander, not the one who decided, approves or rejects the decision.
          </p>
          <NoteField label="Approval note" value={note} onChange={setNote} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              Approve
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void send(false)()}>
              Reject
            </button>
          </div>
          <ErrorMessage message={error} />
        </form>
      ) : (
        <p className="muted">Waiting for a commander to approve or reject it.</p>
      )}
    </section>
  );
}

interface Props {
  d: Decision;
  canWrite: boolean;
  onChange: (d: Decision) => void;
}
