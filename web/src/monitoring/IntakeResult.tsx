import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDateTime, numberFormat } from '../ui/format.ts';
import { StatusMessage } from '../ui/Live.tsx';
import { dueWords } from './due.ts';
import { reasonsWords } from './duplicateWords.ts';
import { tipPath } from './labels.ts';
import type { IntakeResult } from './types.ts';

interface Props {
  result: IntakeResult;
  /** Whether the reader may open tips (and so follow the links). */
  canTriage: boolean;
  onAnother: () => void;
}

/** How alike two tips are, as a whole percentage. */
export const alike = (score: number): string =>
  numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(score);

/** What follows saving a tip: its triage target and the tips it may repeat, each with the reasons. */
export function IntakeResultPanel({ result, canTriage, onAnother }: Props) {
  const { t } = useTranslation('monitoring');
  return (
    <div className="stack">
      <h2 id="intake-done-h">{t('intakeResult.title')}</h2>
      <StatusMessage
        tone="success"
        message={t('intakeResult.saved', {
          at: formatDateTime(result.dueAt),
          due: dueWords(t, result.dueAt),
        })}
      />
      {canTriage ? (
        <p>
          <a href={href(tipPath(result.id))}>{t('intakeResult.open')}</a>
        </p>
      ) : null}
      <h3>{t('duplicates.title')}</h3>
      {result.duplicates.length === 0 ? (
        <p>{t('duplicates.none')}</p>
      ) : (
        <ul className="tip-duplicates" aria-label={t('duplicates.title')}>
          {result.duplicates.map((d) => (
            <li key={d.id}>
              <Trans
                t={t}
                i18nKey="intakeResult.duplicate"
                values={{ id: d.id, percent: alike(d.score), reasons: reasonsWords(t, d.reasons) }}
                components={{ 1: canTriage ? <a href={href(tipPath(d.id))}>{d.id}</a> : <span /> }}
              />
            </li>
          ))}
        </ul>
      )}
      {result.duplicates.length > 0 ? <p className="hint">{t('intakeResult.hint')}</p> : null}
      <div>
        <button type="button" className="button" onClick={onAnother}>
          {t('intakeResult.another')}
        </button>
      </div>
    </div>
  );
}
