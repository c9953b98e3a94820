import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TLP } from '../../../src/intel/grading.ts';
import { CHILDREN, COUNTRIES, INTAKE_CHANNELS, TIP_KINDS } from '../../../src/monitoring/intake-schemas.ts';
import { DANGERS } from '../../../src/monitoring/triage-targets.ts';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { PointFields } from '../ui/PointFields.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { IntakePeople } from './IntakePeople.tsx';
import { IntakeResultPanel } from './IntakeResult.tsx';
import { EMPTY_INTAKE, type IntakeDraft, intakeBody } from './intake-form.ts';
import {
  childrenOptions,
  countryOptions,
  dangerOptions,
  intakeChannelOptions,
  isCode,
  kindOptions,
  onCode,
  tipLanguageOptions,
  tlpOptions,
} from './labels.ts';
import { TextBox } from './TextBox.tsx';
import type { IntakeBody, IntakeResult } from './types.ts';

/**
 * "Report a tip": the structured intake in sections (what, where, when, who, how many, children, danger, numbers
 * and plates, marking), the reporter's words in their own language. After saving, the tips it may repeat.
 */
export function IntakeForm({ canTriage }: { canTriage: boolean }) {
  const { t } = useTranslation('monitoring');
  const [draft, setDraft] = useState<IntakeDraft>(EMPTY_INTAKE);
  const [saved, setSaved] = useState<IntakeResult | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const change = (c: Partial<IntakeDraft>) => setDraft((d) => ({ ...d, ...c }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = intakeBody(t, draft);
    if ('error' in built) {
      setError(built.error);
      return;
    }
    void handle(async () => {
      const result = await api.post<IntakeResult>('/api/monitoring/intake', built.body satisfies IntakeBody);
      setSaved(result);
      setDraft(EMPTY_INTAKE);
    })();
  };

  if (saved)
    return <IntakeResultPanel result={saved} canTriage={canTriage} onAnother={() => setSaved(null)} />;

  return (
    <form className="stack form-wide" onSubmit={submit} noValidate aria-labelledby="intake-h">
      <h2 id="intake-h">{t('intake.title')}</h2>
      <fieldset className="form-group">
        <legend>{t('intake.what')}</legend>
        <div className="row">
          <SelectField
            label={t('intake.channel')}
            value={draft.channel}
            onChange={onCode(INTAKE_CHANNELS, (channel) => change({ channel }))}
            options={intakeChannelOptions()}
          />
          <Field
            label={t('intake.receivedAt')}
            type="datetime-local"
            value={draft.receivedAt}
            onChange={(receivedAt) => change({ receivedAt })}
            hint={t('intake.receivedAtHint')}
          />
          <SelectField
            label={t('intake.language')}
            value={draft.language}
            onChange={(language) => change({ language })}
            options={tipLanguageOptions()}
          />
        </div>
        <TextBox
          label={t('intake.text')}
          value={draft.text}
          onChange={(text) => change({ text })}
          rows={6}
          lang={draft.language}
          hint={t('intake.textHint')}
        />
        <SelectField
          label={t('shared.kindLabel')}
          value={draft.kind}
          onChange={onCode(TIP_KINDS, (kind) => change({ kind }))}
          options={kindOptions()}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('intake.where')}</legend>
        <div className="row">
          <Field
            label={t('intake.place')}
            value={draft.placeHint}
            onChange={(placeHint) => change({ placeHint })}
            autoComplete="off"
            maxLength={300}
            hint={t('intake.placeHint')}
          />
          <SelectField
            label={t('intake.country')}
            value={draft.country}
            onChange={(country) => change({ country: isCode(COUNTRIES, country) ? country : '' })}
            options={countryOptions()}
            placeholder={t('intake.countryNotKnown')}
          />
        </div>
        <PointFields
          lat={draft.lat}
          lon={draft.lon}
          onChange={(lat, lon) => change({ lat, lon })}
          purpose={t('place.purpose')}
          labels={{ lat: t('intake.latitude'), lon: t('intake.longitude') }}
        />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('intake.when')}</legend>
        <Field
          label={t('intake.occurred')}
          value={draft.occurred}
          onChange={(occurred) => change({ occurred })}
          autoComplete="off"
          maxLength={200}
          hint={t('intake.occurredHint')}
        />
      </fieldset>
      <IntakePeople draft={draft} onChange={change} />
      <fieldset className="form-group">
        <legend>{t('intake.howMany')}</legend>
        <div className="row">
          <Field
            label={t('intake.peopleCount')}
            value={draft.peopleCount}
            onChange={(peopleCount) => change({ peopleCount })}
            inputMode="numeric"
            hint={t('intake.peopleCountHint')}
          />
          <SelectField
            label={t('shared.childrenLabel')}
            value={draft.children}
            onChange={onCode(CHILDREN, (children) => change({ children }))}
            options={childrenOptions()}
          />
          <SelectField
            label={t('intake.danger')}
            value={draft.danger}
            onChange={onCode(DANGERS, (danger) => change({ danger }))}
            options={dangerOptions()}
            hint={t('intake.dangerHint')}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('intake.numbers')}</legend>
        <div className="row">
          <TextBox
            label={t('intake.phones')}
            value={draft.phones}
            onChange={(phones) => change({ phones })}
            rows={2}
            hint={t('intake.phonesHint')}
          />
          <TextBox
            label={t('intake.plates')}
            value={draft.plates}
            onChange={(plates) => change({ plates })}
            rows={2}
            hint={t('intake.platesHint')}
          />
        </div>
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('intake.marking')}</legend>
        <SelectField
          label={t('intake.tlp')}
          value={draft.tlp}
          onChange={onCode(TLP, (tlp) => change({ tlp }))}
          options={tlpOptions()}
        />
      </fieldset>
      <ErrorMessage message={error} />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('intake.saving') : t('intake.save')}
        </button>
      </div>
    </form>
  );
}
