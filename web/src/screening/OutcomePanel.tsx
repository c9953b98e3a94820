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
  const s = interview.screening as Screening;
  const done = s.status === 'completed';
  const e = s.evaluation;
  return (
    <section
      className={done ? 'panel outcome-panel final' : 'panel outcome-panel'}
      aria-labelledby="outcome-h"
    >
      <h2 id="outcome-h">{done ? 'Final outcome' : 'Outcome so far'}</h2>
      {done ? null : (
        <p className="hint">A preview from the answers as last saved. Save to bring it up to date.</p>
      )}
      <div aria-live="polite" aria-atomic="true">
        {e ? (
          <p className={`outcome-words outcome-${e.outcome}`}>{outcomeWords(e.outcome, e.exploitation)}</p>
        ) : (
          <p className="muted">No outcome yet: answer the indicators and save.</p>
        )}
      </div>
      {e ? (
        <>
          <p>
            <strong>Rule:</strong> {e.rule}
          </p>
          <h3>How it was reached</h3>
          <ul className="explanation">
            {e.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {e.warnings.length > 0 ? (
            <div className="notice notice-info">
              <h3>Warnings</h3>
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
          <strong>Non-punishment:</strong> this person is not to be punished for acts they were compelled to
          commit; no immigration-enforcement record is made.
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
        <p className="muted small">Completed {formatDateTime(s.completedAt)}.</p>
      ) : null}
      {!done && canWrite ? (
        <div className="complete-action">
          <p className="hint">
            Completing saves the answers, fixes the outcome and records the non-punishment principle for a
            presumed victim. Answers can no longer be changed afterwards.
          </p>
          <button
            type="button"
            className="button primary"
            disabled={interview.busy}
            onClick={() => void interview.complete()}
          >
            Complete the screening
          </button>
          <ErrorMessage message={interview.completeError} />
        </div>
      ) : null}
    </section>
  );
}
