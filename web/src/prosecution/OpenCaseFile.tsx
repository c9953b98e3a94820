import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { plural } from './labels.ts';
import type { SharedOperation } from './types.ts';

interface Opened {
  id: string;
  ref: string;
  suspects: number;
  evidence: number;
}

const operationWords = (o: SharedOperation) =>
  `${o.codeName}, ${o.agency}${o.concludedAt ? `, concluded ${formatDate(o.concludedAt)}` : ''}: ${plural(o.arrests, 'arrest')}, ${plural(o.sharedExhibits, 'exhibit')} shared`;

/**
 * "Open a case file": from a concluded operation shared with the office (its arrests become suspects, the exhibits
 * shared its first evidence), or from intelligence with a title. The new case file opens at once.
 */
export function OpenCaseFile() {
  const ops = useLoad<{ operations: SharedOperation[] }>('/api/prosecution/operations');
  const [operationId, setOperationId] = useState('');
  const [title, setTitle] = useState('');
  const fromOp = useSubmit();
  const fromIntel = useSubmit();
  const operations = ops.data?.operations ?? [];

  const open = (body: object) => async () => {
    const made = await api.post<Opened>('/api/prosecution/cases', body);
    navigate(`/prosecution/${encodeURIComponent(made.id)}`);
  };
  const submitOp = (event: FormEvent) => {
    event.preventDefault();
    if (!operationId) {
      fromOp.setError('Choose the operation the case file is opened from.');
      return;
    }
    void fromOp.handle(open({ operationId }))();
  };
  const submitIntel = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      fromIntel.setError('Give the case file a title.');
      return;
    }
    void fromIntel.handle(open({ title: title.trim() }))();
  };

  return (
    <section className="panel" aria-labelledby="open-h">
      <h2 id="open-h">Open a case file</h2>
      <form className="stack form-wide" onSubmit={submitOp} noValidate aria-labelledby="open-op-h">
        <h3 id="open-op-h">From a concluded operation shared with your office</h3>
        <ErrorMessage message={ops.error} />
        {ops.data && operations.length === 0 ? (
          <p className="muted">No concluded operation has been shared with your office yet.</p>
        ) : null}
        {operations.length > 0 ? (
          <>
            <SelectField
              label="Shared operation"
              value={operationId}
              onChange={setOperationId}
              placeholder="Choose an operation"
              options={operations.map((o) => [o.id, operationWords(o)] as const)}
              hint="Its arrests become the suspects and the exhibits shared with your office its first evidence."
            />
            <ErrorMessage message={fromOp.error} />
            <div>
              <button type="submit" className="button primary" disabled={fromOp.busy}>
                {fromOp.busy ? 'Opening…' : 'Open from the operation'}
              </button>
            </div>
          </>
        ) : null}
      </form>
      <form
        className="stack form-wide subform"
        onSubmit={submitIntel}
        noValidate
        aria-labelledby="open-intel-h"
      >
        <h3 id="open-intel-h">From intelligence</h3>
        <Field
          label="Title"
          value={title}
          onChange={setTitle}
          maxLength={200}
          autoComplete="off"
          hint="What the case is about, e.g. the network or the site; add suspects and evidence once it is open."
        />
        <ErrorMessage message={fromIntel.error} />
        <div>
          <button type="submit" className="button" disabled={fromIntel.busy}>
            {fromIntel.busy ? 'Opening…' : 'Open from intelligence'}
          </button>
        </div>
      </form>
    </section>
  );
}
