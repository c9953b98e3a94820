import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.ts';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ChecklistForm } from './ChecklistForm.tsx';
import { judgementWord, questionAsk, questionLabel } from './labels.ts';
import type { ChecklistPage } from './types.ts';

/** `#/outcomes/checklists/<id>`: a proposal, each question's answer, judgement and Lantern's figures; the PDF. */
export function ChecklistView({
  id,
  places,
}: {
  id: string;
  places: { country: string; province: string }[];
}) {
  const { t } = useTranslation('outcomes');
  const r = useLoad<ChecklistPage>(`/api/outcomes/checklists/${encodeURIComponent(id)}`);
  const [editing, setEditing] = useState(false);
  if (r.errorStatus === 404) return <p className="notice notice-error">{t('checklist.notFound')}</p>;
  const d = r.data;
  return (
    <>
      <ErrorMessage message={r.error} />
      {r.loading && !d ? <p className="muted">{t('checklist.loading')}</p> : null}
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
            <dt>{t('checklist.place')}</dt>
            <dd>{d.checklist.place}</dd>
            <dt>{t('checklist.intervention')}</dt>
            <dd className="pre-line">{d.checklist.intervention}</dd>
            <dt>{t('checklist.funding')}</dt>
            <dd>{d.checklist.funding}</dd>
            <dt>{t('checklist.duration')}</dt>
            <dd>{t('checklist.months', { count: d.checklist.durationMonths })}</dd>
            <dt>{t('checklist.changed')}</dt>
            <dd>{formatDateTime(d.checklist.updatedAt)}</dd>
          </dl>
          <p className="actions">
            <a
              className="button primary"
              href={`/api/outcomes/checklists/${encodeURIComponent(id)}/pdf?lang=${currentLanguage()}`}
              download
            >
              {t('checklist.pdf')}
            </a>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('checklist.change')}
            </button>
            <a className="button" href={href('/outcomes/checklists')}>
              {t('checklist.all')}
            </a>
          </p>
          <ol className="checklist-answers">
            {d.questions.map((q) => {
              const a = d.checklist.answers.find((x) => x.question === q.code);
              const links = d.figures[q.code] ?? [];
              return (
                <li key={q.code}>
                  <h3>
                    {questionLabel(q)}{' '}
                    <span className={`judgement judgement-${a?.judgement ?? 'not_known'}`}>
                      {judgementWord(a?.judgement ?? 'not_known')}
                    </span>
                  </h3>
                  <p className="hint">{questionAsk(q)}</p>
                  <p className="pre-line">
                    {a?.answer.trim() ? a.answer : <span className="muted">{t('checklist.noAnswer')}</span>}
                  </p>
                  {links.length ? (
                    <ul
                      className="figure-links"
                      aria-label={t('checklist.figures', { question: questionLabel(q) })}
                    >
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
