import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { explanationWords, ruleWords, warningWords } from './basisWords.ts';
import { outcomeWords } from './labels.ts';
import { ProtectionCaseNote } from './ProtectionCaseNote.tsx';
import type { Screening } from './types.ts';
import type { Interview } from './useInterview.ts';

interface Props {
  interview: Interview;
  canWrite: boolean;
  /** Whether the reader may open the list of protection cases. */
  canSeeCases: boolean;
}

/** The outcome as the server evaluates it: a live preview while in progress, final once completed. */
export function OutcomePanel({ interview, canWrite, canSeeCases }: Props) {
  const { t } = useTranslation('screening');
  const s = interview.screening as Screening;
  const done = s.status === 'completed';
  const e = s.evaluation;
  // A screening completed before the basis was kept has its explanation in English only.
  const b = e?.basis;
  const rule = e ? (b ? ruleWords(t, b) : e.rule) : '';
  const explanation = e ? (b ? explanationWords(t, e, b) : e.explanation) : [];
  const warnings = e ? (b ? b.warnings.map((w) => warningWords(t, w)) : e.warnings) : [];
  // Completing fixes the outcome and non-punishment: done with a connection only, never from the field kit.
  const offline = interview.kept !== null || !interview.outbox.online;
  return (
    <section
      className={done ? 'panel outcome-panel final' : 'panel outcome-panel'}
      aria-labelledby="outcome-h"
    >
      <h2 id="outcome-h">{done ? t('outcome.final') : t('outcome.soFar')}</h2>
      {done ? null : <p className="hint">{t('outcome.previewHint')}</p>}
      <div aria-live="polite" aria-atomic="true">
        {e ? (
          <p className={`outcome-words outcome-${e.outcome}`}>{outcomeWords(e.outcome, e.exploitation)}</p>
        ) : (
          <p className="muted">{t('outcome.none')}</p>
        )}
      </div>
      {e ? (
        <>
          <p>
            <Trans t={t} i18nKey="outcome.rule" values={{ rule }} components={{ 1: <strong /> }} />
          </p>
          <h3>{t('outcome.how')}</h3>
          <ul className="explanation">
            {explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {warnings.length > 0 ? (
            <div className="notice notice-info">
              <h3>{t('outcome.warnings')}</h3>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
      {done && s.nonPunishment ? (
        <p className="notice non-punishment">
          <Trans t={t} i18nKey="outcome.nonPunishment" components={{ 1: <strong /> }} />
        </p>
      ) : null}
      {done && s.protectionCase ? (
        <ProtectionCaseNote
          pseudonym={s.pseudonym}
          protectionCase={s.protectionCase}
          canSeeCases={canSeeCases}
        />
      ) : null}
      {done && s.completedAt ? (
        <p className="muted small">{t('outcome.completedAt', { date: formatDateTime(s.completedAt) })}</p>
      ) : null}
      {!done && canWrite ? (
        <div className="complete-action">
          <p className="hint">{offline ? t('kit.noComplete') : t('outcome.completeHint')}</p>
          <button
            type="button"
            className="button primary"
            disabled={interview.busy || offline}
            onClick={() => void interview.complete()}
          >
            {t('outcome.complete')}
          </button>
          <ErrorMessage message={interview.completeError} />
        </div>
      ) : null}
    </section>
  );
}
