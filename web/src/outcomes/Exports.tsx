import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { currentLanguage } from '../i18n/i18n.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { useLoad } from '../useLoad.ts';
import { filtersBody } from './labels.ts';
import type { Dashboard, Filters, ReleaseBody, ReleasePrepared, Releases } from './types.ts';

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
  const { t } = useTranslation('outcomes');
  const id = useId();
  const releases = useLoad<Releases>('/api/outcomes/releases');
  const [prepared, setPrepared] = useState<ReleasePrepared | null>(null);
  const { busy, error, handle } = useSubmit();
  // The release's title is stored with it and published: it stays in English, as the server's tables are.
  const title = `Outcome indicators${dashboard.words.length ? ` — ${dashboard.words.join('; ')}` : ''}`;
  const prepare = handle(async () => {
    const r = await api.post<ReleasePrepared>('/api/outcomes/releases', {
      title: title.slice(0, 200),
      tables: dashboard.tables.map((t) => t.id),
      filters: filtersBody(filters),
    } satisfies ReleaseBody);
    setPrepared(r);
  });
  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('exports.title')}</h2>
      <p>
        <a
          className="button"
          href={`/api/outcomes/dashboard/report.pdf?${query ? `${query}&` : ''}lang=${currentLanguage()}`}
          download
        >
          {t('exports.report')}
        </a>
      </p>
      <h3>{t('exports.tables')}</h3>
      <p className="hint">{t('exports.hint', { below: dashboard.k - 1 })}</p>
      {canPublish ? (
        <button type="button" className="button" disabled={busy} onClick={() => void prepare()}>
          {t('exports.prepare')}
        </button>
      ) : null}
      <ErrorMessage message={error} />
      <StatusMessage
        tone="success"
        message={prepared ? t('exports.prepared', { count: prepared.hidden }) : null}
      />
      {prepared ? (
        <p>
          <a className="button" href={csvHref(prepared.id)} download>
            {t('exports.download')}
          </a>
        </p>
      ) : null}
      <h4>{t('exports.public')}</h4>
      <ErrorMessage message={releases.error} />
      {releases.data && releases.data.releases.length === 0 ? (
        <p className="muted">{t('exports.none')}</p>
      ) : null}
      {releases.data && releases.data.releases.length > 0 ? (
        <ul className="release-list">
          {releases.data.releases.map((r) => (
            <li key={r.id}>
              <a href={csvHref(r.id)} download>
                {r.title}
              </a>{' '}
              <span className="sub">
                {t('exports.release', {
                  count: r.tables.length,
                  k: r.k,
                  released: r.approvedAt ? formatDate(r.approvedAt) : '',
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
