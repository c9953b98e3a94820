import { useTranslation } from 'react-i18next';
import type { Agency } from '../types.ts';
import { formatDate } from '../ui/format.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { agencyKindWord } from './words.ts';

export function AgencyTable({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation('admin');
  if (agencies.length === 0) return <p>{t('agencies.none')}</p>;
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{t('agencies.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('agencies.agency')}</th>
            <th scope="col">{t('agencies.kind')}</th>
            <th scope="col">{t('agencies.registered')}</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{agencyKindWord(t, a.kind)}</td>
              <td>{formatDate(a.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
