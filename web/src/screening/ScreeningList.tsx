import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { outcomeOptions, sourceOptions, statusOptions, wordFor } from './labels.ts';
import type { ScreeningRow } from './types.ts';

export function ScreeningList({ rows }: { rows: ScreeningRow[] }) {
  const { t } = useTranslation('screening');
  if (rows.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.pseudonym')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.outcome')}</th>
            <th scope="col">{t('list.from')}</th>
            <th scope="col">{t('list.started')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <a href={href(`/screening/${encodeURIComponent(s.id)}`)}>{s.pseudonym}</a>
              </th>
              <td>{wordFor(statusOptions(), s.status)}</td>
              <td>
                {s.outcome ? (
                  wordFor(outcomeOptions(), s.outcome)
                ) : (
                  <span className="muted">{t('list.notYet')}</span>
                )}
              </td>
              <td>{wordFor(sourceOptions(), s.source)}</td>
              <td className="nowrap">{formatDateTime(s.startedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
