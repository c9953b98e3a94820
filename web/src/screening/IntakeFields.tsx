import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { Check, SelectField } from './controls.tsx';
import { languageOptions, placeOptions, sourceOptions } from './labels.ts';
import type { NewForm, Setter } from './newScreening.ts';
import { SourceRefFields } from './SourceRefFields.tsx';
import type { ScreenableOperation } from './types.ts';

/** Who is screened (under a pseudonym), where the case comes from, where and in which language. */
export function IntakeFields({
  form,
  set,
  operations,
}: {
  form: NewForm;
  set: Setter;
  operations: readonly ScreenableOperation[];
}) {
  const { t } = useTranslation('screening');
  return (
    <>
      <div className="row">
        <Field
          label={t('intake.pseudonym')}
          value={form.pseudonym}
          onChange={(v) => set('pseudonym', v)}
          hint={t('intake.pseudonymHint')}
          autoComplete="off"
          required
        />
        <SelectField
          label={t('intake.source')}
          value={form.source}
          onChange={(v) => set('source', v as NewForm['source'])}
          options={sourceOptions()}
        />
        <SourceRefFields form={form} set={set} operations={operations} />
      </div>
      <fieldset className="form-group">
        <legend>{t('intake.placeLegend')}</legend>
        <div className="row">
          <SelectField
            label={t('intake.placeKind')}
            value={form.placeKind}
            onChange={(v) => set('placeKind', v as NewForm['placeKind'])}
            options={placeOptions()}
            hint={t('intake.placeKindHint')}
          />
          <Field
            label={t('intake.placeDescription')}
            value={form.placeDescription}
            onChange={(v) => set('placeDescription', v)}
            hint={t('intake.placeDescriptionHint')}
            autoComplete="off"
            required
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('intake.languageLegend')}</legend>
        <div className="row">
          <SelectField
            label={t('intake.language')}
            value={form.language}
            onChange={(v) => set('language', v)}
            options={languageOptions()}
            placeholder={t('intake.languagePlaceholder')}
            hint={t('intake.languageHint')}
            required
          />
        </div>
        <Check
          label={t('intake.interpreterUsed')}
          checked={form.interpreterUsed}
          onChange={(v) => set('interpreterUsed', v)}
        />
        {form.interpreterUsed ? (
          <div className="row">
            <Field
              label={t('intake.interpreterName')}
              value={form.interpreterName}
              onChange={(v) => set('interpreterName', v)}
              autoComplete="off"
              required
            />
            <SelectField
              label={t('intake.interpreterLanguage')}
              value={form.interpreterLanguage || form.language}
              onChange={(v) => set('interpreterLanguage', v)}
              options={languageOptions()}
              placeholder={t('intake.interpreterLanguagePlaceholder')}
            />
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
