import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { CHILDREN, DANGER, EXPLOITATION } from './labels.ts';

/** The people at the target: danger to life, children, how many, and how they are exploited. */
export function SituationFields({ form, set }: { form: AssessmentForm; set: AssessmentSetter }) {
  return (
    <>
      <fieldset className="form-group">
        <legend>The people at risk</legend>
        <div className="row">
          <SelectField
            label="Danger to life"
            value={form.dangerToLife}
            onChange={(v) => set('dangerToLife', v)}
            options={DANGER}
            placeholder="Choose…"
            hint="Immediate danger to life always calls for a rescue now."
            required
          />
          <SelectField
            label="Children present"
            value={form.childrenPresent}
            onChange={(v) => set('childrenPresent', v)}
            options={CHILDREN}
            placeholder="Choose…"
            required
          />
          <Field
            label="People at risk"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.peopleAtRisk}
            onChange={(v) => set('peopleAtRisk', v)}
            hint="Your best estimate."
            required
          />
        </div>
      </fieldset>
      <CheckGroup
        legend="Kinds of exploitation"
        options={EXPLOITATION}
        chosen={form.exploitation}
        onChange={(v) => set('exploitation', v)}
        hint="Choose at least one."
      />
    </>
  );
}
