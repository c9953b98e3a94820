import type { ParseKeys } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { formatInstant } from '../ui/format.ts';
import { ErrorMessage } from '../ui/Live.tsx';
import { TableWrap } from '../ui/TableWrap.tsx';
import { useLoad } from '../useLoad.ts';
import { joinList } from './labels.ts';
import { operationApi } from './paths.ts';
import type { LeakReview } from './types.ts';

/**
 * Who saw the operation, its decision, its target and its suspects, and when: views by people outside the team
 * before the start are flagged, refused attempts to open the operation (denied) and searches, exports and pages
 * that returned the target among other entities included. Loading it is itself audited.
 */
export function LeakReviewPanel({ id, asAuditor = false }: { id: string; asAuditor?: boolean }) {
  const { t } = useTranslation('plans');
  const loaded = useLoad<LeakReview>(
    asAuditor
      ? `/api/audit/operations/${encodeURIComponent(id)}/leak-review`
      : `${operationApi(id)}/leak-review`,
  );
  const r = loaded.data;
  return (
    <section className="panel" aria-labelledby="leak-h">
      <h2 id="leak-h">{t('leaks.title')}</h2>
      <ErrorMessage message={loaded.error} />
      {loaded.loading && !r ? <p className="muted">{t('leaks.loading')}</p> : null}
      {r ? (
        <>
          <p>
            <Trans
              t={t}
              i18nKey="leaks.summary"
              count={r.events.length}
              values={{ watched: joinList(r.watched), flagged: r.flagged }}
              components={{ 1: <strong /> }}
            />
          </p>
          {r.nonMembersBeforeStart.length ? (
            <div className="notice notice-error">
              <p>{t('leaks.outsiders')}</p>
              <ul>
                {r.nonMembersBeforeStart.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="notice notice-success">{t('leaks.nobody')}</p>
          )}
          <TableWrap>
            <table>
              <caption className="visually-hidden">{t('leaks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('leaks.when')}</th>
                  <th scope="col">{t('leaks.who')}</th>
                  <th scope="col">{t('leaks.what')}</th>
                  <th scope="col">{t('leaks.about')}</th>
                  <th scope="col">{t('leaks.inTeam')}</th>
                </tr>
              </thead>
              <tbody>
                {r.events.map((e) => (
                  <tr key={e.seq} className={e.beforeStart && !e.memberAtTheTime ? 'flagged' : undefined}>
                    <td className="nowrap">{formatInstant(e.at)}</td>
                    <th scope="row">
                      {e.who}
                      {e.agency ? <span className="sub">{e.agency}</span> : null}
                    </th>
                    <td className="mono small">
                      {t('leaks.action', {
                        action: e.action,
                        outcome: t(`codes.auditOutcome.${e.outcome}` as ParseKeys<'plans'>, {
                          defaultValue: e.outcome,
                        }),
                      })}
                    </td>
                    <td>
                      {e.about}
                      {e.amongOthers ? <span className="sub">{t('leaks.amongOthers')}</span> : null}
                    </td>
                    <td>{e.memberAtTheTime ? t('leaks.yes') : t('leaks.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      ) : null}
    </section>
  );
}
