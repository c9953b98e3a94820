import { useTranslation } from 'react-i18next';
import { formatDay } from '../protection/labels.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { word } from './codes.ts';
import { deadlineState } from './court-labels.ts';
import type { DueDeadlines } from './court-types.ts';
import { caseFileHref } from './paths.ts';

const DAYS = 14;

/** The office's reminders: open deadlines of its open case files overdue or due in the next 14 days, oldest first. */
export function DeadlinesList() {
  const { t } = useTranslation('prosecution');
  const due = useLoad<DueDeadlines>(`/api/prosecution/deadlines?days=${DAYS}`);
  const deadlines = due.data?.deadlines ?? [];
  return (
    <section className="panel" aria-labelledby="deadlines-h">
      <h2 id="deadlines-h">{t('deadlines.heading', { count: DAYS })}</h2>
      <ErrorMessage message={due.error} />
      {due.loading && !due.data ? <p className="muted">{t('deadlines.loading')}</p> : null}
      {due.data && deadlines.length === 0 ? (
        <p className="muted">{t('deadlines.none', { count: DAYS })}</p>
      ) : null}
      {deadlines.length > 0 ? (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('deadlines.caption', { count: DAYS })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('words.due')}</th>
                <th scope="col">{t('words.deadline')}</th>
                <th scope="col">{t('deadlines.caseFile')}</th>
                <th scope="col">{t('words.whereItStands')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => (
                <tr key={d.id}>
                  <td className="nowrap">{formatDay(d.dueOn)}</td>
                  <th scope="row">{word(t, 'deadlineKind', d.kind)}</th>
                  <td className="nowrap">
                    <a href={caseFileHref(d.caseId)}>{d.caseRef}</a>
                  </td>
                  <td>
                    <strong>{deadlineState(t, d)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
