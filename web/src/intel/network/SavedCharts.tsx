import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, messageOf } from '../../api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import type { ChartDocument, ChartInput, ChartList, SavedChart } from './types.ts';

/** The agency's saved charts, most recently changed first. */
export function SavedChartList() {
  const { t } = useTranslation('network');
  const list = useLoad<ChartList>('/api/intel/network/charts');
  return (
    <section className="panel" aria-labelledby="saved-charts-h">
      <h2 id="saved-charts-h">{t('saved.title')}</h2>
      <ErrorMessage message={list.error} />
      {list.data && list.data.charts.length === 0 ? <p className="muted">{t('saved.none')}</p> : null}
      <ul className="chart-list-saved" aria-label={t('saved.label')}>
        {(list.data?.charts ?? []).map((c) => (
          <li key={c.id}>
            <a href={`#/intel/network/charts/${c.id}`}>{c.title}</a>{' '}
            <span className="muted">
              {t('saved.about', { count: c.nodes, by: c.createdBy, when: formatDateTime(c.updatedAt) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Saves the chart as it is now (positions, pins, hidden nodes, filters): a new chart, or over the one opened. */
export function SaveChart({
  current,
  saved,
}: {
  current: () => ChartDocument;
  saved: { id: string; title: string } | null;
}) {
  const { t } = useTranslation('network');
  const [title, setTitle] = useState(saved?.title ?? '');
  const [id, setId] = useState(saved?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useId();
  const save = async () => {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const chart = current();
      const r = id
        ? await api.put<SavedChart>(`/api/intel/network/charts/${id}`, { title, chart } satisfies ChartInput)
        : await api.post<SavedChart>('/api/intel/network/charts', { title, chart } satisfies ChartInput);
      setId(r.id);
      setStatus(t('saved.done', { title: r.title, count: r.nodes }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="chart-save"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="field">
        <label htmlFor={field}>{t('saved.chartTitle')}</label>
        <input id={field} value={title} maxLength={120} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {id ? t('saved.saveChanges') : t('saved.save')}
      </button>
      {id ? <a href={`#/intel/network/charts/${id}`}>{t('saved.link')}</a> : null}
      <ErrorMessage message={error} />
      <StatusMessage message={status} tone="success" />
    </form>
  );
}
