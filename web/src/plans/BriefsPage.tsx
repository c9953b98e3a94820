import { href } from '../router.ts';
import { formatDay } from '../ui/datetime.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useLoad } from '../useLoad.ts';
import { languageWords } from './labels.ts';
import { briefPath } from './paths.ts';
import type { Brief } from './types.ts';

/** `#/operations/briefs`: the operations the user's agency will receive people from, as logistics only. */
export function BriefsPage() {
  const list = useLoad<{ briefs: Brief[] }>('/api/operations/briefs');
  const rows = list.data?.briefs;
  return (
    <>
      <PageHeading>Operation briefs</PageHeading>
      <p className="lead">
        Operations your agency will receive people from: how many, which languages, what care they need, where
        they will be screened and the day to be ready by. The target, the place and the time are not shared.
      </p>
      <section className="panel" aria-labelledby="briefs-h">
        <h2 id="briefs-h">Logistics briefs</h2>
        <ErrorMessage message={list.error} />
        {rows && rows.length === 0 ? <p>No operation expects your agency to receive people.</p> : null}
        {rows && rows.length > 0 ? (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Logistics briefs</caption>
              <thead>
                <tr>
                  <th scope="col">Operation</th>
                  <th scope="col">Ready by</th>
                  <th scope="col">People</th>
                  <th scope="col">Languages</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((b) => (
                  <tr key={b.id}>
                    <th scope="row">
                      <a href={href(briefPath(b.id))}>{b.codeName}</a>
                    </th>
                    <td className="nowrap">{b.readyBy ? formatDay(b.readyBy) : 'Not set'}</td>
                    <td className="num">
                      {b.expectedPeople.count}
                      {b.expectedPeople.children ? ` (${b.expectedPeople.children} children)` : ''}
                    </td>
                    <td>{languageWords(b.expectedPeople.languages)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {list.loading && !rows ? <p className="muted">Loading briefs…</p> : null}
      </section>
    </>
  );
}
