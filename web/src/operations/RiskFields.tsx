import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { AssessmentForm, AssessmentSetter } from './assessmentForm.ts';
import { LEVELS } from './labels.ts';

/** Who an intervention could harm, the risk of a leak, and whether help is ready for the people found. */
export function RiskFields({ form, set }: { form: AssessmentForm; set: AssessmentSetter }) {
  return (
    <>
      <fieldset className="form-group">
        <legend>Risks of an intervention</legend>
        <div className="row">
          <SelectField
            label="Risk to victims"
            value={form.victims}
            onChange={(v) => set('victims', v)}
            options={LEVELS}
            placeholder="Choose…"
            required
          />
          <SelectField
            label="Risk to officers"
            value={form.officers}
            onChange={(v) => set('officers', v)}
            options={LEVELS}
            placeholder="Choose…"
            required
          />
          <SelectField
            label="Risk to bystanders"
            value={form.bystanders}
            onChange={(v) => set('bystanders', v)}
            options={LEVELS}
            placeholder="Choose…"
            required
          />
          <Field
            label="Lawful workers affected"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.lawfulWorkers}
            onChange={(v) => set('lawfulWorkers', v)}
            hint="People working there lawfully whose work a raid would disrupt."
            required
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>Leaks and readiness</legend>
        <div className="row">
          <SelectField
            label="Corruption and leak risk"
            value={form.corruptionLeakRisk}
            onChange={(v) => set('corruptionLeakRisk', v)}
            options={LEVELS}
            placeholder="Choose…"
            required
          />
        </div>
        <Check
          label="Receiving services are ready"
          checked={form.servicesReady}
          onChange={(v) => set('servicesReady', v)}
          hint="A safe screening site, shelter places and interpreters are arranged."
        />
      </fieldset>
    </>
  );
}
