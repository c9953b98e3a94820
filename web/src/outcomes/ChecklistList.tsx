import { href } from '../router.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { JUDGEMENT_LABELS } from './labels.ts';
import type { Checklist, Question } from './types.ts';

/** `#/outcomes/checklists`: the agency's donor checklists, and writing a new one. */
export function ChecklistList() {
  const list = useLoad<{ questions: Question[]; checklists: Checklist[] }>('/api/outcomes/checklists');
  return (
    <section className="panel" aria-labelledby="checklists-h">
      <h2 id="checklists-h">Donor checklists</h2>
      <p>
        A funding proposal assessed question by question, each answer beside Lantern’s own figures for the
        place it names.
      </p>
      <p>
        <a className="button primary" href={href('/outcomes/checklists/new')}>
          Assess a new proposal
        </a>
      </p>
      <ErrorMessage message={list.error} />
      {list.data && list.data.checklists.length === 0 ? <p className="muted">No checklist yet.</p> : null}
      {list.data && list.data.checklists.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Donor checklists</caption>
            <thead>
              <tr>
                <th scope="col">Proposal</th>
                <th scope="col">Place</th>
                <th scope="col">Assessment</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {list.data.checklists.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={href(`/outcomes/checklists/${c.id}`)}>{c.title}</a>
                  </th>
                  <td>{c.place}</td>
                  <td>
                    {JUDGEMENT_LABELS.map(
                      ([j, words]) =>
                        `${c.answers.filter((a) => a.judgement === j).length} ${words.toLowerCase()}`,
                    ).join(', ')}
                  </td>
                  <td className="nowrap">{formatDate(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
