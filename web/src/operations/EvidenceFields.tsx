import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { evidenceOptions, infoGradeOptions, sourceGradeOptions } from './labels.ts';

/** How strong the intelligence is, and what evidence is held that does not rest on testimony. */
export function EvidenceFields({
  form,
  set,
  fromPicture,
}: {
  form: AssessmentForm;
  set: AssessmentSetter;
  /** Reports about the target in the picture, when the grades are taken from them (and cannot be typed). */
  fromPicture?: number | undefined;
}) {
  const { t } = useTranslation('operations');
  const locked = fromPicture !== undefined;
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('assessment.evidence.legend')}</legend>
        <p className="hint">
          {locked
            ? t('assessment.evidence.fromPicture', { count: fromPicture })
            : t('assessment.evidence.hint')}
        </p>
        <div className="row">
          <SelectField
            label={t('assessment.evidence.sourceGrade')}
            value={form.sourceGrade}
            onChange={(v) => set('sourceGrade', v)}
            options={sourceGradeOptions()}
            placeholder={t('choose')}
            required
            disabled={locked}
          />
          <SelectField
            label={t('assessment.evidence.infoGrade')}
            value={form.infoGrade}
            onChange={(v) => set('infoGrade', v)}
            options={infoGradeOptions()}
            placeholder={t('choose')}
            required
            disabled={locked}
          />
          <Field
            label={t('assessment.evidence.corroborating')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.corroboratingReports}
            onChange={(v) => set('corroboratingReports', v)}
            required
            disabled={locked}
          />
        </div>
      </fieldset>
      <CheckGroup
        legend={t('assessment.evidence.held')}
        options={evidenceOptions()}
        chosen={form.nonTestimonialEvidence}
        onChange={(v) => set('nonTestimonialEvidence', v)}
        hint={t('assessment.evidence.heldHint')}
      />
    </>
  );
}
