import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { HARMED } from './labels.ts';
import { rowKey } from './planForm.ts';

/** A harm being recorded in the after-action review. */
export interface HarmRow {
  key: number;
  to: string;
  description: string;
}

interface Props {
  rows: HarmRow[];
  onChange: (rows: HarmRow[]) => void;
  disabled: boolean;
}

/** Each harm done: to whom, and what happened. */
export function HarmRows({ rows, onChange, disabled }: Props) {
  const update = (key: number, change: Partial<HarmRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <>
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <SelectField
              label={`Harm ${i + 1}: to whom`}
              value={r.to}
              onChange={(v) => update(r.key, { to: v })}
              options={HARMED}
              placeholder="Choose…"
              disabled={disabled}
            />
            <Field
              label={`Harm ${i + 1}: what happened`}
              value={r.description}
              onChange={(v) => update(r.key, { description: v })}
              disabled={disabled}
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              Remove harm {i + 1}
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
          Record a harm
        </button>
      </div>
    </>
  );
}
