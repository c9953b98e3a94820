import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnBlocker } from '../../../src/protection/case-wire.ts';
import { api } from '../api.ts';
import { NoteField } from '../operations/NoteField.tsx';
import { Check, SelectField } from '../screening/controls.tsx';
import type { Agencies, Me } from '../types.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { languageOptions } from './labels.ts';
import { countryChoices, countryName, transferItems, transferKindOptions } from './transfer-labels.ts';
import type { TransferBody } from './types.ts';
import { type CaseAction, casePath, refuse } from './useCaseAction.ts';

interface Props {
  caseId: string;
  child: boolean;
  /** What still stands in the way of a child's return (empty for an adult). */
  blockers: readonly ReturnBlocker[];
  /** The case's language: the one the transfer is first explained in. */
  language: string;
  action: CaseAction;
}

/**
 * Transfers the case, or refers the person for return, with their consent and only the items they choose: nothing
 * is ticked at first, except the age group for a child (a child's transfer always shares it). The panel holds the
 * `action`, so that its messages outlive the form (which gives way while the transfer is under way).
 */
export function TransferForm({ caseId, child, blockers, language, action }: Props) {
  const { t } = useTranslation('protection');
  const agencies = useLoad<Agencies>('/api/agencies');
  const me = useLoad<Me>('/api/me');
  const [kind, setKind] = useState<TransferBody['kind'] | ''>('');
  const [receiver, setReceiver] = useState<string>('organisation');
  const [agencyId, setAgencyId] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [toCountry, setToCountry] = useState('');
  const [country, setCountry] = useState('');
  const [consent, setConsent] = useState(false);
  const [lang, setLang] = useState(language);
  const [items, setItems] = useState<TransferBody['items']>(child ? ['age_group'] : []);
  const [note, setNote] = useState('');
  const countries = countryChoices();
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== me.data?.agency.id);
  const returning = kind === 'return_to_origin';
  const withNote = items.includes('return_plan_note');
  const toggle = (code: TransferBody['items'][number], on: boolean) =>
    setItems((now) => (on ? [...now, code] : now.filter((c) => c !== code)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const agency = others.find((a) => a.id === agencyId);
    const problem = !kind
      ? t('transfer.form.kindProblem')
      : returning && child && blockers.length > 0
        ? t('transfer.form.childWaits', {
            blockers: blockers.map((b) => t(`child.blocker.${b}`)).join(t('words.separator')),
          })
        : receiver === 'agency' && !agency
          ? t('transfer.form.agencyProblem')
          : receiver === 'organisation' && !organisation.trim()
            ? t('transfer.form.organisationProblem')
            : receiver === 'organisation' && !toCountry
              ? t('transfer.form.toCountryProblem')
              : returning && !country
                ? t('transfer.form.countryProblem')
                : child && !items.includes('age_group')
                  ? t('transfer.form.ageGroupProblem')
                  : withNote && !note.trim()
                    ? t('transfer.form.noteProblem')
                    : !consent
                      ? t('transfer.form.consentProblem')
                      : null;
    if (refuse(action, problem) || !kind) return;
    const to =
      receiver === 'agency'
        ? (agency?.name ?? '')
        : t('transfer.organisationIn', { name: organisation.trim(), country: countryName(toCountry) });
    void action.run(
      async () => {
        await api.post(casePath(caseId, '/transfers'), {
          kind,
          ...(receiver === 'agency'
            ? { toAgencyId: agencyId }
            : { toOrganisation: organisation.trim(), toCountry }),
          ...(country ? { country } : {}),
          consent,
          language: lang,
          items,
          note: withNote ? note.trim() : '',
        } satisfies TransferBody);
        setConsent(false);
      },
      returning ? t('transfer.form.referralSent', { to }) : t('transfer.form.sent', { to }),
    )();
  };

  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="transfer-h">
      <h3 id="transfer-h">{t('transfer.form.title')}</h3>
      <div className="row">
        <SelectField
          label={t('transfer.form.kind')}
          value={kind}
          onChange={(v) => setKind(v as TransferBody['kind'] | '')}
          options={transferKindOptions(t)}
          placeholder={t('words.choose')}
        />
        <SelectField
          label={t('transfer.form.receiver')}
          value={receiver}
          onChange={setReceiver}
          options={[
            ['organisation', t('transfer.form.toOrganisation')],
            ['agency', t('transfer.form.toAgency')],
          ]}
        />
      </div>
      {receiver === 'agency' ? (
        <>
          <SelectField
            label={t('transfer.form.agency')}
            value={agencyId}
            onChange={setAgencyId}
            options={others.map((a) => [a.id, a.name] as const)}
            placeholder={agencies.data ? t('words.chooseAgency') : t('words.loadingAgencies')}
            hint={t('transfer.form.agencyHint')}
          />
          <ErrorMessage message={agencies.error} />
        </>
      ) : (
        <div className="row">
          <Field
            label={t('transfer.form.organisation')}
            value={organisation}
            onChange={setOrganisation}
            autoComplete="off"
            hint={t('transfer.form.organisationHint')}
          />
          <SelectField
            label={t('transfer.form.toCountry')}
            value={toCountry}
            onChange={setToCountry}
            options={countries}
            placeholder={t('words.chooseCountry')}
          />
        </div>
      )}
      <SelectField
        label={returning ? t('transfer.form.returnCountry') : t('transfer.form.goesTo')}
        value={country}
        onChange={setCountry}
        options={countries}
        placeholder={returning ? t('words.chooseCountry') : t('words.notGiven')}
      />
      <fieldset className="form-group">
        <legend>{t('transfer.form.share')}</legend>
        <p className="hint">{t('transfer.form.shareHint')}</p>
        <ul className="check-list">
          {transferItems(t).map(([code, words, explained]) => {
            const required = child && code === 'age_group';
            return (
              <li key={code}>
                <Check
                  label={words}
                  checked={items.includes(code)}
                  onChange={(on) => toggle(code, on)}
                  disabled={required}
                  hint={required ? t('transfer.form.alwaysForChild', { explained }) : explained}
                />
              </li>
            );
          })}
        </ul>
      </fieldset>
      {withNote ? (
        <NoteField
          label={t('transfer.form.note')}
          value={note}
          onChange={setNote}
          hint={t('transfer.form.noteHint')}
        />
      ) : null}
      <div className="row">
        <SelectField
          label={t('transfer.form.language')}
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <Check
        label={t('transfer.form.consent')}
        checked={consent}
        onChange={setConsent}
        hint={t('transfer.form.consentHint')}
        required
      />
      <div>
        <button type="submit" className="button primary" disabled={action.busy}>
          {action.busy
            ? t('transfer.form.sending')
            : returning
              ? t('transfer.form.sendReferral')
              : t('transfer.form.send')}
        </button>
      </div>
    </form>
  );
}
