import { Trans, useTranslation } from 'react-i18next';
import { money } from '../protection/compensation-labels.ts';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { shortId } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { AllocationForm } from './AllocationForm.tsx';
import { AddAssetForm, AssetOrderForm } from './AssetForm.tsx';
import { NEXT_ORDERS } from './asset-labels.ts';
import type { Asset, AssetsPage, AssetTotal } from './asset-types.ts';
import { listWords, word } from './codes.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';
import './court.css';
import { TableWrap } from '../ui/TableWrap.tsx';

interface Props {
  c: CaseFile;
  editable: boolean;
  onChanged: () => void;
  canReadEvidence: boolean;
  canReadIntel: boolean;
}

/**
 * The assets behind the case: each tied to its suspects, with its court orders as steps and what of it went to
 * victims' compensation; the totals per currency; recording an asset, an order and an allocation.
 */
export function AssetsPanel({ c, editable, canReadEvidence, canReadIntel }: Props) {
  const { t } = useTranslation('prosecution');
  const page = useLoad<AssetsPage>(caseFilePath(c.id, '/assets'));
  const action = useCaseAction(page.reload);
  const assets = page.data?.assets ?? [];
  const totals = page.data?.totals ?? [];
  const orderable = assets.filter((a) => (NEXT_ORDERS[a.status] ?? []).length > 0);
  const allocatable = assets.filter((a) => a.remaining !== null && a.remaining > 0);
  return (
    <section className="panel" aria-labelledby="assets-h">
      <h2 id="assets-h">{t('assets.heading')}</h2>
      <p className="hint">{t('assets.hint')}</p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">{t('assets.loading')}</p> : null}
      {page.data && assets.length === 0 ? <p className="muted">{t('assets.none')}</p> : null}
      {assets.length > 0 ? (
        <TableWrap>
          <table className="court-table">
            <caption className="visually-hidden">{t('assets.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assets.asset')}</th>
                <th scope="col">{t('assets.tiedTo')}</th>
                <th scope="col">{t('assets.value')}</th>
                <th scope="col">{t('assets.statusAndOrders')}</th>
              </tr>
            </thead>
            <tbody>
              {assets.map((a) => (
                <AssetRow key={a.id} a={a} canReadEvidence={canReadEvidence} canReadIntel={canReadIntel} />
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {totals.length > 0 ? <Totals totals={totals} /> : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && orderable.length > 0 ? <AssetOrderForm assets={orderable} c={c} action={action} /> : null}
      {editable && allocatable.length > 0 ? (
        <AllocationForm assets={allocatable} c={c} action={action} />
      ) : null}
      {editable && c.suspects.length > 0 && page.data ? (
        <AddAssetForm c={c} assets={assets} action={action} canReadEvidence={canReadEvidence} />
      ) : null}
      {editable && c.suspects.length === 0 ? <p className="muted">{t('assets.addSuspect')}</p> : null}
    </section>
  );
}

function AssetRow({
  a,
  canReadEvidence,
  canReadIntel,
}: {
  a: Asset;
  canReadEvidence: boolean;
  canReadIntel: boolean;
}) {
  const { t } = useTranslation('prosecution');
  const nowrap = <span className="nowrap" />;
  const hidden = <span className="visually-hidden" />;
  return (
    <tr>
      <th scope="row" className="word-break">
        <span className="nowrap">
          {t('assets.title', { n: a.n, kind: word(t, 'assetKind', a.kind).toLowerCase() })}
        </span>
        <span className="sub">{a.description}</span>
        {a.identifier ? (
          <span className="sub">{t('assets.identifier', { identifier: a.identifier })}</span>
        ) : null}
        {a.exhibitId && canReadEvidence ? (
          <span className="sub">
            <a href={href(`/evidence/${encodeURIComponent(a.exhibitId)}`)}>
              <Trans t={t} i18nKey="assets.openExhibit" values={{ n: a.n }} components={[hidden]} />
            </a>
          </span>
        ) : null}
        {a.entityId && canReadIntel ? (
          <span className="sub">
            <a href={href(`/intel/entities/${encodeURIComponent(a.entityId)}`)}>
              <Trans t={t} i18nKey="assets.openEntity" values={{ n: a.n }} components={[hidden]} />
            </a>
          </span>
        ) : null}
      </th>
      <td>
        <ul className="plain-list">
          {a.suspects.map((s) => (
            <li key={s.suspectId}>
              {s.label} <span className="sub">{word(t, 'assetRelation', s.relation)}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        {a.estimatedValue === null ? (
          <span className="muted">{t('assets.notEstimated')}</span>
        ) : (
          <Trans
            t={t}
            i18nKey="assets.estimated"
            values={{ amount: money(a.estimatedValue, a.currency) }}
            components={[nowrap]}
          />
        )}
        {a.orders.some((o) => o.value !== null) ? (
          <span className="sub">
            <Trans
              t={t}
              i18nKey="assets.lastStated"
              values={{ amount: money(a.value, a.currency) }}
              components={[nowrap]}
            />
          </span>
        ) : null}
        {a.remaining !== null ? (
          <span className="sub">
            <Trans
              t={t}
              i18nKey="assets.leftToAllocate"
              values={{ amount: money(a.remaining, a.currency) }}
              components={[nowrap]}
            />
          </span>
        ) : null}
      </td>
      <td>
        <strong>{word(t, 'assetStatus', a.status)}</strong>
        {a.orders.length === 0 && a.allocations.length === 0 ? null : (
          <ol className="plain-list" aria-label={t('assets.ordersLabel', { n: a.n })}>
            {a.orders.map((o) => (
              <li key={o.id}>
                {t('words.stepOn', { step: word(t, 'orderStep', o.kind), day: formatDay(o.on) })}
                <span className="sub">
                  {listWords(
                    t,
                    [
                      o.authority,
                      o.value !== null ? money(o.value, a.currency) : '',
                      o.reference ? t('assets.orderRef', { ref: o.reference }) : '',
                    ].filter(Boolean),
                  )}
                </span>
              </li>
            ))}
            {a.allocations.map((l) => (
              <li key={l.id}>
                {t('assets.allocated', { amount: money(l.amount, l.currency), day: formatDay(l.on) })}
                <span className="sub">
                  {l.claimId ? (
                    <Trans
                      t={t}
                      i18nKey="assets.toClaim"
                      values={{ id: shortId(l.claimId) }}
                      components={[<span key="claim" title={l.claimId} />]}
                    />
                  ) : (
                    t('assets.noClaim')
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </td>
    </tr>
  );
}

function Totals({ totals }: { totals: readonly AssetTotal[] }) {
  const { t } = useTranslation('prosecution');
  return (
    <TableWrap>
      <table>
        <caption>{t('assets.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assets.currency')}</th>
            <th scope="col" className="num">
              {t('assets.estimatedTotal')}
            </th>
            <th scope="col" className="num">
              {t('assets.frozen')}
            </th>
            <th scope="col" className="num">
              {t('assets.seized')}
            </th>
            <th scope="col" className="num">
              {t('assets.confiscated')}
            </th>
            <th scope="col" className="num">
              {t('assets.allocatedTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.map((t) => (
            <tr key={t.currency}>
              <th scope="row">{t.currency}</th>
              <td className="num nowrap">{money(t.estimated, t.currency)}</td>
              <td className="num nowrap">{money(t.frozen, t.currency)}</td>
              <td className="num nowrap">{money(t.seized, t.currency)}</td>
              <td className="num nowrap">{money(t.confiscated, t.currency)}</td>
              <td className="num nowrap">{money(t.allocated, t.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('assets.totalsHint')}</p>
    </TableWrap>
  );
}
