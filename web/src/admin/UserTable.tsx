import { useTranslation } from 'react-i18next';
import type { AccountApproval, Catalogue, Me, UserRow } from '../types.ts';
import { TableWrap } from '../ui/TableWrap.tsx';
import { UserRowView } from './UserRowView.tsx';

interface Props {
  users: UserRow[];
  me: Me;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
  /** False when every account is of the reader's own agency, named above the table. */
  showAgency: boolean;
  /** Requests waiting for a second administrator, named in their account's row. */
  waiting: readonly AccountApproval[];
  onChanged: () => void;
}

export function UserTable({ users, me, catalogue, roleNames, showAgency, waiting, onChanged }: Props) {
  const { t } = useTranslation('admin');
  if (users.length === 0) return <p>{t('users.none')}</p>;
  return (
    <TableWrap>
      <table className="user-table">
        <caption className="visually-hidden">{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            {showAgency ? <th scope="col">{t('users.agency')}</th> : null}
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.created')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRowView
              key={u.id}
              u={u}
              me={me}
              catalogue={catalogue}
              roleNames={roleNames}
              showAgency={showAgency}
              waiting={waiting.filter((a) => a.user.id === u.id)}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
