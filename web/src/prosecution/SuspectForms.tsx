import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ROLE_TIER, SUSPECT_ROLES, SUSPECT_STEPS, TIERS } from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';

interface Props {
  c: CaseFile;
  action: CaseAction;
}

/** Each role with the tier it classes a suspect in, e.g. "Broker (exploiter)". */
const ROLE_OPTIONS = SUSPECT_ROLES.map(
  ([code, words]) => [code, `${words} (${wordFor(TIERS, ROLE_TIER[code]).toLowerCase()})`] as const,
);

const suspectOptions = (c: CaseFile) => c.suspects.map((s) => [s.id, s.label] as const);

/** Sets the role a suspect played; the tier follows from it. */
export function RoleForm({ c, action }: Props) {
  const [suspectId, setSuspectId] = useState('');
  const [role, setRole] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId ? 'Choose the suspect.' : !role ? 'Choose the role they played.' : null;
    if (refuse(action, problem)) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? 'The suspect';
    void action.run(
      () =>
        api.put(caseFilePath(c.id, `/suspects/${encodeURIComponent(suspectId)}/role`), {
          role,
        }),
      `${who}: ${wordFor(SUSPECT_ROLES, role)}, ${wordFor(TIERS, ROLE_TIER[role]).toLowerCase()}.`,
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="role-h">
      <h3 id="role-h">Set a suspect’s role</h3>
      <div className="row">
        <SelectField
          label="Suspect"
          value={suspectId}
          onChange={(v) => {
            setSuspectId(v);
            setRole(c.suspects.find((s) => s.id === v)?.role ?? '');
          }}
          options={suspectOptions(c)}
          placeholder="Choose a suspect"
        />
        <SelectField
          label="Role played"
          value={role}
          onChange={setRole}
          options={ROLE_OPTIONS}
          placeholder="Choose a role"
        />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Setting…' : 'Set the role'}
        </button>
      </div>
    </form>
  );
}

/** Records a step of a suspect's cooperation or confession, on the day it happened. */
export function StepForm({ c, action }: Props) {
  const [suspectId, setSuspectId] = useState('');
  const [step, setStep] = useState('');
  const [on, setOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId
      ? 'Choose the suspect.'
      : !step
        ? 'Choose the step.'
        : !on
          ? 'Give the day it happened.'
          : null;
    if (refuse(action, problem)) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? 'The suspect';
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/suspects/${encodeURIComponent(suspectId)}/steps`), { step, on });
        setStep('');
      },
      `${who}: ${wordFor(SUSPECT_STEPS, step).toLowerCase()}, recorded.`,
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="step-h">
      <h3 id="step-h">Record cooperation or confession</h3>
      <div className="row">
        <SelectField
          label="Suspect"
          value={suspectId}
          onChange={setSuspectId}
          options={suspectOptions(c)}
          placeholder="Choose a suspect"
        />
        <SelectField
          label="Step"
          value={step}
          onChange={setStep}
          options={SUSPECT_STEPS}
          placeholder="Choose a step"
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the step'}
        </button>
      </div>
    </form>
  );
}

/** Adds a suspect by name (one from the intelligence picture is added from the scope panel). */
export function AddSuspectForm({ c, action }: Props) {
  const [label, setLabel] = useState('');
  const [role, setRole] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, label.trim() ? null : 'Name the suspect.')) return;
    const name = label.trim();
    void action.run(async () => {
      await api.post(caseFilePath(c.id, '/suspects'), { label: name, ...(role ? { role } : {}) });
      setLabel('');
      setRole('');
    }, `${name} added as a suspect.`)();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-suspect-h">
      <h3 id="add-suspect-h">Add a suspect</h3>
      <div className="row">
        <Field
          label="Name or description"
          value={label}
          onChange={setLabel}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          label="Role played (optional)"
          value={role}
          onChange={setRole}
          options={ROLE_OPTIONS}
          placeholder="Not known yet"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Adding…' : 'Add the suspect'}
        </button>
      </div>
    </form>
  );
}
