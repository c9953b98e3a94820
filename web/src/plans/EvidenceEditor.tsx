import { SelectField } from '../screening/controls.tsx';
import { Field } from '../ui/Field.tsx';
import { EVIDENCE_CATEGORIES } from './labels.ts';
import { type EvidenceRow, rowKey } from './planForm.ts';

interface Props {
  rows: EvidenceRow[];
  onChange: (rows: EvidenceRow[]) => void;
}

/** The evidence the intelligence says is there: the evidence objective is measured against it. */
export function EvidenceEditor({ rows, onChange }: Props) {
  const update = (key: number, change: Partial<EvidenceRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  return (
    <fieldset className="form-group">
      <legend>Evidence objective: what to seize</legend>
      {rows.length === 0 ? <p className="hint">No expected evidence listed yet.</p> : null}
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <SelectField
              label={`Evidence ${i + 1}`}
              value={r.category}
              onChange={(v) => update(r.key, { category: v })}
              options={EVIDENCE_CATEGORIES}
              placeholder="Choose…"
            />
            <Field
              label={`Where or what, evidence ${i + 1}`}
              value={r.note}
              onChange={(v) => update(r.key, { note: v })}
              autoComplete="off"
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              Remove evidence {i + 1}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { key: rowKey(), category: '', note: '' }])}
      >
        Add expected evidence
      </button>
    </fieldset>
  );
}
