import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { isoDay } from '../protection/labels.ts';
import { type CaseAction, refuse } from '../protection/useCaseAction.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { options, type T, word } from './codes.ts';
import { ROLE_TIER } from './labels.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile, SuspectBody, SuspectRoleBody, SuspectStepBody } from './types.ts';

interface Props {
  c: CaseFile;
  action: CaseAction;
}

/** Each role with the tier it classes a suspect in, e.g. "Broker (exploiter)". */
const roleOptions = (t: T) =>
  options(t, 'suspectRole').map(
    ([code, role]) =>
      [
        code,
        t('suspects.roleOption', { role, tier: word(t, 'tier', ROLE_TIER[code]).toLowerCase() }),
      ] as const,
  );

const suspectOptions = (c: CaseFile) => c.suspects.map((s) => [s.id, s.label] as const);

/** Sets the role a suspect played; the tier follows from it. */
export function RoleForm({ c, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [suspectId, setSuspectId] = useState('');
  const [role, setRole] = useState<SuspectRoleBody['role'] | ''>('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId ? t('words.chooseTheSuspect') : !role ? t('suspects.chooseRole') : null;
    if (refuse(action, problem) || !role) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? t('words.theSuspectCap');
    void action.run(
      () =>
        api.put(caseFilePath(c.id, `/suspects/${encodeURIComponent(suspectId)}/role`), {
          role,
        } satisfies SuspectRoleBody),
      t('suspects.roleSet', {
        who,
        role: word(t, 'suspectRole', role),
        tier: word(t, 'tier', ROLE_TIER[role]).toLowerCase(),
      }),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="role-h">
      <h3 id="role-h">{t('suspects.roleHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.suspect')}
          value={suspectId}
          onChange={(v) => {
            setSuspectId(v);
            setRole((c.suspects.find((s) => s.id === v)?.role ?? '') as SuspectRoleBody['role'] | '');
          }}
          options={suspectOptions(c)}
          placeholder={t('words.chooseASuspect')}
        />
        <SelectField
          label={t('suspects.rolePlayed')}
          value={role}
          onChange={(v) => setRole(v as SuspectRoleBody['role'] | '')}
          options={roleOptions(t)}
          placeholder={t('words.chooseARole')}
        />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('suspects.setting') : t('suspects.setRole')}
        </button>
      </div>
    </form>
  );
}

/** Records a step of a suspect's cooperation or confession, on the day it happened. */
export function StepForm({ c, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [suspectId, setSuspectId] = useState('');
  const [step, setStep] = useState<SuspectStepBody['step'] | ''>('');
  const [on, setOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !suspectId
      ? t('words.chooseTheSuspect')
      : !step
        ? t('suspects.chooseStep')
        : !on
          ? t('words.giveDayHappened')
          : null;
    if (refuse(action, problem) || !step) return;
    const who = c.suspects.find((s) => s.id === suspectId)?.label ?? t('words.theSuspectCap');
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, `/suspects/${encodeURIComponent(suspectId)}/steps`), {
          step,
          on,
        } satisfies SuspectStepBody);
        setStep('');
      },
      t('suspects.stepRecorded', { who, step: word(t, 'suspectStep', step).toLowerCase() }),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="step-h">
      <h3 id="step-h">{t('suspects.stepHeading')}</h3>
      <div className="row">
        <SelectField
          label={t('words.suspect')}
          value={suspectId}
          onChange={setSuspectId}
          options={suspectOptions(c)}
          placeholder={t('words.chooseASuspect')}
        />
        <SelectField
          label={t('suspects.step')}
          value={step}
          onChange={(v) => setStep(v as SuspectStepBody['step'] | '')}
          options={options(t, 'suspectStep')}
          placeholder={t('suspects.chooseAStep')}
        />
        <Field label={t('words.on')} type="date" value={on} onChange={setOn} max={isoDay()} />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('suspects.recordStep')}
        </button>
      </div>
    </form>
  );
}

/** Adds a suspect by name (one from the intelligence picture is added from the scope panel). */
export function AddSuspectForm({ c, action }: Props) {
  const { t } = useTranslation('prosecution');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<SuspectRoleBody['role'] | ''>('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, label.trim() ? null : t('suspects.nameSuspect'))) return;
    const name = label.trim();
    void action.run(
      async () => {
        await api.post(caseFilePath(c.id, '/suspects'), {
          label: name,
          ...(role ? { role } : {}),
        } satisfies SuspectBody);
        setLabel('');
        setRole('');
      },
      t('words.addedAsSuspect', { name }),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="add-suspect-h">
      <h3 id="add-suspect-h">{t('suspects.addHeading')}</h3>
      <div className="row">
        <Field
          label={t('suspects.name')}
          value={label}
          onChange={setLabel}
          maxLength={200}
          autoComplete="off"
        />
        <SelectField
          label={t('suspects.rolePlayedOptional')}
          value={role}
          onChange={(v) => setRole(v as SuspectRoleBody['role'] | '')}
          options={roleOptions(t)}
          placeholder={t('suspects.notKnown')}
        />
      </div>
      <div>
        <button type="submit" className="button" disabled={action.busy}>
          {action.busy ? t('words.adding') : t('suspects.add')}
        </button>
      </div>
    </form>
  );
}
