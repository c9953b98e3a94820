import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The pair's names, said to screen readers after each button, where many pairs share a page. */
  context: string;
  busy: boolean;
  onDecide: (decision: 'same' | 'different', note: string) => void;
}

const MAX_NOTE = 500;

/** "Same person" or "Different people" for one pair, with an optional note saying why. */
export function DecisionControls({ context, busy, onDecide }: Props) {
  const { t } = useTranslation('intel');
  const id = useId();
  const [note, setNote] = useState('');
  const decide = (d: 'same' | 'different') => onDecide(d, note.trim());
  return (
    <div className="decision-controls">
      <div className="field">
        <label htmlFor={`${id}-note`}>
          {t('people.decide.note')} <span className="muted">{t('people.decide.optional')}</span>
          <span className="visually-hidden"> {t('people.decide.on', { names: context })}</span>
        </label>
        <input
          id={`${id}-note`}
          value={note}
          maxLength={MAX_NOTE}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="hint">
          {t('people.decide.hint')}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => decide('same')}>
          {t('people.decide.same')}
          <span className="visually-hidden">: {context}</span>
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => decide('different')}>
          {t('people.decide.different')}
          <span className="visually-hidden">: {context}</span>
        </button>
      </div>
    </div>
  );
}
