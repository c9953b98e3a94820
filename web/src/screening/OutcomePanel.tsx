import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
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
            <Trans t={t} i18nKey="outcome.rule" values={{ rule: e.rule }} components={{ 1: <strong /> }} />
          </p>
          <h3>{t('outcome.how')}</h3>
          <ul className="explanation">
            {e.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {e.warnings.length > 0 ? (
            <div className="notice notice-info">
              <h3>{t('outcome.warnings')}</h3>
              <ul>
                {e.warnings.map((w) => (
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
          <p className="hint">{t('outcome.completeHint')}</p>
          <button
            type="button"
            className="button primary"
            disabled={interview.busy}
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
