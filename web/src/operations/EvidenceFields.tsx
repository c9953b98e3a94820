import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { EVIDENCE, INFO_GRADES, SOURCE_GRADES } from './labels.ts';

/** How strong the intelligence is, and what evidence is held that does not rest on testimony. */
export function EvidenceFields({ form, set }: { form: AssessmentForm; set: AssessmentSetter }) {
  return (
    <>
      <fieldset className="form-group">
        <legend>Intelligence</legend>
        <p className="hint">The best-graded report about this target, and how many others back it up.</p>
        <div className="row">
          <SelectField
            label="Strongest source grade"
            value={form.sourceGrade}
            onChange={(v) => set('sourceGrade', v)}
            options={SOURCE_GRADES}
            placeholder="Choose…"
            required
          />
          <SelectField
            label="Strongest information grade"
            value={form.infoGrade}
            onChange={(v) => set('infoGrade', v)}
            options={INFO_GRADES}
            placeholder="Choose…"
            required
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
