import { NoteField } from '../operations/NoteField.tsx';
import { Field } from '../ui/Field.tsx';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** The people the operation expects to find: what the receiving services prepare for. */
export function PeopleFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  return (
    <fieldset className="form-group">
      <legend>People expected</legend>
      <div className="stack">
        <div className="row">
          <Field
            label="People expected"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.count}
            onChange={(v) => set('count', v)}
          />
          <Field
            label="Children among them"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.children}
            onChange={(v) => set('children', v)}
          />
          <Field
            label="Languages"
            value={form.languages}
            onChange={(v) => set('languages', v)}
            hint="Language codes separated by commas, e.g. my, km, lo, th, vi, zh."
            autoComplete="off"
          />
        </div>
        <NoteField label="Medical needs" value={form.medicalNeeds} onChange={(v) => set('medicalNeeds', v)} />
      </div>
    </fieldset>
  );
}
