import { useState } from 'react';
import { api } from '../api.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { NoteField } from './NoteField.tsx';
import type { Decision } from './types.ts';

/** Dissent recorded beside the decision, and a form to add your own. */
export function DissentPanel({ d, onChange }: { d: Decision; onChange: (d: Decision) => void }) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    setStatus(null);
    if (!text.trim()) return setError('Write your dissent first.');
    const path = `/api/operations/decisions/${encodeURIComponent(d.id)}/dissent`;
    onChange(await api.post<Decision>(path, { text: text.trim() }));
    setText('');
    setStatus('Your dissent is recorded.');
  });
  return (
    <section className="panel" aria-labelledby="dissent-h">
      <h2 id="dissent-h">Dissent</h2>
      {d.dissents.length === 0 ? (
        <p className="muted">No dissent recorded.</p>
      ) : (
        <ul className="dissents">
          {d.dissents.map((x) => (
            <li key={`${x.at}-${x.by}`}>
              <p>{x.text}</p>
              <p className="muted small">
                {x.by}, {formatDateTime(x.at)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form className="stack" onSubmit={submit} noValidate>
        <NoteField
          label="Add your dissent"
          value={text}
          onChange={setText}
          hint="Recorded with your name beside the decision; it does not change it."
        />
        <ErrorMessage message={error} />
        <StatusMessage message={status} tone="success" />
        <div>
          <button type="submit" className="button" disabled={busy}>
            Record dissent
          </button>
        </div>
      </form>
    </section>
  );
}
