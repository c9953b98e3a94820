import { useState } from 'react';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { operationPath } from './paths.ts';
import type { Operation } from './types.ts';

/** On an approved raid or rescue decision: plan an operation on its target, under a code name. */
export function PlanOperationPanel({ decisionId }: { decisionId: string }) {
  const [codeName, setCodeName] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const submit = handle(async () => {
    const name = codeName.trim();
    if (!name) return setError('Give the operation a code name.');
    const op = await api.post<Operation>('/api/operations/plans', { decisionId, codeName: name });
    navigate(operationPath(op.id));
  });
  return (
    <section className="panel" aria-labelledby="plan-op-h">
      <h2 id="plan-op-h">Plan an operation</h2>
      <p className="hint">
        You become its first commanding member. From then on only the people you name in its team see the
        target, place and time; everyone else sees the code name only.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="row">
          <Field
            label="Code name"
            value={codeName}
            onChange={setCodeName}
            hint="A word that says nothing about the target, e.g. KESTREL."
            autoComplete="off"
            maxLength={60}
            required
          />
        </div>
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Planning…' : 'Plan operation'}
          </button>
        </div>
      </form>
    </section>
  );
}
