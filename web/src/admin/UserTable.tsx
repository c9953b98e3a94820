import type { AccountApproval, Catalogue, Me, UserRow } from '../types.ts';
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
  if (users.length === 0) return <p>No accounts yet.</p>;
  return (
    <div className="table-wrap">
      <table className="user-table">
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {showAgency ? <th scope="col">Agency</th> : null}
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Actions</th>
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
    </div>
  );
}
