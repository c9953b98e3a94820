import { Trans, useTranslation } from 'react-i18next';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { CompensationForm } from './CompensationForm.tsx';
import { ClaimActions } from './CompensationStepForm.tsx';
import type { CasePage } from './case-types.ts';
import {
  claimHistoryOptions,
  claimRouteOptions,
  claimStatusOptions,
  money,
  payerOptions,
} from './compensation-labels.ts';
import type { Claim, Compensation } from './compensation-types.ts';
import { formatDay } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/**
 * The person's compensation claims, from preparation to the money received, with the totals per currency; the
 * caseworker opens claims, records their steps and the payments received.
 */
export function CompensationPanel({ c, editable, language }: Props) {
  const { t } = useTranslation('protection');
  const page = useLoad<Compensation>(casePath(c.id, '/compensation'));
  const action = useCaseAction(page.reload);
  const claims = page.data?.claims ?? [];
  const totals = page.data?.totals ?? [];
  return (
    <section className="panel" aria-labelledby="compensation-h">
      <h2 id="compensation-h">{t('compensation.title')}</h2>
      <p className="hint">{t('compensation.hint')}</p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">{t('compensation.loading')}</p> : null}
      {page.data && claims.length === 0 ? <p className="muted">{t('compensation.none')}</p> : null}
      {claims.length > 0 ? (
        <TableWrap>
          <table>
            <caption>{t('compensation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compensation.route')}</th>
                <th scope="col">{t('compensation.where')}</th>
                <th scope="col">{t('compensation.claimed')}</th>
                <th scope="col">{t('compensation.awarded')}</th>
                <th scope="col">{t('compensation.received')}</th>
                <th scope="col">{t('compensation.status')}</th>
                <th scope="col">{t('compensation.history')}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <ClaimRow key={claim.id} claim={claim} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {totals.length > 0 ? (
        <TableWrap>
          <table>
            <caption>{t('compensation.totals')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compensation.currency')}</th>
                <th scope="col">{t('compensation.claimed')}</th>
                <th scope="col">{t('compensation.awarded')}</th>
                <th scope="col">{t('compensation.received')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((x) => (
                <tr key={x.currency}>
                  <th scope="row">{x.currency}</th>
                  <td className="nowrap">{money(x.claimed, x.currency)}</td>
                  <td className="nowrap">{money(x.awarded, x.currency)}</td>
                  <td className="nowrap">{money(x.received, x.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('compensation.withdrawnNotCounted')}</p>
        </TableWrap>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable
        ? claims.map((claim) => (
            <ClaimActions key={claim.id} caseId={c.id} claim={claim} language={language} action={action} />
          ))
        : null}
      {editable ? <CompensationForm caseId={c.id} action={action} /> : null}
    </section>
  );
}

function ClaimRow({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation('protection');
  const allocated = c.allocated;
  const route = wordFor(claimRouteOptions(t), c.route);
  const history = claimHistoryOptions(t);
  const payers = payerOptions(t);
  return (
    <tr>
      <th scope="row">{route}</th>
      <td>
        {c.forum}
        {c.prosecutionRef ? (
          <span className="muted"> {t('compensation.prosecutionCase', { ref: c.prosecutionRef })}</span>
        ) : null}
        {c.assetExhibitIds.length > 0 ? (
          <span className="muted"> {t('compensation.drawsOn', { count: c.assetExhibitIds.length })}</span>
        ) : null}
        {allocated.length > 0 ? (
          <ul aria-label={t('compensation.allocatedTo', { route })}>
            {keyed(allocated, (a) => `${a.allocatedOn}-${a.amount}-${a.currency}`).map(({ key, item: a }) => (
              <li key={key}>
                {t('compensation.allocated', {
                  amount: money(a.amount, a.currency),
                  on: formatDay(a.allocatedOn),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        {c.prosecutionRef ? (
          <span className="sub">
            <Trans
              t={t}
              i18nKey="compensation.claimId"
              values={{ id: c.id }}
              components={{ 1: <code className="hash" /> }}
            />
          </span>
        ) : null}
      </td>
      <td className="nowrap">{money(c.amountClaimed, c.currency)}</td>
      <td className="nowrap">
        {c.amountAwarded === null ? (
          <span className="muted">{t('compensation.noneYet')}</span>
        ) : (
          money(c.amountAwarded, c.currency)
        )}
      </td>
      <td className="nowrap">{money(c.received, c.currency)}</td>
      <td>
        <strong>{wordFor(claimStatusOptions(t), c.status)}</strong>
      </td>
      <td>
        <details>
          <summary>
            <Trans
              t={t}
              i18nKey="compensation.steps"
              values={{ route }}
              components={{ 1: <span className="visually-hidden" /> }}
            />
          </summary>
          <ol>
            {c.steps.map((s) => (
              <li key={`${s.at}-${s.status}`}>
                {[
                  t('compensation.step', { step: wordFor(history, s.status), on: formatDay(s.on) }),
                  s.amountAwarded !== null ? money(s.amountAwarded, c.currency) : '',
                  s.language
                    ? t('words.inLanguage', { language: wordFor(languageOptions(), s.language) })
                    : '',
                ]
                  .filter(Boolean)
                  .join(t('words.listSeparator'))}
                {s.by ? ` — ${t('words.recordedBy', { name: s.by.name })}` : ''}
              </li>
            ))}
          </ol>
          {c.payments.length > 0 ? (
            <ul aria-label={t('compensation.payments', { route })}>
              {c.payments.map((p) => (
                <li key={p.id}>
                  {t('compensation.payment', {
                    amount: money(p.amount, c.currency),
                    from: wordFor(payers, p.from).toLowerCase(),
                    on: formatDay(p.receivedOn),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      </td>
    </tr>
  );
}
