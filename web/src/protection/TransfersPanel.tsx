import type { TFunction } from 'i18next';
import { type FormEvent, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
import {
  countryName,
  itemWords,
  sharedWords,
  transferKindOptions,
  transferStatusOptions,
} from './transfer-labels.ts';
import type { ArrivedBy, CaseTransfers, Transfer } from './transfer-types.ts';
import type { TransferStepBody, TransferWithdrawBody } from './types.ts';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

const LIVE = ['sent', 'accepted'];

/** Who receives a transfer, in words: the agency, or the organisation with its country. */
export const receiverName = (t: TFunction<'protection'>, x: Transfer): string =>
  x.to.agency
    ? x.to.agency.name
    : t('transfer.organisationIn', {
        name: x.to.organisation ?? t('transfer.anOrganisation'),
        country: x.to.country ? countryName(x.to.country) : t('words.notGiven'),
      });

/**
 * Return and transfers: the case's transfers and referrals for return with their steps, what arrived with a case
 * opened from one, and for the caseworker a new transfer (while none is under way), the answer of an organisation
 * outside Lantern, the arrival, and the person's withdrawal of their consent.
 */
export function TransfersPanel({ c, editable, language }: Props) {
  const { t } = useTranslation('protection');
  const page = useLoad<CaseTransfers>(casePath(c.id, '/transfers'));
  const action = useCaseAction(page.reload);
  const transfers = page.data?.transfers ?? [];
  const live = transfers.some((x) => LIVE.includes(x.status));
  const blockers = c.child ? (c.childProtection?.returnBlockers ?? []) : [];
  return (
    <section className="panel" aria-labelledby="transfers-h">
      <h2 id="transfers-h">{t('transfer.title')}</h2>
      <p className="hint">{t('transfer.hint')}</p>
      <ErrorMessage message={page.error} />
      {page.loading && !page.data ? <p className="muted">{t('transfer.loading')}</p> : null}
      {page.data?.arrivedBy ? <Arrived a={page.data.arrivedBy} /> : null}
      {c.child && blockers.length > 0 ? (
        <div className="notice notice-info">
          <p>{t('transfer.childWaits')}</p>
          <ul aria-label={t('transfer.waitsFor')}>
            {blockers.map((b) => (
              <li key={b}>{t(`child.blocker.${b}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {page.data && transfers.length === 0 ? <p className="muted">{t('transfer.none')}</p> : null}
      {transfers.length > 0 ? (
        <ul className="stack" aria-label={t('transfer.list')}>
          {transfers.map((x) => (
            <TransferItem
              key={x.id}
              caseId={c.id}
              x={x}
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
      {editable && live ? <p className="hint">{t('transfer.oneAtATime')}</p> : null}
    </section>
  );
}

function Arrived({ a }: { a: ArrivedBy }) {
  const { t } = useTranslation('protection');
  const shared = sharedWords(t, a);
  const key = a.country
    ? a.completedOn
      ? 'transfer.arrived.toOn'
      : 'transfer.arrived.to'
    : a.completedOn
      ? 'transfer.arrived.on'
      : 'transfer.arrived.plain';
  return (
    <div className="stack">
      <p>
        <Trans
          t={t}
          i18nKey={key}
          values={{
            kind: wordFor(transferKindOptions(t), a.kind).toLowerCase(),
            agency: a.fromAgency,
            country: a.country ? countryName(a.country) : '',
            status: wordFor(transferStatusOptions(t), a.status).toLowerCase(),
            on: a.completedOn ? formatDay(a.completedOn) : '',
          }}
          components={{ 1: <strong /> }}
        />
      </p>
      {shared.length === 0 ? (
        <p className="muted">{t('transfer.arrived.nothing')}</p>
      ) : (
        <dl className="facts" aria-label={t('transfer.arrived.label')}>
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
  x: Transfer;
  editable: boolean;
  language: string;
  action: CaseAction;
}

function TransferItem({ caseId, x, editable, language, action }: ItemProps) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const to = receiverName(t, x);
  const kind = wordFor(transferKindOptions(t), x.kind);
  const statuses = transferStatusOptions(t);
  const path = (rest: string) => casePath(caseId, `/transfers/${encodeURIComponent(x.id)}${rest}`);
  const answer = (status: 'accepted' | 'declined') =>
    action.run(
      () => api.post(path('/steps'), { status } satisfies TransferStepBody),
      status === 'accepted'
        ? t('transfer.item.accepted', { to, kind: kind.toLowerCase() })
        : t('transfer.item.declined', { to, kind: kind.toLowerCase() }),
    );
  const outside = x.to.agency === null;
  const isLive = LIVE.includes(x.status);
  return (
    <li aria-labelledby={headingId}>
      <h3 id={headingId}>{t('transfer.item.title', { kind, to })}</h3>
      <dl className="facts">
        <dt>{t('transfer.item.status')}</dt>
        <dd>
          {x.completedOn ? (
            <Trans
              t={t}
              i18nKey="transfer.item.statusOn"
              values={{ status: wordFor(statuses, x.status), on: formatDay(x.completedOn) }}
              components={{ 1: <strong /> }}
            />
          ) : (
            <strong>{wordFor(statuses, x.status)}</strong>
          )}
        </dd>
        <dt>{t('transfer.item.country')}</dt>
        <dd>{x.country ? countryName(x.country) : t('words.notGiven')}</dd>
        <dt>{t('transfer.item.shared')}</dt>
        <dd>
          {x.items.length === 0
            ? t('transfer.item.nothingShared')
            : x.items.map((i) => itemWords(t, i)).join(t('words.separator'))}
        </dd>
        {x.note ? <Fact term={t('shared.returnPlanNote')} value={x.note} /> : null}
        <dt>{t('transfer.item.consent')}</dt>
        <dd>
          {t('transfer.item.consentGiven', {
            when: formatDateTime(x.sentAt),
            language: wordFor(spokenLanguages(), x.consentLanguage),
          })}
        </dd>
      </dl>
      {editable && outside && x.status === 'sent' ? (
        <div className="actions">
          <button type="button" className="button small" disabled={action.busy} onClick={answer('accepted')}>
            <Trans
              t={t}
              i18nKey="transfer.item.orgAccepted"
              values={{ kind: kind.toLowerCase() }}
              components={{ 1: <span className="visually-hidden" /> }}
            />
          </button>
          <button type="button" className="button small" disabled={action.busy} onClick={answer('declined')}>
            <Trans
              t={t}
              i18nKey="transfer.item.orgDeclined"
              values={{ kind: kind.toLowerCase() }}
              components={{ 1: <span className="visually-hidden" /> }}
            />
          </button>
        </div>
      ) : null}
      {editable && x.status === 'accepted' ? <ArrivalForm x={x} path={path} action={action} to={to} /> : null}
      {editable && isLive ? (
        <WithdrawForm path={path} language={language} action={action} kind={kind} />
      ) : null}
      <details>
        <summary>
          <Trans
            t={t}
            i18nKey="transfer.item.steps"
            values={{ kind: kind.toLowerCase() }}
            components={{ 1: <span className="visually-hidden" /> }}
          />
        </summary>
        <ol>
          {x.steps.map((s) => (
            <li key={`${s.at}-${s.status}`}>
              {`${wordFor(statuses, s.status)} — `}
              {[
                formatDateTime(s.at),
                s.on ? t('transfer.item.onDay', { on: formatDay(s.on) }) : '',
                t('transfer.item.by', { name: s.by ? s.by.name : s.agency }),
                s.language ? t('words.inLanguage', { language: wordFor(spokenLanguages(), s.language) }) : '',
              ]
                .filter(Boolean)
                .join(t('words.listSeparator'))}
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

function ArrivalForm({ x, to, path, action }: StepFormProps & { x: Transfer; to: string }) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const [on, setOn] = useState(isoDay());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (refuse(action, on ? null : t('transfer.arrival.problem'))) return;
    void action.run(
      () => api.post(path('/steps'), { status: 'completed', on } satisfies TransferStepBody),
      t('transfer.arrival.done', { to }),
    )();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('transfer.arrival.title')}</h4>
      <div className="row">
        <Field
          label={t('transfer.arrival.on')}
          type="date"
          value={on}
          onChange={setOn}
          min={x.sentAt.slice(0, 10)}
          max={isoDay()}
        />
      </div>
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          {t('transfer.arrival.submit')}
        </button>
      </div>
    </form>
  );
}

function WithdrawForm({ path, language, action, kind }: StepFormProps & { language: string; kind: string }) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const [lang, setLang] = useState(language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => api.post(path('/withdraw'), { language: lang } satisfies TransferWithdrawBody),
      t('transfer.withdraw.done', { kind: kind.toLowerCase() }),
    )();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t('transfer.withdraw.title')}</h4>
      <div className="row">
        <SelectField
          label={t('transfer.withdraw.language')}
          value={lang}
          onChange={setLang}
          options={languageOptions(language)}
        />
      </div>
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          <Trans
            t={t}
            i18nKey="transfer.withdraw.submit"
            values={{ kind: kind.toLowerCase() }}
            components={{ 1: <span className="visually-hidden" /> }}
          />
        </button>
      </div>
    </form>
  );
}
