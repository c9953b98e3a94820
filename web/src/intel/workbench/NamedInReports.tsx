import { href } from '../../router.ts';
import { formatDay } from '../../ui/datetime.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useLoad } from '../../useLoad.ts';
import { plural } from '../labels.ts';
import './workbench.css';

interface NamedIn {
  id: string;
  title: string;
  reportedOn: string;
  items: number[];
}

const itemWords = (items: number[]) =>
  items.length === 1 ? `item ${items[0]}` : `items ${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "Named in N reports": every report you may see that names the entity, newest first, each opening its page. */
export function NamedInReports({ entityId }: { entityId: string }) {
  const named = useLoad<{ reports: NamedIn[] }>(
    `/api/intel/entities/${encodeURIComponent(entityId)}/reports`,
  );
  const reports = named.data?.reports ?? [];
  return (
    <section className="panel named-in" aria-labelledby="named-in-h">
      <h2 id="named-in-h">Named in {named.data ? plural(reports.length, 'report') : 'reports'}</h2>
      <ErrorMessage message={named.error} />
      {named.data && reports.length === 0 ? <p className="muted">No report you may see names it.</p> : null}
      {reports.length ? (
        <ul>
          {reports.map((r) => (
            <li key={r.id}>
              <a href={href(`/intel/reports/${encodeURIComponent(r.id)}`)}>{r.title}</a>{' '}
              <span className="muted small">
                <time dateTime={r.reportedOn}>{formatDay(r.reportedOn)}</time> · {itemWords(r.items)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
