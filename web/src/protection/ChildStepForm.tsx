import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { CHILD_STEP_FORMS, CHILD_STEP_KINDS, CHILD_STEP_OUTCOMES } from './child-labels.ts';
import { isoDay, languageOptions } from './labels.ts';
import { casePath, refuse, useCaseAction } from './useCaseAction.ts';

interface Props {
  caseId: string;
  language: string;
  onChanged: () => void;
}

/**
 * Records a step of a child's protection (the case's caseworker): the kind of step chooses the form — its outcome,
 * if it has one, and what its detail asks for — with the language it was held in and the day.
 */
export function ChildStepForm({ caseId, language: caseLanguage, onChanged }: Props) {
  const [kind, setKind] = useState('');
  const [outcome, setOutcome] = useState('');
  const [detail, setDetail] = useState('');
  const [language, setLanguage] = useState(caseLanguage);
  const [occurredOn, setOccurredOn] = useState(isoDay());
  const action = useCaseAction(onChanged);
  const form = CHILD_STEP_FORMS[kind];
  const outcomes = CHILD_STEP_OUTCOMES[kind];
  const chooseKind = (k: string) => {
    setKind(k);
    setOutcome('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? 'Choose the step to record.'
      : outcomes && !outcome
        ? `Choose: ${form?.outcome?.toLowerCase() ?? 'the outcome'}.`
        : kind === 'child_views' && !detail.trim()
          ? 'Write down the child’s views, in their own words.'
          : !occurredOn
            ? 'Give the day of the step.'
            : null;
    if (refuse(action, problem)) return;
    const words = wordFor(CHILD_STEP_KINDS, kind);
    void action.run(async () => {
      await api.post(casePath(caseId, '/child-steps'), {
        kind,
        ...(outcomes ? { outcome } : {}),
        detail: detail.trim(),
        language,
        occurredOn,
      });
      setKind('');
      setOutcome('');
      setDetail('');
    }, `${words} recorded.`)();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="child-step-h">
      <h3 id="child-step-h">Record a step</h3>
      <div className="row">
        <SelectField
          label="Step"
          value={kind}
          onChange={chooseKind}
          options={CHILD_STEP_KINDS}
          placeholder="Choose a step"
          hint={form?.hint}
        />
        <Field
          label="Day of the step"
          type="date"
          value={occurredOn}
          onChange={setOccurredOn}
          max={isoDay()}
        />
        <SelectField
          label="Language it was held in"
          value={language}
          onChange={setLanguage}
          options={languageOptions(caseLanguage)}
        />
      </div>
      {outcomes && form?.outcome ? (
        <SelectField
          label={form.outcome}
          value={outcome}
          onChange={setOutcome}
          options={outcomes}
          placeholder="Choose one"
        />
      ) : null}
      {form ? <NoteField label={form.detail} value={detail} onChange={setDetail} /> : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the step'}
        </button>
      </div>
    </form>
  );
}
