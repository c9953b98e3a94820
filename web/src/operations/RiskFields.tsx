import { useTranslation } from 'react-i18next';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { levelOptions } from './labels.ts';

/** Who an intervention could harm, the risk of a leak, and whether help is ready for the people found. */
export function RiskFields({ form, set }: { form: AssessmentForm; set: AssessmentSetter }) {
  const { t } = useTranslation('operations');
  const levels = levelOptions();
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('assessment.risks.legend')}</legend>
        <div className="row">
          <SelectField
            label={t('assessment.risks.victims')}
            value={form.victims}
            onChange={(v) => set('victims', v)}
            options={levels}
            placeholder={t('choose')}
            required
          />
          <SelectField
            label={t('assessment.risks.officers')}
            value={form.officers}
            onChange={(v) => set('officers', v)}
            options={levels}
            placeholder={t('choose')}
            required
          />
          <SelectField
            label={t('assessment.risks.bystanders')}
            value={form.bystanders}
            onChange={(v) => set('bystanders', v)}
            options={levels}
            placeholder={t('choose')}
            required
          />
          <Field
            label={t('assessment.risks.lawfulWorkers')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.lawfulWorkers}
            onChange={(v) => set('lawfulWorkers', v)}
            hint={t('assessment.risks.lawfulWorkersHint')}
            required
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('assessment.risks.leaksLegend')}</legend>
        <div className="row">
          <SelectField
            label={t('assessment.risks.leakRisk')}
            value={form.corruptionLeakRisk}
            onChange={(v) => set('corruptionLeakRisk', v)}
            options={levels}
            placeholder={t('choose')}
            required
          />
        </div>
        <Check
          label={t('assessment.risks.servicesReady')}
          checked={form.servicesReady}
          onChange={(v) => set('servicesReady', v)}
          hint={t('assessment.risks.servicesReadyHint')}
        />
      </fieldset>
    </>
  );
}
