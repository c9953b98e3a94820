import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { evidenceCategoryOptions } from './labels.ts';
import { type EvidenceRow, rowKey } from './planForm.ts';

interface Props {
  rows: EvidenceRow[];
  onChange: (rows: EvidenceRow[]) => void;
}

/** The evidence the intelligence says is there: the evidence objective is measured against it. */
export function EvidenceEditor({ rows, onChange }: Props) {
  const { t } = useTranslation('plans');
  const update = (key: number, change: Partial<EvidenceRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const categories = evidenceCategoryOptions();
  return (
    <fieldset className="form-group">
      <legend>{t('form.evidence.legend')}</legend>
      {rows.length === 0 ? <p className="hint">{t('form.evidence.none')}</p> : null}
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <SelectField
              label={t('form.evidence.item', { n: i + 1 })}
              value={r.category}
              onChange={(v) => update(r.key, { category: v })}
              options={categories}
              placeholder={t('choose')}
            />
            <Field
              label={t('form.evidence.note', { n: i + 1 })}
              value={r.note}
              onChange={(v) => update(r.key, { note: v })}
              autoComplete="off"
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('form.evidence.remove', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { key: rowKey(), category: '', note: '' }])}
      >
        {t('form.evidence.add')}
      </button>
    </fieldset>
  );
}
