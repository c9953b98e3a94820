import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import { Field } from '../ui/Field.tsx';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** The people the operation expects to find: what the receiving services prepare for. */
export function PeopleFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  const { t } = useTranslation('plans');
  return (
    <fieldset className="form-group">
      <legend>{t('form.people.legend')}</legend>
      <div className="stack">
        <div className="row">
          <Field
            label={t('form.people.count')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.count}
            onChange={(v) => set('count', v)}
          />
          <Field
            label={t('form.people.children')}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={form.children}
            onChange={(v) => set('children', v)}
          />
          <Field
            label={t('form.people.languages')}
            value={form.languages}
            onChange={(v) => set('languages', v)}
            hint={t('form.people.languagesHint')}
            autoComplete="off"
          />
        </div>
        <NoteField
          label={t('form.people.medicalNeeds')}
          value={form.medicalNeeds}
          onChange={(v) => set('medicalNeeds', v)}
        />
      </div>
    </fieldset>
  );
}
