import { useTranslation } from 'react-i18next';
import { href } from '../../router.ts';
import { formatDay } from '../../ui/datetime.ts';
import { formatNumber, listWords } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import type { NamedIn } from '../types.ts';
import './workbench.css';

/** "Named in N reports": every report you may see that names the entity, newest first, each opening its page. */
export function NamedInReports({ entityId }: { entityId: string }) {
  const { t } = useTranslation('network');
  const named = useLoad<NamedIn>(`/api/intel/entities/${encodeURIComponent(entityId)}/reports`);
  const reports = named.data?.reports ?? [];
  return (
    <section className="panel named-in" aria-labelledby="named-in-h">
      <h2 id="named-in-h">
        {named.data ? t('namedIn.heading', { count: reports.length }) : t('namedIn.headingLoading')}
      </h2>
      <ErrorMessage message={named.error} />
      {named.data && reports.length === 0 ? <p className="muted">{t('namedIn.none')}</p> : null}
      {reports.length ? (
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              <a href={href(`/intel/reports/${encodeURIComponent(r.id)}`)}>{r.title}</a>{' '}
              <span className="muted small">
                <time dateTime={r.reportedOn}>{formatDay(r.reportedOn)}</time> ·{' '}
                {t('namedIn.items', {
                  count: r.items.length,
                  items: listWords(r.items.map((i) => formatNumber(i))),
                })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
