import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { detailWords, kindWords, summaryWords } from './timeline.ts';
import type { TimelineEvent } from './types.ts';

/** The events, newest first: when, what kind, and what happened; a report opens its own page, a tip keeps its script. */
export function TimelineTable({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation('intel');
  return (
    <TableWrap>
      <table className="timeline">
        <caption className="visually-hidden">{t('timeline.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.when')}</th>
            <th scope="col">{t('timeline.kind')}</th>
            <th scope="col">{t('timeline.what')}</th>
          </tr>
        </thead>
        <tbody>
          {keyed(events, (e) => JSON.stringify(e)).map(({ key, item: e }) => (
            <tr key={key}>
              <td className="nowrap">
                <time dateTime={e.at}>
                  {e.kind === 'report' ? formatDay(e.at.slice(0, 10)) : formatDateTime(e.at)}
                </time>
              </td>
              <td>
                <span className={`event-kind event-${e.kind}`}>{kindWords(t, e.kind)}</span>
              </td>
              <td>
                <What event={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** What happened in the chosen language (a report's title and a tip's words as written), and a line of detail. */
function What({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation('intel');
  const summary = summaryWords(t, event);
  const detail = detailWords(t, event);
  return (
    <>
      {event.kind === 'report' ? (
        <a href={href(`/intel/reports/${encodeURIComponent(event.reportId)}`)}>{summary}</a>
      ) : event.kind === 'tip' ? (
        // A tip's words are shown as written, in their own script.
        <span className="tip-text" lang={event.language ?? undefined}>
          {summary}
        </span>
      ) : (
        summary
      )}
      {detail ? <span className="sub">{detail}</span> : null}
    </>
  );
}
