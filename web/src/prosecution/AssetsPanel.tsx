import { money } from '../protection/compensation-labels.ts';
import { formatDay } from '../protection/labels.ts';
import { useCaseAction } from '../protection/useCaseAction.ts';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { shortId } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { AddAssetForm, AllocationForm, AssetOrderForm } from './AssetForm.tsx';
import { ASSET_KINDS, ASSET_RELATIONS, ASSET_STATUSES, NEXT_ORDERS, ORDER_STEPS } from './asset-labels.ts';
import type { Asset, AssetsPage, AssetTotal } from './asset-types.ts';
import { caseFilePath } from './paths.ts';
import type { CaseFile } from './types.ts';
import './court.css';

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
  const page = useLoad<AssetsPage>(caseFilePath(c.id, '/assets'));
  const action = useCaseAction(page.reload);
  const assets = page.data?.assets ?? [];
  const totals = page.data?.totals ?? [];
  const orderable = assets.filter((a) => (NEXT_ORDERS[a.status] ?? []).length > 0);
  const allocatable = assets.filter((a) => a.remaining !== null && a.remaining > 0);
  return (
    <section className="panel" aria-labelledby="assets-h">
      <h2 id="assets-h">Assets and confiscation</h2>
      <p className="hint">
        The assets behind the case, tied to its suspects. A court freezes or seizes an asset, then confiscates
        or releases it; what is confiscated can be allocated to the victims’ compensation, never beyond the
        value confiscated.
      </p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">Loading the assets…</p> : null}
      {page.data && assets.length === 0 ? <p className="muted">No asset recorded yet.</p> : null}
      {assets.length > 0 ? (
        <div className="table-wrap">
          <table className="court-table">
            <caption className="visually-hidden">Assets behind the case, in the order recorded</caption>
            <thead>
              <tr>
                <th scope="col">Asset</th>
                <th scope="col">Tied to</th>
                <th scope="col">Value</th>
                <th scope="col">Status and orders</th>
              </tr>
            </thead>
            <tbody>
              {assets.map((a) => (
                <AssetRow key={a.id} a={a} canReadEvidence={canReadEvidence} canReadIntel={canReadIntel} />
              ))}
            </tbody>
          </table>
        </div>
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
      {editable && c.suspects.length === 0 ? (
        <p className="muted">Add a suspect to record the assets tied to them.</p>
      ) : null}
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
  return (
    <tr>
      <th scope="row" className="word-break">
        <span className="nowrap">
          Asset {a.n}: {wordFor(ASSET_KINDS, a.kind).toLowerCase()}
        </span>
        <span className="sub">{a.description}</span>
        {a.identifier ? <span className="sub">Identifier: {a.identifier}</span> : null}
        {a.exhibitId && canReadEvidence ? (
          <span className="sub">
            <a href={href(`/evidence/${encodeURIComponent(a.exhibitId)}`)}>
              Open the exhibit<span className="visually-hidden"> behind asset {a.n}</span>
            </a>
          </span>
        ) : null}
        {a.entityId && canReadIntel ? (
          <span className="sub">
            <a href={href(`/intel/entities/${encodeURIComponent(a.entityId)}`)}>
              Open it in the intelligence picture<span className="visually-hidden"> (asset {a.n})</span>
            </a>
          </span>
        ) : null}
      </th>
      <td>
        <ul className="plain-list">
          {a.suspects.map((s) => (
            <li key={s.suspectId}>
              {s.label} <span className="sub">{wordFor(ASSET_RELATIONS, s.relation)}</span>
            </li>
          ))}
        </ul>
      </td>
      <td>
        {a.estimatedValue === null ? (
          <span className="muted">Not estimated</span>
        ) : (
          <>
            Estimated <span className="nowrap">{money(a.estimatedValue, a.currency)}</span>
          </>
        )}
        {a.orders.some((o) => o.value !== null) ? (
          <span className="sub">
            Last stated <span className="nowrap">{money(a.value, a.currency)}</span>
          </span>
        ) : null}
        {a.remaining !== null ? (
          <span className="sub">
            Left to allocate <span className="nowrap">{money(a.remaining, a.currency)}</span>
          </span>
        ) : null}
      </td>
      <td>
        <strong>{wordFor(ASSET_STATUSES, a.status)}</strong>
        {a.orders.length === 0 && a.allocations.length === 0 ? null : (
          <ol className="plain-list" aria-label={`Orders and allocations of asset ${a.n}`}>
            {a.orders.map((o) => (
              <li key={o.id}>
                {wordFor(ORDER_STEPS, o.kind)} on {formatDay(o.on)}
                <span className="sub">
                  {o.authority}
                  {o.value !== null ? `, ${money(o.value, a.currency)}` : ''}
                  {o.reference ? `, ref. ${o.reference}` : ''}
                </span>
              </li>
            ))}
            {a.allocations.map((l) => (
              <li key={l.id}>
                {money(l.amount, l.currency)} allocated to victims on {formatDay(l.on)}
                <span className="sub">
                  {l.claimId ? (
                    <>
                      to claim <span title={l.claimId}>{shortId(l.claimId)}</span>
                    </>
                  ) : (
                    'no claim named'
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
  return (
    <div className="table-wrap">
      <table>
        <caption>Asset totals per currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col" className="num">
              Estimated
            </th>
            <th scope="col" className="num">
              Frozen
            </th>
            <th scope="col" className="num">
              Seized
            </th>
            <th scope="col" className="num">
              Confiscated
            </th>
            <th scope="col" className="num">
              Allocated
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
      <p className="hint">
        Estimated: every asset not released, at its estimated value. Frozen, seized and confiscated: the
        assets that stand so now, at the value their last order stated. Allocated: given to the victims’
        compensation.
      </p>
    </div>
  );
}
