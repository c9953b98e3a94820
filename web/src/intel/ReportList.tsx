import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { dayOf } from './labels.ts';
import { HandlingBadge, TlpBadge } from './Marks.tsx';
import type { ReportRow } from './types.ts';

/** Reports of the agency and those shared with it, newest first. */
export function ReportList({ rows }: { rows: ReportRow[] }) {
  const { t } = useTranslation('intel');
  if (rows.length === 0) return <p>{t('reports.none')}</p>;
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('reports.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.title')}</th>
            <th scope="col">{t('reports.reported')}</th>
            <th scope="col">{t('reports.marking')}</th>
            <th scope="col">{t('reports.from')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <a href={href(`/intel/reports/${encodeURIComponent(r.id)}`)}>{r.title}</a>
              </th>
              <td className="nowrap">
                <time dateTime={dayOf(r.reportedOn)}>{formatDay(dayOf(r.reportedOn))}</time>
              </td>
              <td>
                <span className="marks">
                  <HandlingBadge code={r.handling} />
                  <TlpBadge tlp={r.tlp} />
                </span>
              </td>
              <td>{r.originator ? t('reports.yours') : <strong>{t('reports.shared')}</strong>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
