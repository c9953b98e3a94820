import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { childrenOptions, dangerOptions, exploitationOptions } from './labels.ts';

/** The people at the target: danger to life, children, how many, and how they are exploited. */
export function SituationFields({ form, set }: { form: AssessmentForm; set: AssessmentSetter }) {
  const { t } = useTranslation('operations');
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('assessment.situation.legend')}</legend>
        <div className="row">
          <SelectField
            label={t('assessment.situation.danger')}
            value={form.dangerToLife}
            onChange={(v) => set('dangerToLife', v)}
            options={dangerOptions()}
            placeholder={t('choose')}
            hint={t('assessment.situation.dangerHint')}
            required
          />
          <SelectField
            label={t('assessment.situation.children')}
            value={form.childrenPresent}
            onChange={(v) => set('childrenPresent', v)}
            options={childrenOptions()}
            placeholder={t('choose')}
            required
          />
          <Field
            label={t('assessment.situation.peopleAtRisk')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.peopleAtRisk}
            onChange={(v) => set('peopleAtRisk', v)}
            hint={t('assessment.situation.peopleAtRiskHint')}
            required
          />
        </div>
      </fieldset>
      <CheckGroup
        legend={t('assessment.situation.exploitation')}
        options={exploitationOptions()}
        chosen={form.exploitation}
        onChange={(v) => set('exploitation', v)}
        hint={t('assessment.situation.exploitationHint')}
      />
    </>
  );
}
