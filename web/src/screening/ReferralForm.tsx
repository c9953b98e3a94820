import { useState } from 'react';
import { ApiError, api } from '../api.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { Check, SelectField } from './controls.tsx';
import { languageOptions, providerKindOptions, sexOptions, shareItemOptions, wordFor } from './labels.ts';
import { ProviderCapacity } from './ProviderCapacity.tsx';
import { bedsWords, fitProblems, sexesWords } from './providerFit.ts';
import type { Provider, Referral } from './types.ts';

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
    if (!provider) return setError('Choose the service to refer the person to.');
    if (!consent) return setError('Refer only when the person consents to this referral.');
    let r: Referral;
    try {
      r = await api.post<Referral>(`/api/screenings/${encodeURIComponent(screeningId)}/referrals`, {
        providerId,
        consent: true,
        sharedItems: shareItemOptions()
          .map(([k]) => k)
          .filter((k) => shared.includes(k)),
        ...(note.trim() ? { note: note.trim() } : {}),
        interpreterArranged,
      });
    } catch (e) {
      // The server names what does not fit (children, sex, language, beds) after the field it concerns.
      if (e instanceof ApiError && e.message.startsWith('providerId: '))
        return setError(`${provider.name} cannot take this referral: ${e.message.slice(12)}.`);
      throw e;
    }
    onReferred(r);
    setDone(`Referred to ${r.providerName}.`);
    setProviderId('');
    setShared([]);
    setConsent(false);
    setNote('');
    setInterpreterArranged(false);
  });

  const problems = provider ? fitProblems(provider, { child, sex, language }, interpreterArranged) : [];
  const options = providers.map(
    (p) => [p.id, `${p.name} — ${wordFor(providerKindOptions(), p.kind)}`] as const,
  );
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="refer-h">
      <h3 id="refer-h">Make a referral</h3>
      <ProviderCapacity providers={providers} language={language} />
      <SelectField
        label="Service provider"
        value={providerId}
        onChange={setProviderId}
        options={options}
        placeholder="Choose a provider"
      />
      {provider ? (
        <dl className="facts provider-facts" aria-label={`About ${provider.name}`}>
          <dt>Kind</dt>
          <dd>{wordFor(providerKindOptions(), provider.kind)}</dd>
          <dt>Languages</dt>
          <dd>
            {provider.languages.map((l) => wordFor(languageOptions(), l)).join(', ') || 'Not given'}
            {provider.languages.includes(language) ? ' — speaks the person’s language' : ''}
          </dd>
          <dt>Area</dt>
          <dd>{provider.area}</dd>
          <dt>Children</dt>
          <dd>
            {provider.acceptsChildren ? 'Accepts children' : 'Does not accept children'}
            {child && !provider.acceptsChildren ? ' — this person is treated as a child' : ''}
          </dd>
          <dt>Adults</dt>
          <dd>{provider.acceptsAdults ? 'Accepts adults' : 'Takes children only'}</dd>
          <dt>Takes</dt>
          <dd>
            {sexesWords(provider.sexes)}
            {sex ? ` — the person stated: ${wordFor(sexOptions(), sex).toLowerCase()}` : ''}
          </dd>
          <dt>Beds</dt>
          <dd>{bedsWords(provider)}</dd>
        </dl>
      ) : null}
      {problems.length > 0 ? (
        <div className="notice notice-info">
          <p>{provider?.name} may not be able to take the person:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset className="form-group">
        <legend>What the person agreed to share</legend>
        <ul className="check-list">
          {shareItemOptions().map(([item, words]) => (
            <li key={item}>
              <Check label={words} checked={shared.includes(item)} onChange={(on) => toggle(item, on)} />
            </li>
          ))}
        </ul>
      </fieldset>
      <Check
        label="The person consents to this referral"
        checked={consent}
        onChange={setConsent}
        hint="Required. Ask again for every referral; the consent is recorded with it."
        required
      />
      <Check
        label="An interpreter is arranged"
        checked={interpreterArranged}
        onChange={setInterpreterArranged}
        hint="Tick when the provider does not work in the person’s language and an interpreter is arranged for them there."
      />
      <Field label="Note (optional)" value={note} onChange={setNote} autoComplete="off" />
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Referring…' : 'Refer'}
        </button>
      </div>
    </form>
  );
}
