import type { Agency } from '../types.ts';
import { formatDate, KIND_LABELS } from '../ui/format.ts';

export function AgencyTable({ agencies }: { agencies: Agency[] }) {
  if (agencies.length === 0) return <p>No agencies registered yet.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Agencies</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Kind</th>
            <th scope="col">Registered</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{KIND_LABELS[a.kind] ?? a.kind}</td>
              <td>{formatDate(a.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
