import { useTranslation } from 'react-i18next';
import { NoteField } from '../operations/NoteField.tsx';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { siteKindOptions } from './labels.ts';
import type { PlanForm, PlanSetter } from './planForm.ts';

/** The safe place where the people removed are screened (never a police station or an immigration office), and how
 * they are taken there. */
export function SiteFields({ form, set }: { form: PlanForm; set: PlanSetter }) {
  const { t } = useTranslation('plans');
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('form.site.legend')}</legend>
        <p className="hint">{t('form.site.hint')}</p>
        <div className="row">
          <Field
            label={t('form.site.name')}
            value={form.siteName}
            onChange={(v) => set('siteName', v)}
            autoComplete="off"
          />
          <SelectField
            label={t('form.site.kind')}
            value={form.siteKind}
            onChange={(v) => set('siteKind', v)}
            options={siteKindOptions()}
            placeholder={t('choose')}
          />
          <Field
            label={t('form.site.address')}
            value={form.siteAddress}
            onChange={(v) => set('siteAddress', v)}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <NoteField
        label={t('form.when.transport')}
        value={form.transport}
        onChange={(v) => set('transport', v)}
        hint={t('form.when.transportHint')}
      />
    </>
  );
}
