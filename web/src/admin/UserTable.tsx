import type { Catalogue, Me, UserRow } from '../types.ts';
import { UserRowView } from './UserRowView.tsx';

interface Props {
  users: UserRow[];
  me: Me;
  catalogue: Catalogue;
  roleNames: ReadonlyMap<string, string>;
  onChanged: () => void;
}

export function UserTable({ users, me, catalogue, roleNames, onChanged }: Props) {
  if (users.length === 0) return <p>No accounts yet.</p>;
  return (
    <div className="table-wrap">
      <table className="user-table">
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Agency</th>
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
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
