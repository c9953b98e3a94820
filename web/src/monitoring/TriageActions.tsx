import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { CHILDREN, DANGERS, KINDS, tipApi } from './labels.ts';
import { placeDraftOf, placeToSend, TriagePlace } from './TriagePlace.tsx';
import type { TipDetail } from './types.ts';
import { useTipAction } from './useTipAction.ts';

interface Props {
  tip: TipDetail;
  onChanged: () => void;
}

/**
 * Triage (the danger, kind and children as the operator judges them, and the place on the map when the tip has
 * none or it is wrong), escalation, and closing with a reason.
 */
export function TriageActions({ tip, onChanged }: Props) {
  const [danger, setDanger] = useState(tip.danger ?? 'unknown');
  const [kind, setKind] = useState(tip.kind ?? 'unknown');
  const [children, setChildren] = useState(tip.children ?? 'unknown');
  const [note, setNote] = useState('');
  const [place, setPlace] = useState(() => placeDraftOf(tip));
  const [escalateNote, setEscalateNote] = useState('');
  const [reason, setReason] = useState('');
  const action = useTipAction(onChanged);

  const triage = (event: FormEvent) => {
    event.preventDefault();
    const placing = placeToSend(tip, place);
    if (action.refuse(placing.problem ?? null)) return;
    void action.run(
      () =>
        api.post(tipApi(tip.id, '/triage'), {
          danger,
          kind,
          children,
          note: note.trim(),
          ...(placing.place ? { place: placing.place } : {}),
        }),
      placing.place ? 'Tip triaged and placed on the map.' : 'Tip triaged.',
    )();
  };
  const escalate = () => {
    if (action.refuse(escalateNote.trim() ? null : 'Say why the tip is escalated.')) return;
    void action.run(
      () => api.post(tipApi(tip.id, '/escalate'), { note: escalateNote.trim() }),
      'Tip escalated.',
    )();
  };
  const close = () => {
    if (action.refuse(reason.trim() ? null : 'Give the reason for closing the tip.')) return;
    void action.run(() => api.post(tipApi(tip.id, '/close'), { reason: reason.trim() }), 'Tip closed.')();
  };

  return (
    <section className="panel" aria-labelledby="triage-h">
      <h2 id="triage-h">Triage</h2>
      <form className="stack form-wide" onSubmit={triage} noValidate aria-label="Triage the tip">
        <div className="row">
          <SelectField label="Danger" value={danger} onChange={setDanger} options={DANGERS} />
          <SelectField label="Kind of exploitation" value={kind} onChange={setKind} options={KINDS} />
          <SelectField label="Children involved" value={children} onChange={setChildren} options={CHILDREN} />
        </div>
        <Field
          label="Triage note (optional)"
          value={note}
          onChange={setNote}
          autoComplete="off"
          maxLength={1000}
        />
        <TriagePlace tip={tip} draft={place} onChange={setPlace} />
        <div>
          <button type="submit" className="button primary" disabled={action.busy}>
            Record the triage
          </button>
        </div>
      </form>
      {tip.escalated ? null : (
        <div className="stack form-wide subform">
          <h3>Escalate</h3>
          <Field
            label="Why it needs a senior’s eyes"
            value={escalateNote}
            onChange={setEscalateNote}
            autoComplete="off"
            maxLength={1000}
          />
          <div>
            <button type="button" className="button" disabled={action.busy} onClick={escalate}>
              Escalate the tip
            </button>
          </div>
        </div>
      )}
      <div className="stack form-wide subform">
        <h3>Close</h3>
        <Field
          label="Reason for closing"
          value={reason}
          onChange={setReason}
          autoComplete="off"
          maxLength={1000}
          hint="e.g. “the same matter as tip 41, already routed”, “no exploitation described”."
        />
        <div>
          <ConfirmButton
            label="Close the tip"
            question="Close this tip? It leaves the queue."
            confirmLabel="Yes, close it"
            busy={action.busy}
            onConfirm={close}
          />
        </div>
      </div>
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
    </section>
  );
}
