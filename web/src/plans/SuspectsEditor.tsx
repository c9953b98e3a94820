import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field.tsx';
import { rowKey, type SuspectRow } from './planForm.ts';

interface Props {
  rows: SuspectRow[];
  onChange: (rows: SuspectRow[]) => void;
}

/** The suspects the operation means to arrest: the arrest objective is measured against them. */
export function SuspectsEditor({ rows, onChange }: Props) {
  const { t } = useTranslation('plans');
  const update = (key: number, label: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, label } : r)));
  return (
    <fieldset className="form-group">
      <legend>{t('form.suspects.legend')}</legend>
      {rows.length === 0 ? <p className="hint">{t('form.suspects.none')}</p> : null}
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <Field
              label={t('form.suspects.item', { n: i + 1 })}
              value={r.label}
              onChange={(v) => update(r.key, v)}
              autoComplete="off"
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('form.suspects.remove', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { key: rowKey(), label: '', entityId: null }])}
      >
        {t('form.suspects.add')}
      </button>
    </fieldset>
  );
}
