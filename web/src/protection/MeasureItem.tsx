import { type FormEvent, Fragment, useId, useState } from 'react';
import { api } from '../api.ts';
import { SelectField } from '../screening/controls.tsx';
import { wordFor } from '../screening/labels.ts';
import { Field } from '../ui/Field.tsx';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { countryName } from './identity-types.ts';
import { formatDay, isoDay } from './labels.ts';
import { type CaseAction, casePath, refuse, useCaseAction } from './useCaseAction.ts';
import {
  HEARING_SUPPORTS,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  money,
  NEXT_STATUSES,
  NEXT_WORDS,
  PAID_KINDS,
  PERMIT_KINDS,
  REPRISAL_LEVELS,
  VALIDITY,
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
  const headingId = useId();
  const name = wordFor(MEASURE_KINDS, m.kind);
  const next = editable ? (NEXT_STATUSES[m.status] ?? []) : [];
  // Held here, so that the message outlives the form once nothing follows (a measure provided).
  const action = useCaseAction(onChanged);
  return (
    <li className="referral" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p>
        <strong>{wordFor(MEASURE_STATUSES, m.status)}</strong>
        {m.validity ? (
          <>
            {' — '}
            <strong>{wordFor(VALIDITY, m.validity)}</strong>
          </>
        ) : null}
        <span className="muted">
          {' '}
          — asked {formatDateTime(m.createdAt)}
          {m.by ? ` by ${m.by.name}` : ''}
        </span>
      </p>
      <MeasureFacts m={m} />
      {m.note ? <p className="observation">{m.note}</p> : null}
      {next.length > 0 ? <NextStatus caseId={caseId} m={m} next={next} action={action} /> : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      <details>
        <summary>History of {name.toLowerCase()}</summary>
        <ol>
          {m.steps.map((s) => (
            <li key={`${s.at}-${s.status}`}>
              {wordFor(MEASURE_STATUSES, s.status)} — {formatDateTime(s.at)}
              {s.by ? `, recorded by ${s.by.name}` : ''}
              {s.validUntil ? `; valid until ${formatDay(s.validUntil)}` : ''}
              {s.paidOn ? `; paid on ${formatDay(s.paidOn)}` : ''}.
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function MeasureFacts({ m }: { m: Measure }) {
  const facts: [string, string][] = [];
  if (m.validUntil) facts.push(['Valid until', formatDay(m.validUntil)]);
  if (m.reprisal)
    facts.push([
      'Risk to the family',
      `${wordFor(REPRISAL_LEVELS, m.reprisal.level)}${m.reprisal.country ? `, in ${countryName(m.reprisal.country)}` : ''}`,
    ]);
  if (m.hearing) {
    facts.push(['Hearing on', formatDay(m.hearing.on)]);
    facts.push(['Support', m.hearing.support.map((s) => wordFor(HEARING_SUPPORTS, s)).join(', ') || 'None']);
  }
  if (m.amount !== null && m.currency) facts.push(['Amount', money(m.amount, m.currency)]);
  if (m.paidOn) facts.push(['Paid on', formatDay(m.paidOn)]);
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

function NextStatus({
  caseId,
  m,
  next,
  action,
}: {
  caseId: string;
  m: Measure;
  next: readonly string[];
  action: CaseAction;
}) {
  const [status, setStatus] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [paidOn, setPaidOn] = useState(isoDay());
  const name = wordFor(MEASURE_KINDS, m.kind);
  const needsValidUntil = status === 'granted' && PERMIT_KINDS.includes(m.kind);
  const needsPaidOn = status === 'provided' && PAID_KINDS.includes(m.kind);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !status
      ? 'Choose the next status.'
      : needsValidUntil && !validUntil
        ? 'A permit is granted until a date: give the valid-until date.'
        : needsPaidOn && !paidOn
          ? 'Give the day it was paid to the person.'
          : null;
    if (refuse(action, problem)) return;
    void action.run(
      async () => {
        await api.post(casePath(caseId, `/witness/measures/${encodeURIComponent(m.id)}/status`), {
          status,
          ...(needsValidUntil ? { validUntil } : {}),
          ...(needsPaidOn ? { paidOn } : {}),
        });
        setStatus('');
        setValidUntil('');
      },
      `${name}: ${wordFor(NEXT_WORDS, status).toLowerCase()}.`,
    )();
  };

  return (
    <form className="status-form" onSubmit={submit} noValidate aria-label={`Next status of ${name}`}>
      <SelectField
        label="Next status"
        value={status}
        onChange={setStatus}
        options={NEXT_WORDS.filter(([s]) => next.includes(s))}
        placeholder="Choose"
      />
      {needsValidUntil ? (
        <Field label="Valid until" type="date" value={validUntil} onChange={setValidUntil} min={isoDay()} />
      ) : null}
      {needsPaidOn ? (
        <Field label="Paid on" type="date" value={paidOn} onChange={setPaidOn} max={isoDay()} />
      ) : null}
      <div>
        <button type="submit" className="button small" disabled={action.busy}>
          {action.busy ? 'Recording…' : 'Record'}
          <span className="visually-hidden"> the next status of {name}</span>
        </button>
      </div>
    </form>
  );
}
