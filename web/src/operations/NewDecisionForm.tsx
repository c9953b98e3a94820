import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import type { TargetGrades } from '../intel/network-analysis/types.ts';
import type { EntityRef, Registry } from '../intel/types.ts';
import { EntityPicker } from '../intel/workbench/EntityPicker.tsx';
import { navigate } from '../router.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { type AssessmentForm, EMPTY_ASSESSMENT, missingWords, toAssessment } from './assessmentForm.ts';
import { EvidenceFields } from './EvidenceFields.tsx';
import { LivePanel } from './LivePanel.tsx';
import { interventionOptions, inWords, joinList } from './labels.ts';
import { NoteField } from './NoteField.tsx';
import { RiskFields } from './RiskFields.tsx';
import { SituationFields } from './SituationFields.tsx';
import { TargetingRank } from './TargetingRank.tsx';
import type { Decision, DecisionBody, Intervention } from './types.ts';

const TARGET_TYPES = ['site', 'organisation', 'person', 'vessel', 'place'] as const;

import { useRecommendation } from './useRecommendation.ts';

/** The assessment, the live recommendation, then the decision with its rationale; opens the decision. */
export function NewDecisionForm() {
  const { t } = useTranslation('operations');
  const [label, setLabel] = useState('');
  const [target, setTarget] = useState<EntityRef | null>(null);
  const [fromPicture, setFromPicture] = useState<number | undefined>(undefined);
  const reg = useLoad<Registry>('/api/intel/registry');
  const [form, setForm] = useState<AssessmentForm>(EMPTY_ASSESSMENT);
  const [chosen, setChosen] = useState<Intervention | '' | null>(null);
  const [rationale, setRationale] = useState('');
  const set = <K extends keyof AssessmentForm>(key: K, value: AssessmentForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const assessment = toAssessment(form);
  const live = useRecommendation(assessment);
  const recommended = live.result?.recommendation ?? '';
  const decision = chosen ?? recommended;
  const departs = decision !== '' && recommended !== '' && decision !== recommended;
  const { busy, error, setError, handle } = useSubmit();
  const stillNeeded = missingWords(t, form);
  const interventions = interventionOptions();
  // A target from the picture brings its label and the grades of the reports about it.
  const pick = async (e: EntityRef | null) => {
    setTarget(e);
    setFromPicture(undefined);
    if (!e) return;
    setLabel(e.label);
    const { grades } = await api.get<TargetGrades>(`/api/intel/entities/${encodeURIComponent(e.id)}/grades`);
    if (!grades) return;
    setForm((f) => ({
      ...f,
      sourceGrade: grades.strongestSourceGrade,
      infoGrade: grades.strongestInfoGrade,
      corroboratingReports: String(grades.corroboratingReports),
    }));
    setFromPicture(grades.reports.length);
  };

  const submit = handle(async () => {
    if (!label.trim()) return setError(t('newDecision.nameTarget'));
    if (!assessment)
      return setError(t('newDecision.complete', { missing: joinList(stillNeeded, 'semicolon') }));
    if (!decision) return setError(t('newDecision.choose'));
    const d = await api
      .post<Decision>('/api/operations/decisions', {
        target: target ? { entityId: target.id, label: label.trim() } : { label: label.trim() },
        assessment,
        decision,
        rationale: rationale.trim(),
      } satisfies DecisionBody)
      .catch((e: unknown) => {
        throw e instanceof ApiError ? new ApiError(e.status, e.code, inWords(e.message) ?? e.message) : e;
      });
    navigate(`/operations/decisions/${encodeURIComponent(d.id)}`);
  });

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate>
      {reg.data ? (
        <EntityPicker
          reg={reg.data}
          label={t('newDecision.fromPicture')}
          types={TARGET_TYPES}
          exclude={[]}
          value={target}
          onChange={(e) => {
            pick(e).catch(() => setError(t('newDecision.gradesFailed')));
          }}
          hint={t('newDecision.fromPictureHint')}
        />
      ) : null}
      <Field
        label={t('newDecision.target')}
        value={label}
        onChange={setLabel}
        hint={t('newDecision.targetHint')}
        autoComplete="off"
        required
      />
      {target?.type === 'site' ? <TargetingRank entityId={target.id} /> : null}
      <SituationFields form={form} set={set} />
      <EvidenceFields form={form} set={set} fromPicture={fromPicture} />
      <RiskFields form={form} set={set} />
      <LivePanel result={live.result} error={live.error} pending={live.pending} missing={stillNeeded} />
      <fieldset className="form-group">
        <legend>{t('newDecision.legend')}</legend>
        <div className="row">
          <SelectField
            label={t('newDecision.intervention')}
            value={decision}
            onChange={(v) => setChosen(v as Intervention | '')}
            options={interventions}
            placeholder={recommended ? undefined : t('choose')}
            hint={
              departs
                ? t('newDecision.departs', { recommendation: wordFor(interventions, recommended) })
                : undefined
            }
          />
        </div>
        <NoteField
          label={t('newDecision.rationale')}
          value={rationale}
          onChange={setRationale}
          hint={t('newDecision.rationaleHint')}
        />
      </fieldset>
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('newDecision.recording') : t('newDecision.submit')}
        </button>
      </div>
    </form>
  );
}
