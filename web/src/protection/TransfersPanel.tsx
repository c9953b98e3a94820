import { type FormEvent, useId, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { languageOptions as spokenLanguages, wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage } from './case-types.ts';
import { formatDay, isoDay, languageOptions } from './labels.ts';
import { TransferForm } from './TransferForm.tsx';
import { countryName, itemWords, sharedWords, TRANSFER_KINDS, TRANSFER_STATUSES } from './transfer-labels.ts';
import { type ArrivedBy, type CaseTransfers, returnBlockersOf, type Transfer } from './transfer-types.ts';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

const LIVE = ['sent', 'accepted'];

/** Who receives a transfer, in words: the agency, or the organisation with its country. */
export const receiverName = (t: Transfer): string =>
  t.to.agency ? t.to.agency.name : `${t.to.organisation ?? 'An organisation'} (${countryName(t.to.country)})`;

/**
 * Return and transfers: the case's transfers and referrals for return with their steps, what arrived with a case
 * opened from one, and for the caseworker a new transfer (while none is under way), the answer of an organisation
 * outside Lantern, the arrival, and the person's withdrawal of their consent.
 */
export function TransfersPanel({ c, editable, language }: Props) {
  const page = useLoad<CaseTransfers>(casePath(c.id, '/transfers'));
  const action = useCaseAction(page.reload);
  const transfers = page.data?.transfers ?? [];
  const live = transfers.some((t) => LIVE.includes(t.status));
  const blockers = c.child ? returnBlockersOf(c) : [];
  return (
    <section className="panel" aria-labelledby="transfers-h">
      <h2 id="transfers-h">Return and transfers</h2>
      <p className="hint">
        A case is transferred, or the person referred for return, only with their consent, sharing only what
        they choose. They may withdraw their consent until they arrive.
      </p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">Loading the transfers…</p> : null}
      {page.data?.arrivedBy ? <Arrived a={page.data.arrivedBy} /> : null}
      {c.child && blockers.length > 0 ? (
        <div className="notice notice-info">
          <p>A child’s return waits until these are resolved:</p>
          <ul aria-label="What a return waits for">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {page.data && transfers.length === 0 ? <p className="muted">No transfer or return recorded.</p> : null}
      {transfers.length > 0 ? (
        <ul className="stack" aria-label="Transfers, oldest first">
          {transfers.map((t) => (
            <TransferItem
              key={t.id}
              caseId={c.id}
              t={t}
              editable={editable}
              language={language}
              action={action}
            />
          ))}
        </ul>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && page.data && !live ? (
        <TransferForm caseId={c.id} child={c.child} blockers={blockers} language={language} action={action} />
      ) : null}
      {editable && live ? (
        <p className="hint">A new transfer is sent once this one is completed, or the person withdraws.</p>
      ) : null}
    </section>
  );
}

function Arrived({ a }: { a: ArrivedBy }) {
  const shared = sharedWords(a);
  return (
    <div className="stack">
      <p>
        This case was opened from a {wordFor(TRANSFER_KINDS, a.kind).toLowerCase()} sent by{' '}
        <strong>{a.fromAgency}</strong>
        {a.country ? ` (to ${countryName(a.country)})` : ''}:{' '}
        {wordFor(TRANSFER_STATUSES, a.status).toLowerCase()}
        {a.completedOn ? `, on ${formatDay(a.completedOn)}` : ''}.
      </p>
      {shared.length === 0 ? (
        <p className="muted">Nothing of the person’s earlier case was shared.</p>
      ) : (
        <dl className="facts" aria-label="What arrived with the transfer">
          {shared.map(([k, v]) => (
            <Fact key={k} term={k} value={v} />
          ))}
        </dl>
      )}
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

interface ItemProps {
  caseId: string;
  t: Transfer;
  editable: boolean;
  language: string;
  action: CaseAction;
}

function TransferItem({ caseId, t, editable, language, action }: ItemProps) {
  const headingId = useId();
  const to = receiverName(t);
  const kind = wordFor(TRANSFER_KINDS, t.kind);
  const path = (rest: string) => casePath(caseId, `/transfers/${encodeURIComponent(t.id)}${rest}`);
  const answer = (status: 'accepted' | 'declined') =>
    action.run(
      () => api.post(path('/steps'), { status }),
      `${to} ${status === 'accepted' ? 'accepted' : 'declined'} the ${kind.toLowerCase()}.`,
    );
  const outside = t.to.agency === null;
  const isLive = LIVE.includes(t.status);
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>
        {kind}: {to}
      </h3>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <strong>{wordFor(TRANSFER_STATUSES, t.status)}</strong>
          {t.completedOn ? `, on ${formatDay(t.completedOn)}` : ''}
        </dd>
        <dt>Country</dt>
        <dd>{t.country ? countryName(t.country) : 'Not given'}</dd>
        <dt>Shared</dt>
        <dd>
          {t.items.length === 0 ? 'Nothing beyond the transfer itself' : t.items.map(itemWords).join('; ')}
        </dd>
        {t.note ? <Fact term="Note on the return plan" value={t.note} /> : null}
        <dt>Consent</dt>
        <dd>
          Given {formatDateTime(t.sentAt)}, explained in {wordFor(spokenLanguages(), t.consentLanguage)}
        </dd>
      </dl>
      {editable && outside && t.status === 'sent' ? (
        <div className="actions">
          <button type="button" className="button small" disabled={action.busy} onClick={answer('accepted')}>
            The organisation accepted<span className="visually-hidden"> the {kind.toLowerCase()}</span>
          </button>
          <button type="button" className="button small" disabled={action.busy} onClick={answer('declined')}>
            The organisation declined<span className="visually-hidden"> the {kind.toLowerCase()}</span>
          </button>
        </div>
      ) : null}
      {editable && t.status === 'accepted' ? <ArrivalForm t={t} path={path} action={action} to={to} /> : null}
      {editable && isLive ? (
        <WithdrawForm path={path} language={language} action={action} kind={kind} />
      ) : null}
      <details>
        <summary>
          Steps<span className="visually-hidden"> of the {kind.toLowerCase()}</span>
        </summary>
        <ol>
          {t.steps.map((s) => (
            <li key={`${s.at}-${s.status}`}>
              {wordFor(TRANSFER_STATUSES, s.status)} — {formatDateTime(s.at)}
              {s.on ? `, on ${formatDay(s.on)}` : ''}, by {s.by ? s.by.name : s.agency}
              {s.language ? `, in ${wordFor(spokenLanguages(), s.language)}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

interface StepFormProps {
  path: (rest: string) => string;
  action: CaseAction;
}

function ArrivalForm({ t, to, path, action }: StepFormProps & { t: Transfer; to: string }) {
  const headingId = useId();
  const [on, setOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, on ? null : 'Give the day the person arrived or was handed over.')) return;
    void action.run(
      () => api.post(path('/steps'), { status: 'completed', on }),
      `Arrival recorded: ${to}.`,
    )();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>The person arrived</h4>
      <div className="row">
        <Field
          label="Arrived or handed over on"
          type="date"
          value={on}
          onChange={setOn}
          min={t.sentAt.slice(0, 10)}
          max={isoDay()}
        />
      </div>
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          Record the arrival
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({ path, language, action, kind }: StepFormProps & { language: string; kind: string }) {
  const headingId = useId();
  const [lang, setLang] = useState(language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => api.post(path('/withdraw'), { language: lang }),
      `The person withdrew their consent: the ${kind.toLowerCase()} is cancelled and the receiver reads nothing more.`,
    )();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>If the person withdraws their consent</h4>
      <div className="row">
        <SelectField
          label="Language they said it in"
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          Record the withdrawal<span className="visually-hidden"> of the {kind.toLowerCase()}</span>
        </button>
      </div>
    </form>
  );
}
