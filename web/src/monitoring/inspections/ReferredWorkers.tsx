import { useState } from 'react';
import { href } from '../../router.ts';
import { NewScreeningForm } from '../../screening/NewScreeningForm.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { formatDay, languageOptions, sexOptions, wordFor } from './labels.ts';
import type { ReferredWorker } from './types.ts';
import './inspections.css';

/**
 * On the Screening page: workers referred to the agency from labour inspections, waiting first. A screening officer
 * starts a screening from one, pre-filled (source: a labour inspection, its ref), which takes the referral up.
 */
export function ReferredWorkers({ canStart }: { canStart: boolean }) {
  const list = useLoad<{ workers: ReferredWorker[] }>('/api/monitoring/inspections/referred-workers');
  const [open, setOpen] = useState<string | null>(null);
  const workers = list.data?.workers ?? [];
  return (
    <section className="panel inspections" aria-labelledby="referred-workers-h">
      <h2 id="referred-workers-h">Workers referred from labour inspections</h2>
      <ErrorMessage message={list.error} />
      {list.data && workers.length === 0 ? (
        <p className="muted">No worker is referred to your agency.</p>
      ) : null}
      {workers.length > 0 ? (
        <ul className="inspection-list" aria-label="Workers referred from labour inspections">
          {workers.map((w) => (
            <li key={w.id} className="inspection-row">
              <strong>{w.pseudonym}</strong>
              <span>
                {wordFor(languageOptions(), w.language)}, {wordFor(sexOptions(), w.sex).toLowerCase()},{' '}
                {w.under18 ? 'under 18' : '18 or over'} — inspection {w.inspectionRef} by {w.fromAgency}
                {w.visitedOn ? `, visited ${formatDay(w.visitedOn)}` : ''}
              </span>
              <span className="sub">
                Why: {w.reason} (referred {formatDateTime(w.referredAt)})
              </span>
              {w.screeningId ? (
                <a href={href(`/screening/${encodeURIComponent(w.screeningId)}`)} className="inspection-link">
                  Screening started: open it
                </a>
              ) : canStart ? (
                <button
                  type="button"
                  className="button"
                  aria-expanded={open === w.id}
                  onClick={() => setOpen(open === w.id ? null : w.id)}
                >
                  {open === w.id ? 'Close' : 'Start a screening'}
                  <span className="visually-hidden"> of {w.pseudonym}</span>
                </button>
              ) : (
                <span className="sub">Waiting for a screening.</span>
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
      {list.loading && !list.data ? <p className="muted">Loading the workers referred…</p> : null}
    </section>
  );
}
