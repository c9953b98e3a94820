import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { languageOptions as spokenLanguages, wordFor } from '../screening/labels.ts';
import type { Agency } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage, Consent } from './case-types.ts';
import { languageOptions, SHAREABLE_ITEMS } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  ownAgencyId: string;
  onChanged: () => void;
}

/** What the person agreed to share, item by item and agency by agency; giving and withdrawing consent. */
export function ConsentPanel({ c, editable, language: caseLanguage, ownAgencyId, onChanged }: Props) {
  const agencies = useLoad<{ agencies: Agency[] }>(editable ? '/api/agencies' : null);
  const [item, setItem] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [language, setLanguage] = useState(caseLanguage);
  const { busy, error, setError, done, setDone, run } = useCaseAction(onChanged);
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== ownAgencyId);

  const give = (event: FormEvent) => {
    event.preventDefault();
    const agency = others.find((a) => a.id === agencyId);
    const problem = !item ? 'Choose what the person agreed to share.' : !agency ? 'Choose the agency.' : null;
    if (problem || !agency) {
      setDone(null);
      setError(problem);
      return;
    }
    void run(
      async () => {
        await api.post(casePath(c.id, '/consents'), { item, agencyId, language });
        setItem('');
        setAgencyId('');
      },
      `Consent recorded: ${wordFor(SHAREABLE_ITEMS, item).toLowerCase()}, with ${agency.name}.`,
    )();
  };
  const withdraw = (x: Consent) =>
    run(
      () => api.post(casePath(c.id, `/consents/${encodeURIComponent(x.id)}/withdraw`)),
      `Consent withdrawn: ${x.agency.name} reads nothing of it from now on.`,
    );

  return (
    <section className="panel" aria-labelledby="consent-h">
      <h2 id="consent-h">Consent to share</h2>
      <p className="hint">
        Another agency reads an item of the case only while the person’s consent to share it with that agency
        stands. A withdrawal takes effect at once.
      </p>
      {c.consents.length === 0 ? (
        <p className="muted">No consent to share given.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Consents to share</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">With</th>
                <th scope="col">Given</th>
                <th scope="col">Now</th>
                {editable ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {c.consents.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{wordFor(SHAREABLE_ITEMS, x.item)}</th>
                  <td>{x.agency.name}</td>
                  <td>
                    {formatDateTime(x.givenAt)}, in {wordFor(spokenLanguages(), x.language)}
                  </td>
                  <td>{x.withdrawnAt ? `Withdrawn ${formatDateTime(x.withdrawnAt)}` : 'Live: shared'}</td>
                  {editable ? (
                    <td>
                      {x.withdrawnAt ? null : (
                        <button type="button" className="button small" disabled={busy} onClick={withdraw(x)}>
                          Withdraw
                          <span className="visually-hidden"> the consent to share with {x.agency.name}</span>
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable ? (
        <form className="stack form-wide subform" onSubmit={give} noValidate aria-labelledby="give-h">
          <h3 id="give-h">Record a consent</h3>
          <div className="row">
            <SelectField
              label="What the person agreed to share"
              value={item}
              onChange={setItem}
              options={SHAREABLE_ITEMS}
              placeholder="Choose an item"
            />
            <SelectField
              label="Agency to share with"
              value={agencyId}
              onChange={setAgencyId}
              options={others.map((a) => [a.id, a.name] as const)}
              placeholder={agencies.data ? 'Choose an agency' : 'Loading the agencies…'}
            />
            <SelectField
              label="Language the consent was given in"
              value={language}
              onChange={setLanguage}
              options={languageOptions(caseLanguage)}
            />
          </div>
          <ErrorMessage message={agencies.error} />
          <div>
            <button type="submit" className="button primary" disabled={busy || !agencies.data}>
              {busy ? 'Recording…' : 'Record the consent'}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
