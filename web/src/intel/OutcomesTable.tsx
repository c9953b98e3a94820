import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import type { OperationOutcome } from './types.ts';

/** What the reviewed operations on an entity achieved: the outcome feeds the picture of the target. */
export function OutcomesTable({ rows }: { rows: OperationOutcome[] }) {
  const { t } = useTranslation('intel');
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('outcomes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outcomes.operation')}</th>
            <th scope="col">{t('outcomes.concluded')}</th>
            <th scope="col">{t('outcomes.arrests')}</th>
            <th scope="col">{t('outcomes.exhibits')}</th>
            <th scope="col">{t('outcomes.removed')}</th>
            <th scope="col">{t('outcomes.screened')}</th>
            <th scope="col">{t('outcomes.presumed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.operation}>
              <th scope="row">{o.operation}</th>
              <td className="nowrap">{o.concludedAt ? formatDate(o.concludedAt) : ''}</td>
              <td className="num">{formatNumber(o.arrests)}</td>
              <td className="num">{formatNumber(o.exhibits)}</td>
              <td className="num">{formatNumber(o.removed)}</td>
              <td className="num">{formatNumber(o.screened)}</td>
              <td className="num">{formatNumber(o.presumedTrafficked)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
