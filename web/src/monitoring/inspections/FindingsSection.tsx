import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BREACH_CODES,
  FINDING_ANSWERS,
  type FindingAnswer,
} from '../../../../src/monitoring/inspection-catalogue.ts';
import { Check } from '../../screening/controls.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import { codeOr, isCode, onCode } from '../labels.ts';
import { Choices, countOf, TextArea } from './controls.tsx';
import type { SectionProps } from './InspectionPage.tsx';
import { findingsStateOf } from './inspection-outbox.ts';
import { answerOptions, breachWord, wordFor } from './labels.ts';
import type { FindingsBody, Inspection } from './types.ts';

interface Answer {
  answer: FindingAnswer;
  workers: string;
  observation: string;
}
interface Breach {
  on: boolean;
  workers: string;
  note: string;
}

const answersOf = (i: Inspection) =>
  Object.fromEntries(
    i.findings.indicators.map((f) => [
      f.id,
      {
        answer: codeOr(FINDING_ANSWERS, f.answer, 'not_checked'),
        workers: f.workers ? String(f.workers) : '',
        observation: f.observation,
      },
    ]),
  ) as Record<string, Answer>;
const breachesOf = (i: Inspection) =>
  Object.fromEntries(
    i.choices.breaches.map((b) => {
      const found = i.findings.breaches.find((x) => x.breach === b.code);
      return [b.code, { on: !!found, workers: found ? String(found.workers) : '', note: found?.note ?? '' }];
    }),
  ) as Record<string, Breach>;

/** The findings: each forced-labour indicator of the set observed or not, and the labour-law breaches found. */
export function FindingsSection({ inspection: i, record, canWrite }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const list = (items: string[]) => items.join(t('inspections.findings.separator'));
  const withWorkers = (label: string, count: number) =>
    t('inspections.findings.withWorkers', { label, count });
  const [answers, setAnswers] = useState(() => answersOf(i));
  const [breaches, setBreaches] = useState(() => breachesOf(i));
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, handle } = useSubmit();
  const setA = (id: string, change: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [id]: { ...(a[id] as Answer), ...change } }));
  const setB = (code: string, change: Partial<Breach>) =>
    setBreaches((b) => ({ ...b, [code]: { ...(b[code] as Breach), ...change } }));
  const save = handle(async () => {
    const indicators = i.findings.indicators.map((f) => ({
      id: f.id,
      label: f.label,
      ...(answers[f.id] as Answer),
    }));
    for (const a of indicators) {
      if (a.answer === 'observed' && !a.observation.trim())
        return setError(t('inspections.findings.errors.noObservation', { label: a.label }));
      if (a.answer === 'observed' && countOf(a.workers || '0') === null)
        return setError(t('inspections.findings.errors.badCount', { label: a.label }));
    }
    const found = i.choices.breaches.filter((b) => breaches[b.code]?.on);
    const codes = found.map((b) => b.code).filter((c) => isCode(BREACH_CODES, c));
    for (const b of found)
      if (countOf(breaches[b.code]?.workers || '0') === null)
        return setError(t('inspections.findings.errors.badCount', { label: breachWord(b.code, b.label) }));
    const body = {
      setId: i.findings.set.id,
      setVersion: i.findings.set.version,
      indicators: indicators.map((a) => ({
        id: a.id,
        answer: a.answer,
        workers: a.answer === 'observed' ? (countOf(a.workers || '0') ?? 0) : 0,
        observation: a.answer === 'observed' ? a.observation : '',
      })),
      breaches: codes.map((code) => ({
        breach: code,
        workers: countOf(breaches[code]?.workers || '0') ?? 0,
        note: breaches[code]?.note ?? '',
      })),
    } satisfies FindingsBody;
    setSaved(null);
    const went = await record({ kind: 'findings', body, base: findingsStateOf(i) });
    if (went === 'met') return setError(t('inspections.kit.met'));
    setSaved(went === 'kept' ? t('inspections.kit.savedOnPhone') : t('inspections.findings.saved'));
  });
  if (!canWrite) {
    const observed = i.findings.indicators.filter((f) => f.answer === 'observed');
    return (
      <section className="panel" aria-labelledby="insp-findings-h">
        <h2 id="insp-findings-h">{t('inspections.findings.title')}</h2>
        <p>
          {observed.length
            ? t('inspections.findings.observed', {
                list: list(observed.map((f) => withWorkers(f.label, f.workers))),
              })
            : t('inspections.findings.observedNone')}
        </p>
        <p>
          {i.findings.breaches.length
            ? t('inspections.findings.breaches', {
                list: list(
                  i.findings.breaches.map((b) => withWorkers(breachWord(b.breach, b.label), b.workers)),
                ),
              })
            : t('inspections.findings.breachesNone')}
        </p>
      </section>
    );
  }
  const answered = i.findings.indicators
    .filter((f) => f.answer !== null)
    .map((f) =>
      t('inspections.findings.answerItem', {
        label: f.label,
        answer: wordFor(answerOptions(), f.answer).toLowerCase(),
      }),
    );
  return (
    <section className="panel" aria-labelledby="insp-findings-h">
      <h2 id="insp-findings-h">{t('inspections.findings.title')}</h2>
      <form className="stack" onSubmit={save} noValidate aria-label={t('inspections.findings.title')}>
        <h3>{t('inspections.findings.indicators')}</h3>
        <p className="hint">{i.findings.set.name}.</p>
        {i.findings.indicators.map((f) => {
          const a = answers[f.id] as Answer;
          return (
            <div key={f.id} className="stack">
              <Choices
                legend={f.label}
                name={`ind-${f.id}`}
                value={a.answer}
                options={answerOptions()}
                onChange={onCode(FINDING_ANSWERS, (answer) => setA(f.id, { answer }))}
              />
              {a.answer === 'observed' ? (
                <div className="row">
                  <Field
                    label={t('inspections.findings.workersConcerned', { label: f.label })}
                    value={a.workers}
                    onChange={(v) => setA(f.id, { workers: v })}
                    inputMode="numeric"
                  />
                  <TextArea
                    label={t('inspections.findings.seenOrHeard', { label: f.label })}
                    value={a.observation}
                    onChange={(v) => setA(f.id, { observation: v })}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
        <h3>{t('inspections.findings.breachesTitle')}</h3>
        {i.choices.breaches.map((b) => {
          const x = breaches[b.code] as Breach;
          return (
            <div key={b.code} className="stack">
              <Check
                label={breachWord(b.code, b.label)}
                checked={x.on}
                onChange={(on) => setB(b.code, { on })}
              />
              {x.on ? (
                <div className="row">
                  <Field
                    label={t('inspections.findings.workersConcerned', { label: breachWord(b.code, b.label) })}
                    value={x.workers}
                    onChange={(v) => setB(b.code, { workers: v })}
                    inputMode="numeric"
                  />
                  <TextArea
                    label={t('inspections.findings.note', { label: breachWord(b.code, b.label) })}
                    value={x.note}
                    onChange={(v) => setB(b.code, { note: v })}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
        <StatusMessage message={saved} tone="success" />
        <ErrorMessage message={error} />
        <div>
          <button type="submit" className="button primary" disabled={busy}>
            {t('inspections.findings.save')}
          </button>
        </div>
      </form>
      <p className="sub">
        {answered.length
          ? t('inspections.findings.answered', { list: list(answered) })
          : t('inspections.findings.answeredNone')}
      </p>
    </section>
  );
}
