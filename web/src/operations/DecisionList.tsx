import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { interventionOptions } from './labels.ts';
import { StatusBadge } from './StatusBadge.tsx';
import type { DecisionRow } from './types.ts';

export function DecisionList({ rows }: { rows: DecisionRow[] }) {
  const { t } = useTranslation('operations');
  if (rows.length === 0) return <p>{t('decisions.none')}</p>;
  const interventions = interventionOptions();
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('decisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.target')}</th>
            <th scope="col">{t('decisions.recommended')}</th>
            <th scope="col">{t('decisions.decided')}</th>
            <th scope="col">{t('decisions.status')}</th>
            <th scope="col">{t('decisions.date')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <a href={href(`/operations/decisions/${encodeURIComponent(d.id)}`)}>{d.target}</a>
              </th>
              <td>{wordFor(interventions, d.recommendation)}</td>
              <td>
                {wordFor(interventions, d.decision)}
                {d.decision !== d.recommendation ? (
                  <span className="departs-tag"> {t('decisions.departs')}</span>
                ) : null}
              </td>
              <td>
                <StatusBadge status={d.status} />
              </td>
              <td className="nowrap">{formatDateTime(d.decidedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
