import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { PointFields } from '../ui/PointFields.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { IntakePeople } from './IntakePeople.tsx';
import { IntakeResultPanel } from './IntakeResult.tsx';
import { EMPTY_INTAKE, type IntakeDraft, intakeBody } from './intake-form.ts';
import {
  CHILDREN,
  COUNTRIES,
  DANGERS,
  INTAKE_CHANNELS,
  KINDS,
  TIP_LANGUAGES,
  TLP_OPTIONS,
} from './labels.ts';
import { TextBox } from './TextBox.tsx';
import type { IntakeResult } from './types.ts';

/**
 * "Report a tip": the structured intake in sections (what, where, when, who, how many, children, danger, numbers
 * and plates, marking), the reporter's words in their own language. After saving, the tips it may repeat.
 */
export function IntakeForm({ canTriage }: { canTriage: boolean }) {
  const [draft, setDraft] = useState<IntakeDraft>(EMPTY_INTAKE);
  const [saved, setSaved] = useState<IntakeResult | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const change = (c: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...c }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = intakeBody(draft);
    if ('error' in built) {
      setError(built.error);
      return;
    }
    void handle(async () => {
      const result = await api.post<IntakeResult>('/api/monitoring/intake', built.body);
      setSaved(result);
      setDraft(EMPTY_INTAKE);
    })();
  };

  if (saved)
    return <IntakeResultPanel result={saved} canTriage={canTriage} onAnother={() => setSaved(null)} />;

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby="intake-h">
      <h2 id="intake-h">Report a tip</h2>
      <fieldset className="form-group">
        <legend>What was reported</legend>
        <div className="row">
          <SelectField
            label="How it came in"
            value={draft.channel}
            onChange={(channel) => change({ channel })}
            options={INTAKE_CHANNELS}
          />
          <Field
            label="When it came in (optional)"
            type="datetime-local"
            value={draft.receivedAt}
            onChange={(receivedAt) => change({ receivedAt })}
            hint="Leave empty if it came in just now."
          />
          <SelectField
            label="Language the reporter used"
            value={draft.language}
            onChange={(language) => change({ language })}
            options={TIP_LANGUAGES}
          />
        </div>
        <TextBox
          label="What the reporter said"
          value={draft.text}
          onChange={(text) => change({ text })}
          rows={6}
          lang={draft.language}
          hint="In the reporter’s own language and words, as fully as they gave it."
        />
        <SelectField
          label="Kind of exploitation"
          value={draft.kind}
          onChange={(kind) => change({ kind })}
          options={KINDS}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>Where</legend>
        <div className="row">
          <Field
            label="The place, as described"
            value={draft.placeHint}
            onChange={(placeHint) => change({ placeHint })}
            autoComplete="off"
            maxLength={300}
            hint="e.g. “shrimp shed behind the pier, Mahachai”."
          />
          <SelectField
            label="Country"
            value={draft.country}
            onChange={(country) => change({ country })}
            options={COUNTRIES}
            placeholder="Not known"
          />
        </div>
        <PointFields
          lat={draft.lat}
          lon={draft.lon}
          onChange={(lat, lon) => change({ lat, lon })}
          purpose="where it happens"
          labels={{ lat: 'Latitude (optional)', lon: 'Longitude (optional)' }}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>When</legend>
        <Field
          label="When it happened"
          value={draft.occurred}
          onChange={(occurred) => change({ occurred })}
          autoComplete="off"
          maxLength={200}
          hint="In words: “last night”, “every day since March”, “going on now”."
        />
      </fieldset>
      <IntakePeople draft={draft} onChange={change} />
      <fieldset className="form-group">
        <legend>How many, children and danger</legend>
        <div className="row">
          <Field
            label="How many people are at risk (optional)"
            value={draft.peopleCount}
            onChange={(peopleCount) => change({ peopleCount })}
            inputMode="numeric"
            hint="Leave empty when not known."
          />
          <SelectField
            label="Children involved"
            value={draft.children}
            onChange={(children) => change({ children })}
            options={CHILDREN}
          />
          <SelectField
            label="Immediate danger"
            value={draft.danger}
            onChange={(danger) => change({ danger })}
            options={DANGERS}
            hint="A risk to life is triaged within the hour."
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>Numbers and plates</legend>
        <div className="row">
          <TextBox
            label="Phone numbers named"
            value={draft.phones}
            onChange={(phones) => change({ phones })}
            rows={2}
            hint="One a line. They find the same matter told by another source."
          />
          <TextBox
            label="Vehicle plates named"
            value={draft.plates}
            onChange={(plates) => change({ plates })}
            rows={2}
            hint="One a line."
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>Marking</legend>
        <SelectField
          label="Who may hear what the tip says"
          value={draft.tlp}
          onChange={(tlp) => change({ tlp })}
          options={TLP_OPTIONS}
        />
      </fieldset>
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save the tip'}
        </button>
      </div>
    </form>
  );
}
