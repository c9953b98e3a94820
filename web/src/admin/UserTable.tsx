import type { UserRow } from '../types.ts';
import { formatDate, formatDateTime, roleLabels } from '../ui/format.ts';

function status(u: UserRow): string {
  if (u.disabled) return 'Disabled';
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > Date.now()) {
    return `Locked until ${formatDateTime(u.lockedUntil)}`;
  }
  if (!u.hasPassword) return 'Waiting for first sign-in';
  return 'Active';
}

export function UserTable({
  users,
  roleNames,
}: {
  users: UserRow[];
  roleNames: ReadonlyMap<string, string>;
}) {
  if (users.length === 0) return <p>No accounts yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Agency</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                {u.displayName}
                <span className="sub mono">{u.username}</span>
              </th>
              <td>{u.agencyName}</td>
              <td>{roleLabels(u.roles, roleNames)}</td>
              <td>
                {status(u)}
                <span className="sub">Second factor {u.totpEnabled ? 'set up' : 'not set up'}</span>
              </td>
              <td className="nowrap">{formatDate(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
