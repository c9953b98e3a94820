import { useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { memberRoleOptions } from './labels.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { operationPath } from './paths.ts';
import type { OperationRow } from './types.ts';

/** The operations the user is a named member of: nobody else sees them listed. */
export function OperationList({ rows }: { rows: OperationRow[] }) {
  const { t } = useTranslation('plans');
  if (rows.length === 0) return <p>{t('list.none')}</p>;
  const roles = memberRoleOptions();
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.operation')}</th>
            <th scope="col">{t('list.target')}</th>
            <th scope="col">{t('list.starts')}</th>
            <th scope="col">{t('list.yourRole')}</th>
            <th scope="col">{t('list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <a href={href(operationPath(o.id))}>{o.codeName}</a>
              </th>
              <td>{o.target}</td>
              <td className="nowrap">{o.startsAt ? formatDateTime(o.startsAt) : t('list.notSet')}</td>
              <td>{wordFor(roles, o.myRole)}</td>
              <td>
                <OpStatusBadge status={o.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
