import { useId, useState } from 'react';
import { api } from '../api.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import type { Dashboard, Filters } from './types.ts';

interface Release {
  id: string;
  title: string;
  status: string;
  k: number;
  tables: string[];
  preparedAt: string;
  approvedAt: string | null;
}

interface Props {
  dashboard: Dashboard;
  filters: Filters;
  query: string;
  canPublish: boolean;
}

const csvHref = (id: string) => `/api/outcomes/releases/${encodeURIComponent(id)}/csv`;

/**
 * The dashboard's exports: the printable report of these figures (PDF), and the k-anonymised tables (CSV) as the
 * publication prepares them: a release of these tables with small figures hidden, checked against earlier
 * releases, prepared here and made public once a second person approves it.
 */
export function Exports({ dashboard, filters, query, canPublish }: Props) {
  const id = useId();
  const releases = useLoad<{ releases: Release[] }>('/api/outcomes/releases');
  const [prepared, setPrepared] = useState<{ id: string; hidden: number } | null>(null);
  const { busy, error, handle } = useSubmit();
  const title = `Outcome indicators${dashboard.words.length ? ` — ${dashboard.words.join('; ')}` : ''}`;
  const prepare = handle(async () => {
    const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim()));
    const r = await api.post<{ id: string; hidden: number }>('/api/outcomes/releases', {
      title: title.slice(0, 200),
      tables: dashboard.tables.map((t) => t.id),
      filters: chosen,
    });
    setPrepared(r);
  });
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Exports</h2>
      <p>
        <a className="button" href={`/api/outcomes/dashboard/report.pdf${query ? `?${query}` : ''}`} download>
          Printable report of these figures (PDF)
        </a>
      </p>
      <h3>Tables for publication (k-anonymised CSV)</h3>
      <p className="hint">
        Every figure from 1 to {dashboard.k - 1} is hidden, and a few more so that none can be worked out from
        totals or from an earlier release. A release is public once a second person approves it.
      </p>
      {canPublish ? (
        <button type="button" className="button" disabled={busy} onClick={() => void prepare()}>
          Prepare a release of these tables
        </button>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage
        tone="success"
        message={
          prepared
            ? `Release prepared: ${prepared.hidden} figure${prepared.hidden === 1 ? '' : 's'} hidden. It awaits a second person's approval.`
            : null
        }
      />
      {prepared ? (
        <p>
          <a className="button" href={csvHref(prepared.id)} download>
            Download the prepared tables (CSV)
          </a>
        </p>
      ) : null}
      <h4>Public releases</h4>
      <ErrorMessage message={releases.error} />
      {releases.data && releases.data.releases.length === 0 ? <p className="muted">None yet.</p> : null}
      {releases.data && releases.data.releases.length > 0 ? (
        <ul className="release-list">
          {releases.data.releases.map((r) => (
            <li key={r.id}>
              <a href={csvHref(r.id)} download>
                {r.title}
              </a>{' '}
              <span className="sub">
                {r.tables.length} table{r.tables.length === 1 ? '' : 's'}, fewer than {r.k} hidden; released{' '}
                {r.approvedAt ? r.approvedAt.slice(0, 10) : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
