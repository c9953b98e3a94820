import { NoteField } from '../operations/NoteField.tsx';
import { Field } from '../ui/Field.tsx';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** Where and when the operation happens, and how the people removed are taken to safety. */
export function WhenWhereFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  return (
    <fieldset className="form-group">
      <legend>Place and time</legend>
      <div className="stack">
        <Field
          label="Place"
          value={form.place}
          onChange={(v) => set('place', v)}
          hint="Where the team goes in, precisely enough to brief the entry team."
          autoComplete="off"
          required
        />
        <div className="row">
          <Field
            label="Starts at"
            type="datetime-local"
            value={form.startsAt}
            onChange={(v) => set('startsAt', v)}
          />
          <Field
            label="Receiving services ready by"
            type="date"
            value={form.readyBy}
            onChange={(v) => set('readyBy', v)}
            hint="The only date the receiving services are told."
          />
        </div>
        <NoteField
          label="Transport"
          value={form.transport}
          onChange={(v) => set('transport', v)}
          hint="Vehicles for the people removed; suspects travel apart from them."
        />
      </div>
    </fieldset>
  );
}
