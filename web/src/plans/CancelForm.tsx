import { useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { operationApi } from './paths.ts';
import type { Operation } from './types.ts';

/** Cancelling a plan that has not started, with the reason, behind a disclosure so it is not pressed by mistake. */
export function CancelForm({ id, onChange }: { id: string; onChange: (op: Operation) => void }) {
  const [reason, setReason] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    if (!reason.trim()) return setError('Say why the operation is cancelled.');
    onChange(await api.post<Operation>(`${operationApi(id)}/cancel`, { reason: reason.trim() }));
  });
  return (
    <details className="cancel">
      <summary>Cancel the operation…</summary>
      <form className="stack" onSubmit={submit} noValidate>
        <NoteField label="Reason for cancelling" value={reason} onChange={setReason} />
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            Cancel operation
          </button>
        </div>
      </form>
    </details>
  );
}
