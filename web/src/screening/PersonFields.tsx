import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { Check, SelectField } from './controls.tsx';
import { sexOptions } from './labels.ts';
import { isChild, type NewForm, type Setter } from './newScreening.ts';
import { RightsButton } from './PersonLanguage.tsx';

/** Consent and what the person was told, then age and, for a child, the guardian present. */
export function PersonFields({ form, set }: { form: NewForm; set: Setter }) {
  const { t } = useTranslation('screening');
  const child = isChild(form);
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('person.consentLegend')}</legend>
        <p className="hint">{t('person.consentHint')}</p>
        <RightsButton recorded={form.language} />
        <Check
          label={t('person.agreed')}
          checked={form.consentInterview}
          onChange={(v) => set('consentInterview', v)}
          hint={t('person.agreedHint')}
          required
        />
        <Check
          label={t('person.toldRights')}
          checked={form.toldRights}
          onChange={(v) => set('toldRights', v)}
        />
        <Check
          label={t('person.toldOptions')}
          checked={form.toldOptions}
          onChange={(v) => set('toldOptions', v)}
        />
        <Check
          label={t('person.toldVoluntary')}
          checked={form.toldServicesVoluntary}
          onChange={(v) => set('toldServicesVoluntary', v)}
        />
      </fieldset>
      <div className="row">
        <SelectField
          label={t('person.sex')}
          value={form.sex}
          onChange={(v) => set('sex', v as NewForm['sex'])}
          options={sexOptions()}
          placeholder={t('person.sexPlaceholder')}
          hint={t('person.sexHint')}
        />
      </div>
      <fieldset className="form-group">
        <legend>{t('person.ageLegend')}</legend>
        <p className="hint">{t('person.ageHint')}</p>
        <div className="row">
          <Field
            label={t('person.age')}
            value={form.age}
            onChange={(v) => set('age', v)}
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            hint={t('person.ageEmptyHint')}
            autoComplete="off"
          />
        </div>
        <Check
          label={t('person.ageDoubtful')}
          checked={form.ageDoubtful}
          onChange={(v) => set('ageDoubtful', v)}
        />
        {child ? (
          <div className="row">
            <Field
              label={t('person.guardian')}
              value={form.guardian}
              onChange={(v) => set('guardian', v)}
              hint={t('person.guardianHint')}
              autoComplete="off"
              required
            />
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
