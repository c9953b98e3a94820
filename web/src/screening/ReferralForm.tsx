import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { Check, SelectField } from './controls.tsx';
import {
  languageOptions,
  providerKindOptions,
  SHARE_ITEMS,
  sexOptions,
  shareItemOptions,
  wordFor,
} from './labels.ts';
import { ProviderCapacity } from './ProviderCapacity.tsx';
import { bedsWords, fitProblems, listWords, sexesWords } from './providerFit.ts';
import type { Provider, Referral, ReferralBody } from './types.ts';

interface Props {
  screeningId: string;
  providers: Provider[];
  language: string;
  /** The person's sex as they stated it at the screening, or null when not asked. */
  sex: string | null;
  child: boolean;
  onReferred: (r: Referral) => void;
}

export function ReferralForm({ screeningId, providers, language, sex, child, onReferred }: Props) {
  const { t } = useTranslation('screening');
  const [providerId, setProviderId] = useState('');
  const [shared, setShared] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [interpreterArranged, setInterpreterArranged] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const provider = providers.find((p) => p.id === providerId);
  const toggle = (item: string, on: boolean) =>
    setShared((s) => (on ? [...s, item] : s.filter((x) => x !== item)));

  const submit = handle(async () => {
    setDone(null);
    if (!provider) return setError(t('referralForm.chooseProvider'));
    if (!consent) return setError(t('referralForm.needConsent'));
    let r: Referral;
    try {
      r = await api.post<Referral>(`/api/screenings/${encodeURIComponent(screeningId)}/referrals`, {
        providerId,
        consent: true,
        sharedItems: SHARE_ITEMS.filter((k) => shared.includes(k)),
        ...(note.trim() ? { note: note.trim() } : {}),
        interpreterArranged,
      } satisfies ReferralBody);
    } catch (e) {
      // The server names what does not fit (children, sex, language, beds) after the field it concerns.
      if (e instanceof ApiError && e.message.startsWith('providerId: '))
        return setError(t('referralForm.cannotTake', { name: provider.name, reason: e.message.slice(12) }));
      throw e;
    }
    onReferred(r);
    setDone(t('referralForm.referred', { name: r.providerName }));
    setProviderId('');
    setShared([]);
    setConsent(false);
    setNote('');
    setInterpreterArranged(false);
  });

  const problems = provider ? fitProblems(t, provider, { child, sex, language }, interpreterArranged) : [];
  const options = providers.map(
    (p) =>
      [
        p.id,
        t('referralForm.providerOption', { name: p.name, kind: wordFor(providerKindOptions(), p.kind) }),
      ] as const,
  );
  const languages = provider
    ? listWords(
        t,
        provider.languages.map((l) => wordFor(languageOptions(), l)),
      ) || t('fit.notGiven')
    : '';
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="refer-h">
      <h3 id="refer-h">{t('referralForm.heading')}</h3>
      <ProviderCapacity providers={providers} language={language} />
      <SelectField
        label={t('referralForm.provider')}
        value={providerId}
        onChange={setProviderId}
        options={options}
        placeholder={t('referralForm.providerPlaceholder')}
      />
      {provider ? (
        <dl className="facts provider-facts" aria-label={t('referralForm.about', { name: provider.name })}>
          <dt>{t('referralForm.kind')}</dt>
          <dd>{wordFor(providerKindOptions(), provider.kind)}</dd>
          <dt>{t('referralForm.languages')}</dt>
          <dd>
            {provider.languages.includes(language)
              ? t('referralForm.speaksTheirs', { languages })
              : languages}
          </dd>
          <dt>{t('referralForm.area')}</dt>
          <dd>{provider.area}</dd>
          <dt>{t('referralForm.children')}</dt>
          <dd>
            {provider.acceptsChildren
              ? t('referralForm.acceptsChildren')
              : child
                ? t('referralForm.noChildrenForChild')
                : t('referralForm.noChildren')}
          </dd>
          <dt>{t('referralForm.adults')}</dt>
          <dd>{provider.acceptsAdults ? t('referralForm.acceptsAdults') : t('fit.childrenOnly')}</dd>
          <dt>{t('referralForm.takes')}</dt>
          <dd>
            {sex
              ? t('referralForm.takesStated', {
                  takes: sexesWords(t, provider.sexes),
                  sex: wordFor(sexOptions(), sex).toLowerCase(),
                })
              : sexesWords(t, provider.sexes)}
          </dd>
          <dt>{t('referralForm.beds')}</dt>
          <dd>{bedsWords(t, provider)}</dd>
        </dl>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice-info">
          <p>{t('referralForm.mayNotTake', { name: provider?.name ?? '' })}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="form-group">
        <legend>{t('referralForm.shareLegend')}</legend>
        <ul className="check-list">
          {shareItemOptions().map(([item, words]) => (
            <li key={item}>
              <Check label={words} checked={shared.includes(item)} onChange={(on) => toggle(item, on)} />
            </li>
          ))}
        </ul>
      </fieldset>
      <Check
        label={t('referralForm.consent')}
        checked={consent}
        onChange={setConsent}
        hint={t('referralForm.consentHint')}
        required
      />
      <Check
        label={t('referralForm.interpreter')}
        checked={interpreterArranged}
        onChange={setInterpreterArranged}
        hint={t('referralForm.interpreterHint')}
      />
      <Field label={t('referralForm.note')} value={note} onChange={setNote} autoComplete="off" />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('referralForm.referring') : t('referralForm.refer')}
        </button>
      </div>
    </form>
  );
}
