import { languageOptions, wordFor } from '../screening/labels.ts';
import { keyed } from '../ui/keyed.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { CompensationForm } from './CompensationForm.tsx';
import { ClaimActions } from './CompensationStepForm.tsx';
import type { CasePage } from './case-types.ts';
import { CLAIM_HISTORY, CLAIM_ROUTES, CLAIM_STATUSES, money, PAYERS } from './compensation-labels.ts';
import type { Claim, Compensation } from './compensation-types.ts';
import { formatDay } from './labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

/** What the prosecution allocated to a claim from confiscated assets (matched by its ref and the claim's id). */
interface Allocated {
  amount: number;
  currency: string;
  allocatedOn: string;
}
type ClaimRead = Claim & { allocated?: Allocated[] };

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
  const page = useLoad<Compensation>(casePath(c.id, '/compensation'));
  const action = useCaseAction(page.reload);
  const claims = page.data?.claims ?? [];
  const totals = page.data?.totals ?? [];
  return (
    <section className="panel" aria-labelledby="compensation-h">
      <h2 id="compensation-h">Compensation</h2>
      <p className="hint">
        Each claim is the person’s: they choose to make it and may withdraw it at any time. Amounts are in the
        claim’s currency.
      </p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">Loading the claims…</p> : null}
      {page.data && claims.length === 0 ? <p className="muted">No claim recorded.</p> : null}
      {claims.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Compensation claims</caption>
            <thead>
              <tr>
                <th scope="col">Route</th>
                <th scope="col">Where</th>
                <th scope="col">Claimed</th>
                <th scope="col">Awarded</th>
                <th scope="col">Received</th>
                <th scope="col">Status</th>
                <th scope="col">History</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <ClaimRow key={claim.id} claim={claim} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {totals.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>Totals per currency</caption>
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col">Claimed</th>
                <th scope="col">Awarded</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((t) => (
                <tr key={t.currency}>
                  <th scope="row">{t.currency}</th>
                  <td className="nowrap">{money(t.claimed, t.currency)}</td>
                  <td className="nowrap">{money(t.awarded, t.currency)}</td>
                  <td className="nowrap">{money(t.received, t.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">Withdrawn claims are not counted as claimed or awarded.</p>
        </div>
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

function ClaimRow({ claim: c }: { claim: ClaimRead }) {
  const allocated = c.allocated ?? [];
  return (
    <tr>
      <th scope="row">{wordFor(CLAIM_ROUTES, c.route)}</th>
      <td>
        {c.forum}
        {c.prosecutionRef ? <span className="muted"> — prosecution case {c.prosecutionRef}</span> : null}
        {c.assetExhibitIds.length > 0 ? (
          <span className="muted">
            {' '}
            — draws on {c.assetExhibitIds.length} seized {c.assetExhibitIds.length === 1 ? 'asset' : 'assets'}
          </span>
        ) : null}
        {allocated.length > 0 ? (
          <ul aria-label={`Allocated to the ${wordFor(CLAIM_ROUTES, c.route)}`}>
            {keyed(allocated, (a) => `${a.allocatedOn}-${a.amount}-${a.currency}`).map(({ key, item: a }) => (
              <li key={key}>
                {money(a.amount, a.currency)} allocated by the prosecution from confiscated assets on{' '}
                {formatDay(a.allocatedOn)}
              </li>
            ))}
          </ul>
        ) : null}
        {c.prosecutionRef ? (
          <span className="sub">
            The claim’s id, for the prosecutor to allocate confiscated assets to it:{' '}
            <code className="hash">{c.id}</code>
          </span>
        ) : null}
      </td>
      <td className="nowrap">{money(c.amountClaimed, c.currency)}</td>
      <td className="nowrap">
        {c.amountAwarded === null ? (
          <span className="muted">None yet</span>
        ) : (
          money(c.amountAwarded, c.currency)
        )}
      </td>
      <td className="nowrap">{money(c.received, c.currency)}</td>
      <td>
        <strong>{wordFor(CLAIM_STATUSES, c.status)}</strong>
      </td>
      <td>
        <details>
          <summary>
            Steps<span className="visually-hidden"> of the {wordFor(CLAIM_ROUTES, c.route)}</span>
          </summary>
          <ol>
            {c.steps.map((s) => (
              <li key={`${s.at}-${s.status}`}>
                {wordFor(CLAIM_HISTORY, s.status)} on {formatDay(s.on)}
                {s.amountAwarded !== null ? `, ${money(s.amountAwarded, c.currency)}` : ''}
                {s.language ? `, in ${wordFor(languageOptions(), s.language)}` : ''}
                {s.by ? ` — recorded by ${s.by.name}` : ''}
              </li>
            ))}
          </ol>
          {c.payments.length > 0 ? (
            <ul aria-label={`Payments on the ${wordFor(CLAIM_ROUTES, c.route)}`}>
              {c.payments.map((p) => (
                <li key={p.id}>
                  {money(p.amount, c.currency)} from {wordFor(PAYERS, p.from).toLowerCase()}, received{' '}
                  {formatDay(p.receivedOn)}
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      </td>
    </tr>
  );
}
