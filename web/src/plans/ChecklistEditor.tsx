import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { type CheckRow, rowKey } from './planForm.ts';

interface Props {
  legend: string;
  hint: string;
  rows: CheckRow[];
  onChange: (rows: CheckRow[]) => void;
  /** The label of the field for a new item, e.g. "New go/no-go item". */
  newLabel: string;
}

/** A checklist's items, added and removed here; whether each is confirmed is shown, not changed: confirmations are
 * made one by one on the plan's page (the checklist route), and a save keeps them as they stand. */
export function ChecklistEditor({ legend, hint, rows, onChange, newLabel }: Props) {
  const { t } = useTranslation('plans');
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!draft.trim()) return;
    onChange([...rows, { key: rowKey(), item: draft.trim(), done: false }]);
    setDraft('');
  };
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <p className="hint">{t('checklist.ticksHint')}</p>
      <ul className="edit-rows checklist">
        {rows.map((r) => (
          <li key={r.key} className="check-row">
            <span className="check-item">
              {r.item}{' '}
              <span className={r.done ? 'tag tag-done' : 'tag'}>
                {r.done ? t('checklist.confirmed') : t('checklist.notConfirmed')}
              </span>
            </span>
            <button
              type="button"
              className="button small"
              aria-label={t('checklist.removeItem', { item: r.item })}
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('checklist.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="add-row">
        <Field label={newLabel} value={draft} onChange={setDraft} autoComplete="off" />
        <button type="button" className="button" onClick={add}>
          {t('checklist.add')}
        </button>
      </div>
    </fieldset>
  );
}
