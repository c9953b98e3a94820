import { useRef } from 'react';
import { GradeFields } from './GradeFields.tsx';
import { type DraftItem, draftItem } from './items.ts';
import type { Registry } from './types.ts';

interface Props {
  reg: Registry;
  items: DraftItem[];
  onChange: (items: DraftItem[]) => void;
}

/** The items of a report, each with its own text and its own two grades; items can be added and removed. */
export function ItemsEditor({ reg, items, onChange }: Props) {
  const added = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (key: number, change: Partial<DraftItem>) =>
    onChange(items.map((it) => (it.key === key ? { ...it, ...change } : it)));
  const add = () => {
    const it = draftItem();
    added.current = it.key;
    onChange([...items, it]);
  };
  return (
    <div className="items-editor">
      <p className="hint">
        Put each piece of information in its own item and grade it on its own: how reliable the source is
        (1–3), and how the source knows it (A–E).
      </p>
      {items.map((it, i) => {
        const n = i + 1;
        return (
          <fieldset key={it.key} className="form-group report-item">
            <legend>Item {n}</legend>
            <div className="field">
              <label htmlFor={`item-${it.key}`}>What item {n} says</label>
              <textarea
                id={`item-${it.key}`}
                rows={3}
                value={it.text}
                onChange={(e) => update(it.key, { text: e.target.value })}
                ref={(el) => {
                  if (el && added.current === it.key) {
                    added.current = null;
                    el.focus();
                  }
                }}
                required
              />
            </div>
            <GradeFields
              reg={reg}
              source={it.sourceGrade}
              info={it.infoGrade}
              onSource={(g) => update(it.key, { sourceGrade: g })}
              onInfo={(g) => update(it.key, { infoGrade: g })}
              empty="Choose a grade"
              suffix={`of item ${n}`}
            />
            {items.length > 1 ? (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  onChange(items.filter((x) => x.key !== it.key));
                  addButton.current?.focus();
                }}
              >
                Remove item {n}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <button type="button" className="button" onClick={add} ref={addButton}>
          Add an item
        </button>
      </div>
    </div>
  );
}
