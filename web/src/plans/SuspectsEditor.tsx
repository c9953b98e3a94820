import { Field } from '../ui/Field.tsx';
import { rowKey, type SuspectRow } from './planForm.ts';

interface Props {
  rows: SuspectRow[];
  onChange: (rows: SuspectRow[]) => void;
}

/** The suspects the operation means to arrest: the arrest objective is measured against them. */
export function SuspectsEditor({ rows, onChange }: Props) {
  const update = (key: number, label: string) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, label } : r)));
  return (
    <fieldset className="form-group">
      <legend>Arrest objective: suspects</legend>
      {rows.length === 0 ? <p className="hint">No suspect named yet.</p> : null}
      <ul className="edit-rows">
        {rows.map((r, i) => (
          <li key={r.key} className="edit-row">
            <Field
              label={`Suspect ${i + 1}`}
              value={r.label}
              onChange={(v) => update(r.key, v)}
              autoComplete="off"
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
            >
              Remove suspect {i + 1}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { key: rowKey(), label: '', entityId: null }])}
      >
        Add a suspect
      </button>
    </fieldset>
  );
}
