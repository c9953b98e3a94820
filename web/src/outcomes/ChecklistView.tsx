import { useState } from 'react';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ChecklistForm } from './ChecklistForm.tsx';
import { judgementWord } from './labels.ts';
import type { Checklist, FigureLink, Question } from './types.ts';

interface Reply {
  questions: Question[];
  checklist: Checklist;
  figures: Partial<Record<string, FigureLink[]>>;
}

/** `#/outcomes/checklists/<id>`: a proposal, each question's answer, judgement and Lantern's figures; the PDF. */
export function ChecklistView({
  id,
  places,
}: {
  id: string;
  places: { country: string; province: string }[];
}) {
  const r = useLoad<Reply>(`/api/outcomes/checklists/${encodeURIComponent(id)}`);
  const [editing, setEditing] = useState(false);
  if (r.errorStatus === 404) return <p className="notice notice-error">This checklist was not found.</p>;
  const d = r.data;
  return (
    <>
      <ErrorMessage message={r.error} />
      {r.loading && !d ? <p className="muted">Loading the checklist…</p> : null}
      {d && editing ? (
        <ChecklistForm
          questions={d.questions}
          places={places}
          checklist={d.checklist}
          onSaved={() => {
            setEditing(false);
            r.reload();
          }}
        />
      ) : null}
      {d && !editing ? (
        <section className="panel" aria-labelledby="checklist-h">
          <h2 id="checklist-h">{d.checklist.title}</h2>
          <dl className="facts">
            <dt>Place</dt>
            <dd>{d.checklist.place}</dd>
            <dt>Intervention</dt>
            <dd className="pre-line">{d.checklist.intervention}</dd>
            <dt>Funding</dt>
            <dd>{d.checklist.funding}</dd>
            <dt>Duration</dt>
            <dd>
              {d.checklist.durationMonths} month{d.checklist.durationMonths === 1 ? '' : 's'}
            </dd>
            <dt>Changed</dt>
            <dd>{formatDateTime(d.checklist.updatedAt)}</dd>
          </dl>
          <p className="actions">
            <a
              className="button primary"
              href={`/api/outcomes/checklists/${encodeURIComponent(id)}/pdf`}
              download
            >
              Download as PDF
            </a>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Change the answers
            </button>
            <a className="button" href={href('/outcomes/checklists')}>
              All checklists
            </a>
          </p>
          <ol className="checklist-answers">
            {d.questions.map((q) => {
              const a = d.checklist.answers.find((x) => x.question === q.code);
              const links = d.figures[q.code] ?? [];
              return (
                <li key={q.code}>
                  <h3>
                    {q.label}{' '}
                    <span className={`judgement judgement-${a?.judgement ?? 'not_known'}`}>
                      {judgementWord(a?.judgement ?? 'not_known')}
                    </span>
                  </h3>
                  <p className="hint">{q.ask}</p>
                  <p className="pre-line">
                    {a?.answer.trim() ? a.answer : <span className="muted">No answer yet.</span>}
                  </p>
                  {links.length ? (
                    <ul className="figure-links" aria-label={`Lantern's figures: ${q.label}`}>
                      {links.map((l) => (
                        <li key={l.text}>{l.href ? <a href={l.href}>{l.text}</a> : l.text}</li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </>
  );
}
