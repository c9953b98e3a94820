import { Trans, useTranslation } from 'react-i18next';
import { formatNumber } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { CaseLink } from './CaseLink.tsx';
import { formatDay } from './labels.ts';
import type { DueFollowUps } from './reintegration-types.ts';

/** The agency's reintegration follow-ups due or overdue on its open cases, oldest first, each opening its case. */
export function FollowUpsDue() {
  const { t } = useTranslation('protection');
  const list = useLoad<DueFollowUps>('/api/protection/follow-ups/due');
  const due = list.data?.due ?? [];
  return (
    <section className="panel" aria-labelledby="follow-ups-due-h">
      <h2 id="follow-ups-due-h">{t('followUpsDue.title')}</h2>
      <ErrorMessage message={list.error} />
      {list.data ? (
        <p className="hint">
          {t('followUpsDue.hint', {
            days: list.data.followUpDays.map((d) => formatNumber(d)).join(t('words.listSeparator')),
          })}
        </p>
      ) : null}
      {list.data && due.length === 0 ? <p className="muted">{t('followUpsDue.none')}</p> : null}
      {due.length > 0 ? (
        <ul aria-label={t('followUpsDue.label')}>
          {due.map((d) => (
            <li key={`${d.caseId}-${d.dueDays}`}>
              <Trans
                t={t}
                i18nKey="followUpsDue.item"
                values={{ name: d.pseudonym, days: d.dueDays, on: formatDay(d.dueOn) }}
                components={{ 1: <CaseLink id={d.caseId} /> }}
              />
              {d.daysOverdue > 0 ? (
                <strong> {t('followUpsDue.overdue', { count: d.daysOverdue })}</strong>
              ) : (
                ` ${t('followUpsDue.dueToday')}`
              )}
              {d.mine ? <span className="muted"> {t('followUpsDue.yourCase')}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.loading && !list.data ? <p className="muted">{t('followUpsDue.loading')}</p> : null}
    </section>
  );
}
