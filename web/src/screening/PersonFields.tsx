import { Field } from '../ui/Field.tsx';
import { Check, SelectField } from './controls.tsx';
import { sexOptions } from './labels.ts';
import { isChild, type NewForm, type Setter } from './newScreening.ts';

/** Consent and what the person was told, then age and, for a child, the guardian present. */
export function PersonFields({ form, set }: { form: NewForm; set: Setter }) {
  const child = isChild(form);
  return (
    <>
      <fieldset className="form-group">
        <legend>Consent and information</legend>
        <p className="hint">
          Before the interview, tell the person, in their language, what it is for and what they may choose.
        </p>
        <Check
          label="The person agreed to be interviewed"
          checked={form.consentInterview}
          onChange={(v) => set('consentInterview', v)}
          hint="Required: without it the screening does not start."
          required
        />
        <Check
          label="Was told their rights"
          checked={form.toldRights}
          onChange={(v) => set('toldRights', v)}
        />
        <Check
          label="Was told their options"
          checked={form.toldOptions}
          onChange={(v) => set('toldOptions', v)}
        />
        <Check
          label="Was told services are voluntary"
          checked={form.toldServicesVoluntary}
          onChange={(v) => set('toldServicesVoluntary', v)}
        />
      </fieldset>
      <div className="row">
        <SelectField
          label="Sex, as the person states it"
          value={form.sex}
          onChange={(v) => set('sex', v)}
          options={sexOptions()}
          placeholder="Not asked"
          hint="Optional. Ask; never assume. Some shelters take only women, or only men."
        />
      </div>
      <fieldset className="form-group">
        <legend>Age</legend>
        <p className="hint">When in doubt, the person is treated as a child.</p>
        <div className="row">
          <Field
            label="Age in years"
            value={form.age}
            onChange={(v) => set('age', v)}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            hint="Leave empty when unknown."
            autoComplete="off"
          />
        </div>
        <Check
          label="The age is doubtful"
          checked={form.ageDoubtful}
          onChange={(v) => set('ageDoubtful', v)}
        />
        {child ? (
          <div className="row">
            <Field
              label="Guardian present"
              value={form.guardian}
              onChange={(v) => set('guardian', v)}
              hint="Treated as a child: a guardian must be present. Who is it?"
              autoComplete="off"
              required
            />
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
