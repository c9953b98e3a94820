import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('intel');
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
      <p className="hint">{t('items.hint')}</p>
      {items.map((it, i) => {
        const n = i + 1;
        return (
          <fieldset key={it.key} className="form-group report-item">
            <legend>{t('items.legend', { n })}</legend>
            <div className="field">
              <label htmlFor={`item-${it.key}`}>{t('items.says', { n })}</label>
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
              empty={t('grades.choose')}
              item={n}
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
                {t('items.remove', { n })}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <button type="button" className="button" onClick={add} ref={addButton}>
          {t('items.add')}
        </button>
      </div>
    </div>
  );
}
