import { useState } from 'react';
import { api } from '../../api.ts';
import { SelectField } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { useLoad } from '../../useLoad.ts';
import { formatDay, INTEREST_KINDS, today, wordFor } from './labels.ts';
import type { Interest } from './types.ts';

/** The inspector's own register of declared interests: declare one, withdraw one. Only they see it. */
export function InterestsPanel() {
  const list = useLoad<{ interests: Interest[] }>('/api/monitoring/inspections/interests');
  const [kind, setKind] = useState('business');
  const [description, setDescription] = useState('');
  const { busy, error, setError, handle } = useSubmit();
  const declare = handle(async () => {
    if (!description.trim()) {
      setError('Describe the interest: the business, the relative’s business, or what you own.');
      return;
    }
    await api.post('/api/monitoring/inspections/interests', { kind, description, declaredOn: today() });
    setDescription('');
    list.reload();
  });
  const withdraw = (id: string) =>
    handle(async () => {
      await api.post(`/api/monitoring/inspections/interests/${id}/withdraw`, { withdrawnOn: today() });
      list.reload();
    })();
  const rows = list.data?.interests ?? [];
  return (
    <section className="panel" aria-labelledby="insp-interests-h">
      <h2 id="insp-interests-h">Your declared interests</h2>
      <p className="hint">
        Businesses you work for or advise, relatives in business, and what you own. Only you see this
        register; before each visit you state that you have no interest in that workplace or its employer.
      </p>
      {list.data && rows.length === 0 ? <p className="muted">You have declared no interest.</p> : null}
      {rows.length > 0 ? (
        <ul className="inspection-list">
          {rows.map((r) => (
            <li key={r.id} className="inspection-row">
              <span>
                <strong>{wordFor(INTEREST_KINDS, r.kind)}</strong>: {r.description}
              </span>
              <span className="sub">
                Declared {formatDay(r.declaredOn)}
                {r.withdrawnOn ? `; withdrawn ${formatDay(r.withdrawnOn)}` : ''}
              </span>
              {r.withdrawnOn ? null : (
                <button type="button" className="button" disabled={busy} onClick={() => withdraw(r.id)}>
                  Withdraw
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="stack" onSubmit={declare} noValidate aria-label="Declare an interest">
        <div className="row">
          <SelectField label="Kind of interest" value={kind} onChange={setKind} options={INTEREST_KINDS} />
          <Field label="Description" value={description} onChange={setDescription} autoComplete="off" />
        </div>
        <ErrorMessage message={error ?? list.error} />
        <div>
          <button type="submit" className="button" disabled={busy}>
            Declare the interest
          </button>
        </div>
      </form>
    </section>
  );
}
