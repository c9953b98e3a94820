import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import type { CasePage } from './case-types.ts';
import { NEED_DOMAINS, NEED_LEVELS } from './labels.ts';
import { NeedsForm } from './NeedsForm.tsx';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/** The latest needs assessment, domain by domain, and the form for a new one. */
export function NeedsPanel({ c, editable, language, onChanged }: Props) {
  const first = c.needs[0];
  return (
    <section className="panel" aria-labelledby="needs-h">
      <h2 id="needs-h">Needs</h2>
      <p className="hint">
        The needs are assessed first, in every domain and in the person’s language; services are offered
        after.
      </p>
      {first ? (
        <>
          <p>
            Latest assessment: {formatDateTime(first.assessedAt)}
            {first.assessedBy ? ` by ${first.assessedBy.name}` : ''}, in{' '}
            {wordFor(languageOptions(), first.language)}.
            {c.assessments > 1 ? ` ${c.assessments} assessments in all.` : ''}
          </p>
          <div className="table-wrap">
            <table>
              <caption>Latest needs assessment</caption>
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">Need</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {c.needs.map((n) => (
                  <tr key={n.domain}>
                    <th scope="row">{wordFor(NEED_DOMAINS, n.domain)}</th>
                    <td>{wordFor(NEED_LEVELS, n.level)}</td>
                    <td>{n.note || <span className="muted">No note</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">No needs assessment yet.</p>
      )}
      {editable ? (
        <NeedsForm caseId={c.id} latest={c.needs} language={language} onChanged={onChanged} />
      ) : null}
    </section>
  );
}
