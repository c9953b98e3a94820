import { useId, useState } from 'react';
import { api, messageOf } from '../../api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import type { ChartDocument, ChartSummary, SavedChart } from './types.ts';

/** The agency's saved charts, most recently changed first. */
export function SavedChartList() {
  const list = useLoad<{ charts: ChartSummary[] }>('/api/intel/network/charts');
  return (
    <section className="panel" aria-labelledby="saved-charts-h">
      <h2 id="saved-charts-h">Saved charts of your agency</h2>
      <ErrorMessage message={list.error} />
      {list.data && list.data.charts.length === 0 ? (
        <p className="muted">No chart saved yet. Open an entity and choose “Open in link chart”.</p>
      ) : null}
      <ul className="chart-list-saved" aria-label="Saved charts">
        {(list.data?.charts ?? []).map((c) => (
          <li key={c.id}>
            <a href={`#/intel/network/charts/${c.id}`}>{c.title}</a>{' '}
            <span className="muted">
              {c.nodes} nodes · by {c.createdBy} · changed {formatDateTime(c.updatedAt)}
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
      const body = { title, chart: current() };
      const r = id
        ? await api.put<SavedChart>(`/api/intel/network/charts/${id}`, body)
        : await api.post<SavedChart>('/api/intel/network/charts', body);
      setId(r.id);
      setStatus(`Saved “${r.title}” with ${r.nodes} nodes, for your agency.`);
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
        <label htmlFor={field}>Chart title</label>
        <input id={field} value={title} maxLength={120} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {id ? 'Save changes' : 'Save chart'}
      </button>
      {id ? <a href={`#/intel/network/charts/${id}`}>Link to this chart</a> : null}
      <ErrorMessage message={error} />
      <StatusMessage message={status} tone="success" />
    </form>
  );
}
