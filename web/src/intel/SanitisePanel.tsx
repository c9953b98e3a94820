import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { ItemsEditor } from './ItemsEditor.tsx';
import { type DraftItem, draftItem, itemsBody, itemsProblem } from './items.ts';
import type { Created, Registry, Report, SanitiseBody } from './types.ts';

/** Makes a sanitised version: the items rewritten without what identifies the source; it can then be shared. */
export function SanitisePanel({ report, reg }: { report: Report; reg: Registry | null }) {
  const { t } = useTranslation('intel');
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(() => t('reports.sanitise.defaultTitle', { title: report.title }));
  const [items, setItems] = useState<DraftItem[]>(() => report.items.map((it) => draftItem(it)));
  const { busy, error, setError, handle } = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    if (open) formRef.current?.querySelector('input')?.focus();
    else openRef.current?.focus();
  }, [open]);
  const toggle = (to: boolean) => {
    toggled.current = true;
    setOpen(to);
  };

  const submit = handle(async () => {
    if (!title.trim()) return setError(t('reports.sanitise.noTitle'));
    const wrong = itemsProblem(t, items);
    if (wrong) return setError(wrong);
    const { id } = await api.post<Created>(`/api/intel/reports/${encodeURIComponent(report.id)}/sanitised`, {
      title: title.trim(),
      items: itemsBody(items),
    } satisfies SanitiseBody);
    navigate(`/intel/reports/${encodeURIComponent(id)}`);
  });

  return (
    <section className="panel" aria-labelledby="sanitise-h">
      <h2 id="sanitise-h">{t('reports.sanitise.heading')}</h2>
      <p className="hint">{t('reports.sanitise.hint')}</p>
      {open ? null : (
        <button type="button" className="button" ref={openRef} onClick={() => toggle(true)}>
          {t('reports.sanitise.open')}
        </button>
      )}
      {open && reg ? (
        <form
          ref={formRef}
          className="stack form-wide intel-form"
          onSubmit={submit}
          noValidate
          aria-label={t('reports.sanitise.heading')}
        >
          <Field label={t('reports.sanitise.title')} value={title} onChange={setTitle} />
          <ItemsEditor reg={reg} items={items} onChange={setItems} />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('reports.sanitise.saving') : t('reports.sanitise.save')}
            </button>
            <button type="button" className="button" onClick={() => toggle(false)}>
              {t('reports.sanitise.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
