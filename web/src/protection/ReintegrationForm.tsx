import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { formatDay, isoDay, languageOptions } from './labels.ts';
import { CONTACT_OUTCOMES, followUpName, WELLBEING_LEVELS } from './reintegration-labels.ts';
import type { ReintegrationPlan, ScheduledFollowUp } from './reintegration-types.ts';
import { COUNTRIES } from './transfer-labels.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

/** Records the person's reintegration plan, or changes it: their goals, where they live now, when it started. */
export function PlanForm({
  caseId,
  plan,
  action,
}: {
  caseId: string;
  plan: ReintegrationPlan | null;
  action: CaseAction;
}) {
  const [goals, setGoals] = useState(plan?.goals ?? '');
  const [country, setCountry] = useState(plan?.country ?? '');
  const [area, setArea] = useState(plan?.area ?? '');
  const [startedOn, setStartedOn] = useState(plan?.startedOn ?? isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !goals.trim()
      ? 'Write the person’s goals, in their words.'
      : !country
        ? 'Choose the country where the person lives now.'
        : !area.trim()
          ? 'Say where they live now (the province or district).'
          : !startedOn
            ? 'Give the day the plan started.'
            : null;
    if (refuse(action, problem)) return;
    void action.run(
      () =>
        api.put(casePath(caseId, '/reintegration/plan'), {
          goals: goals.trim(),
          country,
          area: area.trim(),
          startedOn,
        }),
      plan ? 'Reintegration plan changed.' : 'Reintegration plan recorded: follow-ups are now scheduled.',
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="plan-h">
      <h3 id="plan-h">{plan ? 'Change the plan' : 'Record the reintegration plan'}</h3>
      <NoteField label="The person’s goals" value={goals} onChange={setGoals} hint="Kept sealed." />
      <div className="row">
        <SelectField
          label="Country where they live now"
          value={country}
          onChange={setCountry}
          options={COUNTRIES}
          placeholder="Choose a country"
        />
        <Field
          label="Area"
          value={area}
          onChange={setArea}
          autoComplete="off"
          hint="Province or district, no address. Kept sealed."
        />
        <Field label="Started on" type="date" value={startedOn} onChange={setStartedOn} />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {plan ? 'Change the plan' : 'Record the plan'}
        </button>
      </div>
    </form>
  );
}

interface FollowUpProps {
  caseId: string;
  plan: ReintegrationPlan;
  schedule: readonly ScheduledFollowUp[];
  language: string;
  action: CaseAction;
}

/** Records a follow-up held with the person: reached or not, how they are, a note, any concern of re-trafficking. */
export function FollowUpForm({ caseId, plan, schedule, language, action }: FollowUpProps) {
  const open = schedule.filter((s) => s.state !== 'recorded');
  const [heldOn, setHeldOn] = useState(isoDay());
  const [dueDays, setDueDays] = useState(String(open.find((s) => s.state === 'due')?.dueDays ?? ''));
  const [contact, setContact] = useState('');
  const [wellbeing, setWellbeing] = useState('');
  const [note, setNote] = useState('');
  const [concern, setConcern] = useState(false);
  const [lang, setLang] = useState(language);
  const reached = contact === 'reached';
  const chosenDue = open.some((s) => String(s.dueDays) === dueDays) ? dueDays : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !heldOn
      ? 'Give the day the follow-up was held.'
      : heldOn < plan.startedOn
        ? `A follow-up is held after the plan started (${formatDay(plan.startedOn)}).`
        : !contact
          ? 'Say whether the person was reached.'
          : reached && !wellbeing
            ? 'Say how the person is.'
            : null;
    if (refuse(action, problem)) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/follow-ups'), {
          heldOn,
          ...(chosenDue ? { dueDays: Number(chosenDue) } : {}),
          contact,
          ...(reached ? { wellbeing } : {}),
          note: note.trim(),
          retraffickingConcern: concern,
          language: lang,
        });
        setContact('');
        setWellbeing('');
        setNote('');
        setConcern(false);
      },
      concern
        ? 'Follow-up recorded. The case is flagged: the person may have been trafficked again.'
        : 'Follow-up recorded.',
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="follow-up-h">
      <h3 id="follow-up-h">Record a follow-up</h3>
      <div className="row">
        <Field
          label="Held on"
          type="date"
          value={heldOn}
          onChange={setHeldOn}
          min={plan.startedOn}
          max={isoDay()}
        />
        <SelectField
          label="Which follow-up"
          value={chosenDue}
          onChange={setDueDays}
          options={open.map(
            (s) => [String(s.dueDays), `${followUpName(s.dueDays)}, due ${formatDay(s.dueOn)}`] as const,
          )}
          placeholder="One outside the schedule"
        />
        <SelectField
          label="Language of the follow-up"
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <div className="row">
        <SelectField
          label="Was the person reached?"
          value={contact}
          onChange={(v) => {
            setContact(v);
            if (v !== 'reached') setWellbeing('');
          }}
          options={CONTACT_OUTCOMES}
          placeholder="Choose"
        />
        {reached ? (
          <SelectField
            label="How they are"
            value={wellbeing}
            onChange={setWellbeing}
            options={WELLBEING_LEVELS}
            placeholder="Choose"
          />
        ) : null}
      </div>
      <NoteField label="Note (optional)" value={note} onChange={setNote} hint="Kept sealed." />
      <Check
        label="Concern: the person may have been trafficked again"
        checked={concern}
        onChange={setConcern}
        hint="Flags the case at once; the flag stays with its date."
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record the follow-up'}
        </button>
      </div>
    </form>
  );
}
