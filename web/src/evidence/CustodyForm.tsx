import { useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { fromLocalInput, toLocalInput } from '../ui/datetime.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { CUSTODY_ACTIONS, CUSTODY_METHODS } from './labels.ts';
import type { Exhibit } from './types.ts';
import { useMembers } from './useMembers.ts';

interface Props {
  x: Exhibit;
  canReadOperations: boolean;
  onRecorded: () => void;
}

/**
 * Records the next custody entry: to whom (a member of the operation, or a person or body outside Lantern), why,
 * under what authority, how, where and when. A re-verified digital hash keeps the custodian.
 */
export function CustodyForm({ x, canReadOperations, onRecorded }: Props) {
  const members = useMembers(x.operation?.id ?? null, canReadOperations);
  const [action, setAction] = useState('');
  const [toUserId, setToUserId] = useState('');
  const [toExternal, setToExternal] = useState('');
  const [purpose, setPurpose] = useState('');
  const [authority, setAuthority] = useState('');
  const [method, setMethod] = useState('in_person');
  const [place, setPlace] = useState('');
  const [at, setAt] = useState(() => toLocalInput(new Date().toISOString(), true));
  const [atTouched, setAtTouched] = useState(false);
  const [hash, setHash] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const keeps = action === 'hash_reverified';
  const digital = x.nature === 'digital';
  const submit = handle(async () => {
    setStatus(null);
    if (!action) return setError('Choose what happens to the exhibit.');
    if (!keeps && !toUserId && !toExternal.trim()) return setError('Name the new custodian.');
    if (!keeps && toUserId && toExternal.trim())
      return setError('Name one new custodian: a member, or someone outside Lantern, not both.');
    if (!purpose.trim() || !authority.trim() || !place.trim())
      return setError('Give the purpose, the authority and the place.');
    const when = atTouched ? fromLocalInput(at) : new Date().toISOString();
    if (!when) return setError('Give the date and time of the handover.');
    if (hash.trim() && !/^[0-9a-f]{64}$/i.test(hash.trim()))
      return setError('The hash computed now must be 64 hexadecimal characters.');
    if (keeps && !hash.trim()) return setError('A re-verification records the hash computed now.');
    const r = await api.post<{ seq: number; hashMatches: boolean | null }>(
      `/api/evidence/exhibits/${encodeURIComponent(x.id)}/custody`,
      {
        action,
        toUserId: keeps || !toUserId ? null : toUserId,
        toExternal: keeps || toUserId ? null : toExternal.trim(),
        purpose: purpose.trim(),
        authority: authority.trim(),
        method,
        place: place.trim(),
        at: when,
        hashObserved: digital && hash.trim() ? hash.trim().toLowerCase() : null,
        note: note.trim(),
      },
    );
    setStatus(
      `Custody entry ${r.seq} recorded.${r.hashMatches === false ? ' The hash does NOT match the one taken at collection.' : ''}`,
    );
    setAction('');
    setToUserId('');
    setToExternal('');
    setHash('');
    setNote('');
    setAtTouched(false);
    onRecorded();
  });
  return (
    <section className="panel no-print" aria-labelledby="custody-form-h">
      <h2 id="custody-form-h">Record custody</h2>
      <form className="stack form-wide" onSubmit={submit} noValidate>
        <div className="row">
          <SelectField
            label="Action"
            value={action}
            onChange={setAction}
            options={CUSTODY_ACTIONS}
            placeholder="Choose…"
          />
          <SelectField label="Method" value={method} onChange={setMethod} options={CUSTODY_METHODS} />
        </div>
        {keeps ? null : (
          <div className="row">
            {members.length ? (
              <SelectField
                label="New custodian: a member of the operation"
                value={toUserId}
                onChange={setToUserId}
                options={members.map((m) => [m.userId, `${m.name} — ${m.agency}`] as const)}
                placeholder="None: someone outside Lantern"
              />
            ) : null}
            <Field
              label="New custodian outside Lantern"
              value={toExternal}
              onChange={setToExternal}
              hint="A person or body, e.g. “Evidence store, Provincial Police HQ”."
              disabled={Boolean(toUserId)}
              autoComplete="off"
            />
          </div>
        )}
        <div className="row">
          <Field label="Purpose" value={purpose} onChange={setPurpose} autoComplete="off" />
          <Field
            label="Authority"
            value={authority}
            onChange={setAuthority}
            hint="e.g. a warrant or an order, by its reference."
            autoComplete="off"
          />
        </div>
        <div className="row">
          <Field label="Place" value={place} onChange={setPlace} autoComplete="off" />
          <Field
            label="When"
            type="datetime-local"
            step={1}
            value={at}
            onChange={(v) => {
              setAt(v);
              setAtTouched(true);
            }}
            hint="Left as it is, the moment you press the button."
          />
        </div>
        {digital ? (
          <Field
            label="Hash computed now (SHA-256)"
            value={hash}
            onChange={setHash}
            className="mono"
            spellCheck={false}
            autoComplete="off"
            hint="Compared with the hash taken at collection; a mismatch is recorded, not refused."
          />
        ) : null}
        <NoteField label="Note" value={note} onChange={setNote} />
        <ErrorMessage message={error} />
        <StatusMessage message={status} tone="success" />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            Record custody
          </button>
        </div>
      </form>
    </section>
  );
}
