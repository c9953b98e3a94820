import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check } from '../screening/controls.tsx';
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

/** A checklist: each item ticked when done; items can be added and removed. */
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
      <ul className="edit-rows checklist">
        {rows.map((r) => (
          <li key={r.key} className="check-row">
            <Check
              label={r.item}
              checked={r.done}
              onChange={(done) => onChange(rows.map((x) => (x.key === r.key ? { ...x, done } : x)))}
            />
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
