import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** Where and when the operation happens. */
export function WhenWhereFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  const { t } = useTranslation('plans');
  return (
    <fieldset className="form-group">
      <legend>{t('form.when.legend')}</legend>
      <div className="stack">
        <Field
          label={t('form.when.place')}
          value={form.place}
          onChange={(v) => set('place', v)}
          hint={t('form.when.placeHint')}
          autoComplete="off"
          required
        />
        <div className="row">
          <Field
            label={t('form.when.startsAt')}
            type="datetime-local"
            value={form.startsAt}
            onChange={(v) => set('startsAt', v)}
          />
          <Field
            label={t('form.when.readyBy')}
            type="date"
            value={form.readyBy}
            onChange={(v) => set('readyBy', v)}
            hint={t('form.when.readyByHint')}
          />
        </div>
      </div>
    </fieldset>
  );
}
