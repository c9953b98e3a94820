import { api } from '../api.ts';
import { navigate } from '../router.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useSubmit } from '../ui/useSubmit.ts';
import { AddMemberForm } from './AddMemberForm.tsx';
import { MEMBER_ROLES } from './labels.ts';
import { operationApi } from './paths.ts';
import type { Operation } from './types.ts';

interface Props {
  op: Operation;
  commands: boolean;
  onChange: (op: Operation) => void;
}

/** The named members: only they see the operation. Commanders add and remove them. */
export function TeamPanel({ op, commands, onChange }: Props) {
  const { busy, error, handle } = useSubmit();
  const open = op.status !== 'concluded' && op.status !== 'cancelled';
  const remove = (memberId: string) =>
    handle(async () => {
      const r = await api.delete<Operation | { left: true }>(
        `${operationApi(op.id)}/members/${encodeURIComponent(memberId)}`,
      );
      if ('left' in r) navigate('/operations');
      else onChange(r);
    });
  return (
    <section className="panel" aria-labelledby="team-h">
      <h2 id="team-h">Team</h2>
      <p className="hint">Each person holds one role. Removing someone ends their access at once.</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Members of operation {op.codeName}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Agency</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Language</th>
              {commands && open ? <th scope="col">Remove</th> : null}
            </tr>
          </thead>
          <tbody>
            {op.members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.agency}</td>
                <td>{wordFor(MEMBER_ROLES, m.role)}</td>
                <td>{m.team}</td>
                <td>{m.language ? wordFor(languageOptions(), m.language) : ''}</td>
                {commands && open ? (
                  <td>
                    <button
                      type="button"
                      className="button small"
                      disabled={busy}
                      aria-label={`Remove ${m.name}`}
                      onClick={() => void remove(m.id)()}
                    >
                      Remove
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorMessage message={error} />
      {commands && open ? <AddMemberForm op={op} onChange={onChange} /> : null}
    </section>
  );
}
