import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { formatDay, isoDay, languageOptions } from './labels.ts';
import { contactOutcomeOptions, followUpName, wellbeingOptions } from './reintegration-labels.ts';
import type { ReintegrationPlan, ScheduledFollowUp } from './reintegration-types.ts';
import { countryChoices } from './transfer-labels.ts';
import type { FollowUpBody, PlanBody } from './types.ts';
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
  const { t } = useTranslation('protection');
  const [goals, setGoals] = useState(plan?.goals ?? '');
  const [country, setCountry] = useState(plan?.country ?? '');
  const [area, setArea] = useState(plan?.area ?? '');
  const [startedOn, setStartedOn] = useState(plan?.startedOn ?? isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !goals.trim()
      ? t('reintegration.planForm.goalsProblem')
      : !country
        ? t('reintegration.planForm.countryProblem')
        : !area.trim()
          ? t('reintegration.planForm.areaProblem')
          : !startedOn
            ? t('reintegration.planForm.startProblem')
            : null;
    if (refuse(action, problem)) return;
    void action.run(
      () =>
        api.put(casePath(caseId, '/reintegration/plan'), {
          goals: goals.trim(),
          country,
          area: area.trim(),
          startedOn,
        } satisfies PlanBody),
      plan ? t('reintegration.planForm.changed') : t('reintegration.planForm.recorded'),
    )();
  };
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="plan-h">
      <h3 id="plan-h">{plan ? t('reintegration.planForm.change') : t('reintegration.planForm.title')}</h3>
      <NoteField
        label={t('reintegration.planForm.goals')}
        value={goals}
        onChange={setGoals}
        hint={t('reintegration.sealed')}
      />
      <div className="row">
        <SelectField
          label={t('reintegration.planForm.country')}
          value={country}
          onChange={setCountry}
          options={countryChoices()}
          placeholder={t('words.chooseCountry')}
        />
        <Field
          label={t('reintegration.planForm.area')}
          value={area}
          onChange={setArea}
          autoComplete="off"
          hint={t('reintegration.planForm.areaHint')}
        />
        <Field
          label={t('reintegration.planForm.startedOn')}
          type="date"
          value={startedOn}
          onChange={setStartedOn}
        />
      </div>
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {plan ? t('reintegration.planForm.change') : t('reintegration.planForm.submit')}
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

type Wellbeing = NonNullable<FollowUpBody['wellbeing']>;

/** Records a follow-up held with the person: reached or not, how they are, a note, any concern of re-trafficking. */
export function FollowUpForm({ caseId, plan, schedule, language, action }: FollowUpProps) {
  const { t } = useTranslation('protection');
  const open = schedule.filter((s) => s.state !== 'recorded');
  const [heldOn, setHeldOn] = useState(isoDay());
  const [dueDays, setDueDays] = useState(String(open.find((s) => s.state === 'due')?.dueDays ?? ''));
  const [contact, setContact] = useState<FollowUpBody['contact'] | ''>('');
  const [wellbeing, setWellbeing] = useState<Wellbeing | ''>('');
  const [note, setNote] = useState('');
  const [concern, setConcern] = useState(false);
  const [lang, setLang] = useState(language);
  const reached = contact === 'reached';
  const chosenDue = open.some((s) => String(s.dueDays) === dueDays) ? dueDays : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !heldOn
      ? t('reintegration.followUpForm.dayProblem')
      : heldOn < plan.startedOn
        ? t('reintegration.followUpForm.beforePlan', { on: formatDay(plan.startedOn) })
        : !contact
          ? t('reintegration.followUpForm.contactProblem')
          : reached && !wellbeing
            ? t('reintegration.followUpForm.wellbeingProblem')
            : null;
    if (refuse(action, problem) || !contact) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/follow-ups'), {
          heldOn,
          ...(chosenDue ? { dueDays: Number(chosenDue) } : {}),
          contact,
          ...(reached && wellbeing ? { wellbeing } : {}),
          note: note.trim(),
          retraffickingConcern: concern,
          language: lang,
        } satisfies FollowUpBody);
        setContact('');
        setWellbeing('');
        setNote('');
        setConcern(false);
      },
      concern ? t('reintegration.followUpForm.flagged') : t('reintegration.followUpForm.done'),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="follow-up-h">
      <h3 id="follow-up-h">{t('reintegration.followUpForm.title')}</h3>
      <div className="row">
        <Field
          label={t('reintegration.heldOn')}
          type="date"
          value={heldOn}
          onChange={setHeldOn}
          min={plan.startedOn}
          max={isoDay()}
        />
        <SelectField
          label={t('reintegration.followUpForm.which')}
          value={chosenDue}
          onChange={setDueDays}
          options={open.map(
            (s) =>
              [
                String(s.dueDays),
                t('reintegration.followUpForm.due', {
                  name: followUpName(t, s.dueDays),
                  on: formatDay(s.dueOn),
                }),
              ] as const,
          )}
          placeholder={t('reintegration.followUpForm.outside')}
        />
        <SelectField
          label={t('reintegration.followUpForm.language')}
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <div className="row">
        <SelectField
          label={t('reintegration.followUpForm.reached')}
          value={contact}
          onChange={(v) => {
            setContact(v as FollowUpBody['contact'] | '');
            if (v !== 'reached') setWellbeing('');
          }}
          options={contactOutcomeOptions(t)}
          placeholder={t('words.choose')}
        />
        {reached ? (
          <SelectField
            label={t('reintegration.howTheyAre')}
            value={wellbeing}
            onChange={(v) => setWellbeing(v as Wellbeing | '')}
            options={wellbeingOptions(t)}
            placeholder={t('words.choose')}
          />
        ) : null}
      </div>
      <NoteField
        label={t('words.noteOptional')}
        value={note}
        onChange={setNote}
        hint={t('reintegration.sealed')}
      />
      <Check
        label={t('reintegration.followUpForm.concern')}
        checked={concern}
        onChange={setConcern}
        hint={t('reintegration.followUpForm.concernHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('reintegration.followUpForm.submit')}
        </button>
      </div>
    </form>
  );
}
