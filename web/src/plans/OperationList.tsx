import { href } from '../router.ts';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { MEMBER_ROLES } from './labels.ts';
import { OpStatusBadge } from './OpStatusBadge.tsx';
import { operationPath } from './paths.ts';
import type { OperationRow } from './types.ts';

/** The operations the user is a named member of: nobody else sees them listed. */
export function OperationList({ rows }: { rows: OperationRow[] }) {
  if (rows.length === 0) return <p>You are not a member of any operation.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Your operations</caption>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            <th scope="col">Target</th>
            <th scope="col">Starts</th>
            <th scope="col">Your role</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <a href={href(operationPath(o.id))}>{o.codeName}</a>
              </th>
              <td>{o.target}</td>
              <td className="nowrap">{o.startsAt ? formatDateTime(o.startsAt) : 'Not set'}</td>
              <td>{wordFor(MEMBER_ROLES, o.myRole)}</td>
              <td>
                <OpStatusBadge status={o.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
