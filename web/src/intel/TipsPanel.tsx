import { useEffect, useState } from 'react';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { NO_FILTERS, TipFilters, type TipFilterValues, tipQuery } from './TipFilters.tsx';
import { TipList } from './TipList.tsx';
import { useTips } from './useTips.ts';

const FIRST = tipQuery(NO_FILTERS);

/**
 * The monitoring stream: the agency's tips from hotlines, NGOs and the public, newest first, filtered by words,
 * channel, days and place. Loaded when the tab is first shown, not before.
 */
export function TipsPanel({ active }: { active: boolean }) {
  const [run, setRun] = useState<{ query: string; attempt: number } | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  useEffect(() => {
    if (active && run === null && 'query' in FIRST) setRun({ query: FIRST.query, attempt: 0 });
  }, [active, run]);
  const t = useTips(run);
  const apply = (v: TipFilterValues) => {
    const q = tipQuery(v);
    if ('error' in q) return setInvalid(q.error);
    setInvalid(null);
    setRun((old) => ({ query: q.query, attempt: (old?.attempt ?? 0) + 1 }));
  };
  return (
    <>
      <section className="panel" aria-labelledby="tips-filter-h">
        <h2 id="tips-filter-h">Tips</h2>
        <p className="hint">
          Tips your agency imported from hotlines, NGOs and the public. Each keeps the TLP marking it came
          with: honour it when you act on what it says. Lantern never passes tips to another agency.
        </p>
        <TipFilters onApply={apply} busy={t.loading} />
        <ErrorMessage message={invalid ?? t.error} />
      </section>
      <section className="panel" aria-labelledby="tips-list-h">
        <h2 id="tips-list-h">Tips, newest first</h2>
        {t.tips.length > 0 ? <TipList tips={t.tips} /> : null}
        {t.loaded && !t.loading && t.tips.length === 0 ? (
          <p className="muted">No tips match these filters.</p>
        ) : null}
        {t.loading && t.tips.length === 0 ? <p className="muted">Loading tips…</p> : null}
        {t.next ? (
          <p className="after-form">
            <button type="button" className="button" onClick={t.older} aria-disabled={t.loading || undefined}>
              Older
            </button>
          </p>
        ) : t.tips.length > 0 ? (
          <p className="muted small">All tips matching these filters are shown.</p>
        ) : null}
        <StatusMessage message={t.loading && t.tips.length > 0 ? 'Loading older tips…' : t.status} />
      </section>
    </>
  );
}
