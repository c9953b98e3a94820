import { useTranslation } from 'react-i18next';
import { PERSON_ROLES } from '../../../src/monitoring/intake-schemas.ts';
import { Check, SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import type { IntakeDraft, PersonDraft } from './intake-form.ts';
import { onCode, personRoleOptions } from './labels.ts';

interface Props {
  draft: IntakeDraft;
  onChange: (change: Partial<IntakeDraft>) => void;
}

let nextKey = 1;

/**
 * Who: the reporter (when they gave a name or a way to reach them) and the people the tip names, each with their
 * role and whether what identifies them may be passed to the agency the tip is routed to.
 */
export function IntakePeople({ draft, onChange }: Props) {
  const { t } = useTranslation('monitoring');
  const setPerson = (key: number, change: Partial<PersonDraft>) =>
    onChange({ people: draft.people.map((p) => (p.key === key ? { ...p, ...change } : p)) });
  return (
    <>
      <fieldset className="form-group">
        <legend>{t('people.reporterTitle')}</legend>
        <Check
          label={t('people.hasReporter')}
          checked={draft.hasReporter}
          onChange={(hasReporter) => onChange({ hasReporter })}
          hint={t('people.hasReporterHint')}
        />
        {draft.hasReporter ? (
          <>
            <div className="row">
              <Field
                label={t('people.reporterName')}
                value={draft.reporterName}
                onChange={(reporterName) => onChange({ reporterName })}
                autoComplete="off"
                maxLength={200}
              />
              <Field
                label={t('people.reporterContact')}
                value={draft.reporterContact}
                onChange={(reporterContact) => onChange({ reporterContact })}
                autoComplete="off"
                maxLength={200}
                hint={t('people.reporterContactHint')}
              />
            </div>
            <Check
              label={t('people.reporterConsent')}
              checked={draft.reporterConsent}
              onChange={(reporterConsent) => onChange({ reporterConsent })}
              hint={t('people.reporterConsentHint')}
            />
          </>
        ) : null}
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('people.namedTitle')}</legend>
        {draft.people.length === 0 ? <p className="muted">{t('people.none')}</p> : null}
        <ol className="tip-people">
          {draft.people.map((p, i) => (
            <li key={p.key}>
              <fieldset className="form-group">
                <legend>{t('people.person', { n: i + 1 })}</legend>
                <div className="row">
                  <Field
                    label={t('people.name', { n: i + 1 })}
                    value={p.name}
                    onChange={(name) => setPerson(p.key, { name })}
                    autoComplete="off"
                    maxLength={200}
                  />
                  <SelectField
                    label={t('people.role', { n: i + 1 })}
                    value={p.role}
                    onChange={onCode(PERSON_ROLES, (role) => setPerson(p.key, { role }))}
                    options={personRoleOptions()}
                  />
                </div>
                <Field
                  label={t('people.note', { n: i + 1 })}
                  value={p.note}
                  onChange={(note) => setPerson(p.key, { note })}
                  autoComplete="off"
                  maxLength={500}
                />
                {p.role === 'suspect' ? (
                  <p className="hint">{t('people.suspectHint')}</p>
                ) : (
                  <Check
                    label={t('people.consent', { n: i + 1 })}
                    checked={p.consentToShare}
                    onChange={(consentToShare) => setPerson(p.key, { consentToShare })}
                    hint={t('people.consentHint')}
                  />
                )}
                <button
                  type="button"
                  className="button small"
                  onClick={() => onChange({ people: draft.people.filter((x) => x.key !== p.key) })}
                >
                  {t('people.remove', { n: i + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() =>
            onChange({
              people: [
                ...draft.people,
                { key: nextKey++, name: '', role: 'victim', consentToShare: false, note: '' },
              ],
            })
          }
        >
          {t('people.add')}
        </button>
      </fieldset>
    </>
  );
}
