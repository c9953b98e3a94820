import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { childStepForm, childStepKindOptions, childStepOutcomeOptions } from './child-labels.ts';
import { isoDay, languageOptions } from './labels.ts';
import type { ChildStepBody } from './types.ts';
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
  const { t } = useTranslation('protection');
  const [kind, setKind] = useState<ChildStepBody['kind'] | ''>('');
  const [outcome, setOutcome] = useState('');
  const [detail, setDetail] = useState('');
  const [language, setLanguage] = useState(caseLanguage);
  const [occurredOn, setOccurredOn] = useState(isoDay());
  const action = useCaseAction(onChanged);
  const form = childStepForm(t, kind);
  const outcomes = childStepOutcomeOptions(t, kind);
  const kinds = childStepKindOptions(t);
  const chooseKind = (k: string) => {
    setKind(k as ChildStepBody['kind'] | '');
    setOutcome('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !kind
      ? t('childStep.kindProblem')
      : outcomes && !outcome
        ? form?.outcome
          ? t('childStep.outcomeProblem', { what: form.outcome.toLowerCase() })
          : t('childStep.theOutcomeProblem')
        : kind === 'child_views' && !detail.trim()
          ? t('childStep.viewsProblem')
          : !occurredOn
            ? t('childStep.dayProblem')
            : null;
    if (refuse(action, problem) || !kind) return;
    const words = wordFor(kinds, kind);
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/child-steps'), {
          kind,
          ...(outcomes ? { outcome } : {}),
          detail: detail.trim(),
          language,
          occurredOn,
        } satisfies ChildStepBody);
        setKind('');
        setOutcome('');
        setDetail('');
      },
      t('childStep.done', { step: words }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="child-step-h">
      <h3 id="child-step-h">{t('childStep.title')}</h3>
      <div className="row">
        <SelectField
          label={t('childStep.step')}
          value={kind}
          onChange={chooseKind}
          options={kinds}
          placeholder={t('childStep.choose')}
          hint={form?.hint}
        />
        <Field
          label={t('childStep.day')}
          type="date"
          value={occurredOn}
          onChange={setOccurredOn}
          max={isoDay()}
        />
        <SelectField
          label={t('childStep.language')}
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
          placeholder={t('childStep.chooseOne')}
        />
      ) : null}
      {form ? <NoteField label={form.detail} value={detail} onChange={setDetail} /> : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy ? t('words.recording') : t('childStep.submit')}
        </button>
      </div>
    </form>
  );
}
