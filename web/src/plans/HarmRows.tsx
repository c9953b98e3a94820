import { useTranslation } from 'react-i18next';
import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { harmedOptions } from './labels.ts';
import { rowKey } from './planForm.ts';
import type { Harmed } from './types.ts';

/** A harm being recorded in the after-action review. */
export interface HarmRow {
  key: number;
  to: Harmed | '';
  description: string;
}

interface Props {
  rows: HarmRow[];
  onChange: (rows: HarmRow[]) => void;
  disabled: boolean;
}

/** Each harm done: to whom, and what happened. */
export function HarmRows({ rows, onChange, disabled }: Props) {
  const { t } = useTranslation('plans');
  const update = (key: number, change: Partial<HarmRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const harmed = harmedOptions();
  return (
    <>
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <SelectField
              label={t('review.form.harmTo', { n: i + 1 })}
              value={r.to}
              onChange={(v) => update(r.key, { to: v as Harmed | '' })}
              options={harmed}
              placeholder={t('choose')}
              disabled={disabled}
            />
            <Field
              label={t('review.form.harmWhat', { n: i + 1 })}
              value={r.description}
              onChange={(v) => update(r.key, { description: v })}
              disabled={disabled}
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              {t('review.form.removeHarm', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button
          type="button"
          className="button"
          disabled={disabled}
          onClick={() => onChange([...rows, { key: rowKey(), to: '', description: '' }])}
        >
          {t('review.form.addHarm')}
        </button>
      </div>
    </>
  );
}
