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

export function UserTable({ users, roleNames }: { users: UserRow[]; roleNames: ReadonlyMap<string, string> }) {
  if (users.length === 0) return <p>No accounts yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">User accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">User name</th>
            <th scope="col">Agency</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            <th scope="col">Second factor</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.displayName}</th>
              <td className="mono">{u.username}</td>
              <td>{u.agencyName}</td>
              <td>{roleLabels(u.roles, roleNames)}</td>
              <td>{status(u)}</td>
              <td>{u.totpEnabled ? 'Set up' : 'Not set up'}</td>
              <td>{formatDate(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
