import { useState } from 'react';
import { api } from '../api.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { Check, SelectField } from './controls.tsx';
import { LANGUAGES, PROVIDER_KINDS, SHARE_ITEMS, wordFor } from './labels.ts';
import type { Provider, Referral } from './types.ts';

interface Props {
  screeningId: string;
  providers: Provider[];
  language: string;
  child: boolean;
  onReferred: (r: Referral) => void;
}

export function ReferralForm({ screeningId, providers, language, child, onReferred }: Props) {
  const [providerId, setProviderId] = useState('');
  const [shared, setShared] = useState<string[]>([]);
  const [consent, setConsent] = useState(false);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const provider = providers.find((p) => p.id === providerId);
  const toggle = (item: string, on: boolean) =>
    setShared((s) => (on ? [...s, item] : s.filter((x) => x !== item)));

  const submit = handle(async () => {
    setDone(null);
    if (!provider) return setError('Choose the service to refer the person to.');
    if (!consent) return setError('Refer only when the person consents to this referral.');
    const r = await api.post<Referral>(`/api/screenings/${encodeURIComponent(screeningId)}/referrals`, {
      providerId,
      consent: true,
      sharedItems: SHARE_ITEMS.map(([k]) => k).filter((k) => shared.includes(k)),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    onReferred(r);
    setDone(`Referred to ${r.providerName}.`);
    setProviderId('');
    setShared([]);
    setConsent(false);
    setNote('');
  });

  const options = providers.map((p) => [p.id, `${p.name} — ${wordFor(PROVIDER_KINDS, p.kind)}`] as const);
  return (
    <form className="stack form-wide subform" onSubmit={submit} noValidate aria-labelledby="refer-h">
      <h3 id="refer-h">Make a referral</h3>
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
          <dd>{wordFor(PROVIDER_KINDS, provider.kind)}</dd>
          <dt>Languages</dt>
          <dd>
            {provider.languages.map((l) => wordFor(LANGUAGES, l)).join(', ') || 'Not given'}
            {provider.languages.includes(language) ? ' — speaks the person’s language' : ''}
          </dd>
          <dt>Area</dt>
          <dd>{provider.area}</dd>
          <dt>Children</dt>
          <dd>
            {provider.acceptsChildren ? 'Accepts children' : 'Does not accept children'}
            {child && !provider.acceptsChildren ? ' — this person is treated as a child' : ''}
          </dd>
        </dl>
      ) : null}
      <fieldset className="form-group">
        <legend>What the person agreed to share</legend>
        <ul className="check-list">
          {SHARE_ITEMS.map(([item, words]) => (
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
