import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { Check } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { isoDay } from './labels.ts';
import type { StayBody } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

/**
 * Records a shelter stay: where, from when, whether the person is free to leave, any court date. The panel holds
 * the `action`, so that its messages outlive the form (which gives way to "End the stay").
 */
export function StayForm({ caseId, action }: { caseId: string; action: CaseAction }) {
  const { t } = useTranslation('protection');
  const [place, setPlace] = useState('');
  const [startedOn, setStartedOn] = useState(isoDay());
  const [freeToLeave, setFreeToLeave] = useState(true);
  const [courtDate, setCourtDate] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !place.trim()
      ? t('stays.form.placeProblem')
      : !startedOn
        ? t('stays.form.startProblem')
        : null;
    if (refuse(action, problem)) return;
    void action.run(async () => {
      await api.post(casePath(caseId, '/stays'), {
        place: place.trim(),
        startedOn,
        freeToLeave,
        ...(courtDate ? { courtDate } : {}),
      } satisfies StayBody);
      setPlace('');
      setCourtDate('');
    }, t('stays.form.done'))();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="stay-h">
      <h3 id="stay-h">{t('stays.form.title')}</h3>
      <div className="row">
        <Field label={t('stays.form.place')} value={place} onChange={setPlace} autoComplete="off" />
        <Field
          label={t('stays.form.startedOn')}
          type="date"
          value={startedOn}
          onChange={setStartedOn}
          max={isoDay()}
        />
      </div>
      <Check
        label={t('stays.form.freeToLeave')}
        checked={freeToLeave}
        onChange={setFreeToLeave}
        hint={t('stays.form.freeToLeaveHint')}
      />
      <Field
        label={t('stays.form.courtDate')}
        type="date"
        value={courtDate}
        onChange={setCourtDate}
        hint={t('stays.form.courtDateHint')}
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('stays.form.submit')}
        </button>
      </div>
    </form>
  );
}
