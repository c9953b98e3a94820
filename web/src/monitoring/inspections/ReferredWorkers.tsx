import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { NewScreeningForm } from '../../screening/NewScreeningForm.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { formatDay, languageOptions, sexOptions, wordFor } from './labels.ts';
import type { ReferredWorkerList } from './types.ts';
import './inspections.css';

/**
 * On the Screening page: workers referred to the agency from labour inspections, waiting first. A screening officer
 * starts a screening from one, pre-filled (source: a labour inspection, its ref), which takes the referral up.
 */
export function ReferredWorkers({ canStart }: { canStart: boolean }) {
  const { t } = useTranslation('monitoring');
  const list = useLoad<ReferredWorkerList>('/api/monitoring/inspections/referred-workers');
  const [open, setOpen] = useState<string | null>(null);
  const workers = list.data?.workers ?? [];
  return (
    <section className="panel inspections" aria-labelledby="referred-workers-h">
      <h2 id="referred-workers-h">{t('inspections.referred.title')}</h2>
      <ErrorMessage message={list.error} />
      {list.data && workers.length === 0 ? <p className="muted">{t('inspections.referred.none')}</p> : null}
      {workers.length > 0 ? (
        <ul className="inspection-list" aria-label={t('inspections.referred.title')}>
          {workers.map((w) => (
            <li key={w.id} className="inspection-row">
              <strong>{w.pseudonym}</strong>
              <span>
                {t(w.visitedOn ? 'inspections.referred.lineVisited' : 'inspections.referred.line', {
                  language: wordFor(languageOptions(), w.language),
                  sex: wordFor(sexOptions(), w.sex).toLowerCase(),
                  age: w.under18 ? t('inspections.age.under18') : t('inspections.age.adult'),
                  ref: w.inspectionRef,
                  agency: w.fromAgency,
                  day: w.visitedOn ? formatDay(w.visitedOn) : '',
                })}
              </span>
              <span className="sub">
                {t('inspections.referred.why', { reason: w.reason, at: formatDateTime(w.referredAt) })}
              </span>
              {w.screeningId ? (
                <a href={href(`/screening/${encodeURIComponent(w.screeningId)}`)} className="inspection-link">
                  {t('inspections.referred.open')}
                </a>
              ) : canStart ? (
                <button
                  type="button"
                  className="button"
                  aria-expanded={open === w.id}
                  onClick={() => setOpen(open === w.id ? null : w.id)}
                >
                  <Trans
                    t={t}
                    i18nKey={open === w.id ? 'inspections.referred.close' : 'inspections.referred.start'}
                    values={{ name: w.pseudonym }}
                    components={{ 1: <span className="visually-hidden" /> }}
                  />
                </button>
              ) : (
                <span className="sub">{t('inspections.referred.waiting')}</span>
              )}
              {open === w.id && !w.screeningId ? (
                <NewScreeningForm
                  key={w.id}
                  initial={{
                    pseudonym: w.pseudonym,
                    source: 'inspection',
                    sourceRef: w.inspectionRef,
                    language: w.language,
                    sex: w.sex,
                    exploitation: 'labour',
                  }}
                  extra={{ inspectionReferralId: w.id }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.loading && !list.data ? <p className="muted">{t('inspections.referred.loading')}</p> : null}
    </section>
  );
}
