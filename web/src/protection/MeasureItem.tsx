import { type FormEvent, Fragment, useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { countryName } from './identity-types.ts';
import { formatDay, isoDay } from './labels.ts';
import type { MeasureStepBody } from './types.ts';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';
import {
  hearingSupportOptions,
  measureKindOptions,
  measureStatusOptions,
  money,
  NEXT_STATUSES,
  nextStatusOptions,
  PAID_KINDS,
  PERMIT_KINDS,
  reprisalLevelOptions,
  validityOptions,
} from './witness-labels.ts';
import type { Measure } from './witness-types.ts';

interface Props {
  caseId: string;
  m: Measure;
  editable: boolean;
  onChanged: () => void;
}

/** One support measure: what it is, its status (a permit's validity too), its history, and its next status. */
export function MeasureItem({ caseId, m, editable, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const headingId = useId();
  const name = wordFor(measureKindOptions(t), m.kind);
  const statuses = measureStatusOptions(t);
  const next = editable ? (NEXT_STATUSES[m.status] ?? []) : [];
  // Held here, so that the message outlives the form once nothing follows (a measure provided).
  const action = useCaseAction(onChanged);
  return (
    <li className="referral" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p>
        <strong>{wordFor(statuses, m.status)}</strong>
        {m.validity ? (
          <>
            {' — '}
            <strong>{wordFor(validityOptions(t), m.validity)}</strong>
          </>
        ) : null}
        <span className="muted">
          {' '}
          {m.by
            ? t('measure.askedBy', { when: formatDateTime(m.createdAt), name: m.by.name })
            : t('measure.asked', { when: formatDateTime(m.createdAt) })}
        </span>
      </p>
      <MeasureFacts m={m} />
      {m.note ? <p className="observation">{m.note}</p> : null}
      {next.length > 0 ? <NextStatus caseId={caseId} m={m} next={next} action={action} /> : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      <details>
        <summary>{t('measure.history', { name: name.toLowerCase() })}</summary>
        <ol>
          {m.steps.map((s) => (
            <li key={`${s.at}-${s.status}`}>
              {t('measure.line', {
                line: [
                  t(s.by ? 'measure.stepBy' : 'measure.step', {
                    status: wordFor(statuses, s.status),
                    when: formatDateTime(s.at),
                    name: s.by?.name,
                  }),
                  s.validUntil ? t('measure.validUntilOn', { on: formatDay(s.validUntil) }) : '',
                  s.paidOn ? t('measure.paidOnDay', { on: formatDay(s.paidOn) }) : '',
                ]
                  .filter(Boolean)
                  .join(t('words.separator')),
              })}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function MeasureFacts({ m }: { m: Measure }) {
  const { t } = useTranslation('protection');
  const facts: [string, string][] = [];
  if (m.validUntil) facts.push([t('witness.validUntil'), formatDay(m.validUntil)]);
  if (m.reprisal)
    facts.push([
      t('measure.risk'),
      m.reprisal.country
        ? t('measure.riskIn', {
            level: wordFor(reprisalLevelOptions(t), m.reprisal.level),
            country: countryName(m.reprisal.country),
          })
        : wordFor(reprisalLevelOptions(t), m.reprisal.level),
    ]);
  if (m.hearing) {
    facts.push([t('witness.hearingOn'), formatDay(m.hearing.on)]);
    const supports = hearingSupportOptions(t);
    facts.push([
      t('measure.support'),
      m.hearing.support.map((s) => wordFor(supports, s)).join(t('words.listSeparator')) || t('words.none'),
    ]);
  }
  if (m.amount !== null && m.currency) facts.push([t('witness.amount'), money(m.amount, m.currency)]);
  if (m.paidOn) facts.push([t('measure.paidOn'), formatDay(m.paidOn)]);
  if (facts.length === 0) return null;
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

type Status = MeasureStepBody['status'];

function NextStatus({
  caseId,
  m,
  next,
  action,
}: {
  caseId: string;
  m: Measure;
  next: readonly Status[];
  action: CaseAction;
}) {
  const { t } = useTranslation('protection');
  const [status, setStatus] = useState<Status | ''>('');
  const [validUntil, setValidUntil] = useState('');
  const [paidOn, setPaidOn] = useState(isoDay());
  const name = wordFor(measureKindOptions(t), m.kind);
  const nextWords = nextStatusOptions(t);
  const needsValidUntil = status === 'granted' && PERMIT_KINDS.includes(m.kind);
  const needsPaidOn = status === 'provided' && PAID_KINDS.includes(m.kind);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !status
      ? t('measure.next.statusProblem')
      : needsValidUntil && !validUntil
        ? t('measure.next.validUntilProblem')
        : needsPaidOn && !paidOn
          ? t('measure.next.paidOnProblem')
          : null;
    if (refuse(action, problem) || !status) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/witness/measures/${encodeURIComponent(m.id)}/status`), {
          status,
          ...(needsValidUntil ? { validUntil } : {}),
          ...(needsPaidOn ? { paidOn } : {}),
        } satisfies MeasureStepBody);
        setStatus('');
        setValidUntil('');
      },
      t('measure.next.done', { name, status: wordFor(nextWords, status).toLowerCase() }),
    )();
  };

  return (
    <form className="status-form" onSubmit={submit} noValidate aria-label={t('measure.next.label', { name })}>
      <SelectField
        label={t('measure.next.status')}
        value={status}
        onChange={(v) => setStatus(v as Status | '')}
        options={nextWords.filter(([s]) => next.some((n) => n === s))}
        placeholder={t('words.choose')}
      />
      {needsValidUntil ? (
        <Field
          label={t('witness.validUntil')}
          type="date"
          value={validUntil}
          onChange={setValidUntil}
          min={isoDay()}
        />
      ) : null}
      {needsPaidOn ? (
        <Field label={t('measure.paidOn')} type="date" value={paidOn} onChange={setPaidOn} max={isoDay()} />
      ) : null}
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          <Trans
            t={t}
            i18nKey={action.busy ? 'measure.next.busy' : 'measure.next.submit'}
            values={{ name }}
            components={{ 1: <span className="visually-hidden" /> }}
          />
        </button>
      </div>
    </form>
  );
}
