import { useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { ItemsEditor } from './ItemsEditor.tsx';
import { type DraftItem, draftItem, itemsBody, itemsProblem } from './items.ts';
import type { Registry, Report } from './types.ts';

/** Makes a sanitised version: the items rewritten without what identifies the source; it can then be shared. */
export function SanitisePanel({ report, reg }: { report: Report; reg: Registry | null }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(`${report.title} (sanitised)`);
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
    if (!title.trim()) return setError('Give the sanitised version a title.');
    const wrong = itemsProblem(items);
    if (wrong) return setError(wrong);
    const { id } = await api.post<{ id: string }>(
      `/api/intel/reports/${encodeURIComponent(report.id)}/sanitised`,
      { title: title.trim(), items: itemsBody(items) },
    );
    navigate(`/intel/reports/${encodeURIComponent(id)}`);
  });

  return (
    <section className="panel" aria-labelledby="sanitise-h">
      <h2 id="sanitise-h">Sanitised version</h2>
      <p className="hint">
        A copy without the source, how it was obtained, or anything that could identify them. It is marked P
        and can be shared while this report stays restricted.
      </p>
      {open ? null : (
        <button type="button" className="button" ref={openRef} onClick={() => toggle(true)}>
          Make a sanitised version
        </button>
      )}
      {open && reg ? (
        <form
          ref={formRef}
          className="stack form-wide intel-form"
          onSubmit={submit}
          noValidate
          aria-label="Sanitised version"
        >
          <Field label="Title of the sanitised version" value={title} onChange={setTitle} />
          <ItemsEditor reg={reg} items={items} onChange={setItems} />
          <ErrorMessage message={error} />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save the sanitised version'}
            </button>
            <button type="button" className="button" onClick={() => toggle(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
