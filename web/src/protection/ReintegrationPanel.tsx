import { Trans, useTranslation } from 'react-i18next';
import { href } from '../router.ts';
import { languageOptions, wordFor } from '../screening/labels.ts';
import { formatDate } from '../ui/format.ts';
import { ErrorMessage, StatusMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import type { CasePage } from './case-types.ts';
import { formatDay } from './labels.ts';
import { FollowUpForm, PlanForm } from './ReintegrationForm.tsx';
import {
  contactOutcomeOptions,
  followUpName,
  retraffickingFlagWords,
  scheduleStateOptions,
  wellbeingOptions,
} from './reintegration-labels.ts';
import type { Reintegration } from './reintegration-types.ts';
import { countryName } from './transfer-labels.ts';
import { casePath, useCaseAction } from './useCaseAction.ts';

interface Props {
  c: CasePage;
  editable: boolean;
  language: string;
  onChanged: () => void;
}

/**
 * The case's flag that the person may have been trafficked again, in words, with the earlier case when they were
 * recognised from one; nothing when the case is not flagged.
 */
export function RetraffickingFlag({ c }: { c: CasePage }) {
  const { t } = useTranslation('protection');
  const r = c.retrafficking;
  if (!r.flag) return null;
  return (
    <div className="notice notice-error">
      <p>
        <strong>{t('reintegration.flag.title')}</strong> {retraffickingFlagWords(t, r.flag)}
        {r.flaggedAt ? ` ${t('reintegration.flag.on', { on: formatDate(r.flaggedAt) })}` : ''}
        {r.earlierCaseId ? (
          <>
            {' '}
            <a href={href(`/protection/${encodeURIComponent(r.earlierCaseId)}`)}>
              {t('reintegration.flag.earlier')}
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}

/**
 * Reintegration: the person's plan (their goals, where they live now), the follow-ups as scheduled and as held;
 * the caseworker records the plan and the follow-ups. The flag of re-trafficking stands at the top of the page.
 */
export function ReintegrationPanel({ c, editable, language, onChanged }: Props) {
  const { t } = useTranslation('protection');
  const page = useLoad<Reintegration>(casePath(c.id, '/reintegration'));
  const flagged = c.retrafficking.flag;
  // A follow-up may flag the case: the case page is read again then, for the flag it carries.
  const action = useCaseAction(() => {
    page.reload();
    if (!flagged) onChanged();
  });
  const r = page.data;
  const states = scheduleStateOptions(t);
  return (
    <section className="panel" aria-labelledby="reintegration-h">
      <h2 id="reintegration-h">{t('reintegration.title')}</h2>
      <ErrorMessage message={page.error} />
      {page.loading && !r ? <p className="muted">{t('reintegration.loading')}</p> : null}
      {r && !r.plan ? <p className="muted">{t('reintegration.noPlan')}</p> : null}
      {r?.plan ? (
        <dl className="facts" aria-label={t('reintegration.plan')}>
          <dt>{t('reintegration.goals')}</dt>
          <dd>{r.plan.goals}</dd>
          <dt>{t('reintegration.livesIn')}</dt>
          <dd>{t('reintegration.place', { area: r.plan.area, country: countryName(r.plan.country) })}</dd>
          <dt>{t('reintegration.started')}</dt>
          <dd>{formatDay(r.plan.startedOn)}</dd>
        </dl>
      ) : null}
      {r && r.schedule.length > 0 ? (
        <TableWrap>
          <table>
            <caption>{t('reintegration.scheduled')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reintegration.followUp')}</th>
                <th scope="col">{t('reintegration.dueOn')}</th>
                <th scope="col">{t('reintegration.now')}</th>
              </tr>
            </thead>
            <tbody>
              {r.schedule.map((s) => (
                <tr key={s.dueDays}>
                  <th scope="row">{followUpName(t, s.dueDays)}</th>
                  <td className="nowrap">{formatDay(s.dueOn)}</td>
                  <td>
                    {s.state === 'due' ? (
                      <strong>{wordFor(states, s.state)}</strong>
                    ) : (
                      wordFor(states, s.state)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {r && r.followUps.length > 0 ? (
        <TableWrap>
          <table>
            <caption>{t('reintegration.held')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reintegration.heldOn')}</th>
                <th scope="col">{t('reintegration.which')}</th>
                <th scope="col">{t('reintegration.contact')}</th>
                <th scope="col">{t('reintegration.howTheyAre')}</th>
                <th scope="col">
                  <Trans
                    t={t}
                    i18nKey="reintegration.concern"
                    components={{ 1: <span className="visually-hidden" /> }}
                  />
                </th>
                <th scope="col">{t('reintegration.note')}</th>
              </tr>
            </thead>
            <tbody>
              {r.followUps.map((f) => (
                <tr key={f.id}>
                  <th scope="row" className="nowrap">
                    {formatDay(f.heldOn)}
                  </th>
                  <td>{f.dueDays === null ? t('reintegration.outside') : followUpName(t, f.dueDays)}</td>
                  <td>
                    {wordFor(contactOutcomeOptions(t), f.contact)}
                    <span className="muted">
                      {' '}
                      {t('reintegration.byIn', {
                        name: f.recordedBy.name,
                        language: wordFor(languageOptions(), f.language),
                      })}
                    </span>
                  </td>
                  <td>
                    {f.wellbeing ? (
                      wordFor(wellbeingOptions(t), f.wellbeing)
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td>{f.retraffickingConcern ? <strong>{t('words.yes')}</strong> : t('words.no')}</td>
                  <td>{f.note || <span className="muted">{t('words.none')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <ErrorMessage message={action.error} />
      <StatusMessage message={action.done} tone="success" />
      {editable && r ? (
        <PlanForm key={r.plan?.updatedAt ?? 'new'} caseId={c.id} plan={r.plan} action={action} />
      ) : null}
      {editable && r?.plan ? (
        <FollowUpForm
          key={r.followUps.length}
          caseId={c.id}
          plan={r.plan}
          schedule={r.schedule}
          language={language}
          action={action}
        />
      ) : null}
    </section>
  );
}
