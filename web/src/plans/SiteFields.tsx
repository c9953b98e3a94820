import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { SITE_KINDS } from './labels.ts';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** The safe place where the people removed are screened: never a police station or an immigration office. */
export function SiteFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  return (
    <fieldset className="form-group">
      <legend>Screening site</legend>
      <p className="hint">A safe place where the people removed are screened, in their language.</p>
      <div className="row">
        <Field
          label="Screening site name"
          value={form.siteName}
          onChange={(v) => set('siteName', v)}
          autoComplete="off"
        />
        <SelectField
          label="Kind of site"
          value={form.siteKind}
          onChange={(v) => set('siteKind', v)}
          options={SITE_KINDS}
          placeholder="Choose…"
        />
        <Field
          label="Screening site address"
          value={form.siteAddress}
          onChange={(v) => set('siteAddress', v)}
          autoComplete="off"
        />
      </div>
    </fieldset>
  );
}
