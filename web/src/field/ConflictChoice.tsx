import { useTranslation } from 'react-i18next';
import { formatClock } from '../ui/datetime.ts';
import type { Conflict } from './types.ts';

interface Props {
  mine: string;
  conflict: Conflict;
  onKeep: () => void;
  onDrop: () => void;
}

/**
 * Someone corrected the entry before this phone's correction reached the server: theirs and this one side by
 * side, and the person chooses. Kept, it is sent again on top of theirs; dropped, it leaves the phone.
 */
export function ConflictChoice({ mine, conflict, onKeep, onDrop }: Props) {
  const { t } = useTranslation('field');
  return (
    <fieldset className="conflict">
      <legend className="visually-hidden">{t('conflict.label')}</legend>
      <p className="conflict-lead">{t('conflict.lead')}</p>
      <div className="conflict-sides">
        <div>
          <h3>{t('conflict.theirs')}</h3>
          <ul>
            {conflict.corrections.map((c) => (
              <li key={c.id}>
                <q>{c.text}</q>{' '}
                <span className="sub">
                  {t('conflict.by', { name: c.recordedBy, time: formatClock(c.occurredAt) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('conflict.mine')}</h3>
          <p>
            <q>{mine}</q>
          </p>
        </div>
      </div>
      <div className="conflict-actions">
        <button type="button" className="button primary" onClick={onKeep}>
          {t('conflict.keep')}
        </button>
        <button type="button" className="button" onClick={onDrop}>
          {t('conflict.drop')}
        </button>
      </div>
    </fieldset>
  );
}
