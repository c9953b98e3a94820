import { type FormEvent, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { languageOptions as spokenLanguages, wordFor } from '../screening/labels.ts';
import type { Agencies } from '../types.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage, Consent } from './case-types.ts';
import { languageOptions, shareableItemOptions } from './labels.ts';
import type { ConsentBody } from './types.ts';
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
  const { t } = useTranslation('protection');
  const items = shareableItemOptions(t);
  const agencies = useLoad<Agencies>(editable ? '/api/agencies' : null);
  const [item, setItem] = useState<ConsentBody['item'] | ''>('');
  const [agencyId, setAgencyId] = useState('');
  const [language, setLanguage] = useState(caseLanguage);
  const { busy, error, setError, done, setDone, run } = useCaseAction(onChanged);
  const others = (agencies.data?.agencies ?? []).filter((a) => a.id !== ownAgencyId);

  const give = (event: FormEvent) => {
    event.preventDefault();
    const agency = others.find((a) => a.id === agencyId);
    const problem = !item ? t('consent.itemProblem') : !agency ? t('consent.agencyProblem') : null;
    if (problem || !agency || !item) {
      setDone(null);
      setError(problem);
      return;
    }
    void run(
      async () => {
        await api.post(casePath(c.id, '/consents'), { item, agencyId, language } satisfies ConsentBody);
        setItem('');
        setAgencyId('');
      },
      t('consent.recorded', { item: wordFor(items, item).toLowerCase(), agency: agency.name }),
    )();
  };
  const withdraw = (x: Consent) =>
    run(
      () => api.post(casePath(c.id, `/consents/${encodeURIComponent(x.id)}/withdraw`)),
      t('consent.withdrawn', { agency: x.agency.name }),
    );

  return (
    <section className="panel" aria-labelledby="consent-h">
      <h2 id="consent-h">{t('consent.title')}</h2>
      <p className="hint">{t('consent.hint')}</p>
      {c.consents.length === 0 ? (
        <p className="muted">{t('consent.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption>{t('consent.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consent.what')}</th>
                <th scope="col">{t('consent.with')}</th>
                <th scope="col">{t('consent.given')}</th>
                <th scope="col">{t('consent.now')}</th>
                {editable ? <th scope="col">{t('consent.change')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {c.consents.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{wordFor(items, x.item)}</th>
                  <td>{x.agency.name}</td>
                  <td>
                    {t('consent.givenIn', {
                      when: formatDateTime(x.givenAt),
                      language: wordFor(spokenLanguages(), x.language),
                    })}
                  </td>
                  <td>
                    {x.withdrawnAt
                      ? t('consent.withdrawnOn', { when: formatDateTime(x.withdrawnAt) })
                      : t('consent.live')}
                  </td>
                  {editable ? (
                    <td>
                      {x.withdrawnAt ? null : (
                        <button type="button" className="button small" disabled={busy} onClick={withdraw(x)}>
                          <Trans
                            t={t}
                            i18nKey="consent.withdraw"
                            values={{ agency: x.agency.name }}
                            components={{ 1: <span className="visually-hidden" /> }}
                          />
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {editable ? (
        <form className="stack form-wide subform" onSubmit={give} noValidate aria-labelledby="give-h">
          <h3 id="give-h">{t('consent.formTitle')}</h3>
          <div className="row">
            <SelectField
              label={t('consent.item')}
              value={item}
              onChange={(v) => setItem(v as ConsentBody['item'] | '')}
              options={items}
              placeholder={t('consent.chooseItem')}
            />
            <SelectField
              label={t('consent.agency')}
              value={agencyId}
              onChange={setAgencyId}
              options={others.map((a) => [a.id, a.name] as const)}
              placeholder={agencies.data ? t('words.chooseAgency') : t('words.loadingAgencies')}
            />
            <SelectField
              label={t('consent.language')}
              value={language}
              onChange={setLanguage}
              options={languageOptions(caseLanguage)}
            />
          </div>
          <ErrorMessage message={agencies.error} />
          <div>
            <button type="submit" className="button primary" disabled={busy || !agencies.data}>
              {busy ? t('words.recording') : t('consent.submit')}
            </button>
          </div>
        </form>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage message={done} tone="success" />
    </section>
  );
}
