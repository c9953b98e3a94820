import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { formatDay, isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { caseFilePath } from './paths.ts';
import { REMEDY_KINDS, REMEDY_STATUSES, REMEDY_TARGETS, remedyName } from './remedy-labels.ts';
import type { Remedy } from './remedy-types.ts';
import type { CaseFile } from './types.ts';

/** Records a remedy requested of an authority against a suspect of the case or the case's site. */
export function RequestRemedyForm({ c, action }: { c: CaseFile; action: CaseAction }) {
  const [kind, setKind] = useState('');
  const [target, setTarget] = useState(c.siteEntityId ? '' : 'suspect');
  const [suspectId, setSuspectId] = useState('');
  const [authority, setAuthority] = useState('');
  const [on, setOn] = useState(isoDay());
  const [reference, setReference] = useState('');
  const targets = REMEDY_TARGETS.filter(([k]) => k === 'suspect' || c.siteEntityId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? 'Choose the remedy.'
      : !target
        ? 'Say whom it is against: a suspect or the case’s site.'
        : target === 'suspect' && !suspectId
          ? 'Choose the suspect.'
          : !authority.trim()
            ? 'Name the authority it is requested of.'
            : !on
              ? 'Give the day it was requested.'
              : null;
    if (refuse(action, problem)) return;
    const suspect = c.suspects.find((s) => s.id === suspectId) ?? null;
    const name = remedyName({ kind, target, suspect: target === 'suspect' ? suspect : null });
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/remedies'), {
          kind,
          authority: authority.trim(),
          target,
          ...(target === 'suspect' ? { suspectId } : {}),
          on,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        });
        setKind('');
        setReference('');
      },
      `${name}: requested on ${formatDay(on)}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="remedy-h">
      <h3 id="remedy-h">Request a remedy</h3>
      <div className="row">
        <SelectField
          label="Remedy"
          value={kind}
          onChange={setKind}
          options={REMEDY_KINDS}
          placeholder="Choose a remedy"
        />
        <SelectField
          label="Against"
          value={target}
          onChange={setTarget}
          options={targets}
          placeholder="Choose"
          hint={
            c.siteEntityId
              ? undefined
              : 'This case file has no site: it was not opened from an operation on one.'
          }
        />
        {target === 'suspect' ? (
          <SelectField
            label="Suspect"
            value={suspectId}
            onChange={setSuspectId}
            options={c.suspects.map((s) => [s.id, s.label] as const)}
            placeholder="Choose a suspect"
          />
        ) : null}
      </div>
      <div className="row">
        <Field
          label="Authority"
          value={authority}
          onChange={setAuthority}
          maxLength={200}
          autoComplete="off"
          hint="The inspectorate, office or court, e.g. Department of Labour Protection and Welfare."
        />
        <Field label="Requested on" type="date" value={on} onChange={setOn} max={isoDay()} />
        <Field
          label="Reference (optional)"
          value={reference}
          onChange={setReference}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the request'}
        </button>
      </div>
    </form>
  );
}

/** Records a remedy's next step: ordered or refused, then complied with or appealed. */
export function RemedyStepForm({
  c,
  remedies,
  action,
}: {
  c: CaseFile;
  remedies: readonly Remedy[];
  action: CaseAction;
}) {
  const [remedyId, setRemedyId] = useState('');
  const [status, setStatus] = useState('');
  const [on, setOn] = useState(isoDay());
  const [reference, setReference] = useState('');
  const remedy = remedies.find((r) => r.id === remedyId) ?? null;
  const chosen = remedy?.next.includes(status) ? status : '';
  const last = remedy?.steps.at(-1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !remedy
      ? 'Choose the remedy.'
      : !chosen
        ? 'Choose what happened.'
        : !on
          ? 'Give the day it happened.'
          : last && on < last.on
            ? `The remedy was ${wordFor(REMEDY_STATUSES, last.status).toLowerCase()} on ${formatDay(last.on)}: its next step cannot be earlier.`
            : null;
    if (refuse(action, problem) || !remedy) return;
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/remedies/${encodeURIComponent(remedy.id)}/steps`), {
          status: chosen,
          on,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        });
        setStatus('');
        setReference('');
      },
      `${remedyName(remedy)}: ${wordFor(REMEDY_STATUSES, chosen).toLowerCase()} on ${formatDay(on)}.`,
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="remedy-step-h">
      <h3 id="remedy-step-h">Record a remedy’s next step</h3>
      <div className="row">
        <SelectField
          label="Remedy"
          value={remedyId}
          onChange={(v) => {
            setRemedyId(v);
            setStatus('');
          }}
          options={remedies.map(
            (r) => [r.id, `${remedyName(r)} (${wordFor(REMEDY_STATUSES, r.status).toLowerCase()})`] as const,
          )}
          placeholder="Choose a remedy"
        />
        <SelectField
          label="What happened"
          value={chosen}
          onChange={setStatus}
          options={REMEDY_STATUSES.filter(([k]) => remedy?.next.includes(k))}
          placeholder={remedy ? 'Choose' : 'Choose the remedy first'}
        />
        <Field label="On" type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <Field
        label="Reference (optional)"
        value={reference}
        onChange={setReference}
        maxLength={200}
        autoComplete="off"
      />
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the remedy’s step'}
        </button>
      </div>
    </form>
  );
}
