import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { EVIDENCE, INFO_GRADES, SOURCE_GRADES } from './labels.ts';

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
  const locked = fromPicture !== undefined;
  return (
    <>
      <fieldset className="form-group">
        <legend>Intelligence</legend>
        <p className="hint">
          {locked
            ? `Taken from the picture: the best-graded of ${fromPicture} report(s) about this target, and how many others back it up.`
            : 'The best-graded report about this target, and how many others back it up.'}
        </p>
        <div className="row">
          <SelectField
            label="Strongest source grade"
            value={form.sourceGrade}
            onChange={(v) => set('sourceGrade', v)}
            options={SOURCE_GRADES}
            placeholder="Choose…"
            required
            disabled={locked}
          />
          <SelectField
            label="Strongest information grade"
            value={form.infoGrade}
            onChange={(v) => set('infoGrade', v)}
            options={INFO_GRADES}
            placeholder="Choose…"
            required
            disabled={locked}
          />
          <Field
            label="Corroborating reports"
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
        legend="Non-testimonial evidence already held"
        options={EVIDENCE}
        chosen={form.nonTestimonialEvidence}
        onChange={(v) => set('nonTestimonialEvidence', v)}
        hint="Evidence that spares victims from carrying the case with their testimony alone."
      />
    </>
  );
}
