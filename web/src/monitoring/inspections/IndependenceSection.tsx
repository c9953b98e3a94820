import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { ErrorMessage } from '../../ui/Live.tsx';
import { useSubmit } from '../../ui/useSubmit.ts';
import type { SectionProps } from './InspectionPage.tsx';
import type { IndependenceBody, Inspector } from './types.ts';

/** Where an inspector stands: the wording, and when they stated it. */
function standing(p: Inspector): { key: 'removed' | 'noInterest' | 'notYet'; at: string } {
  if (p.removedAt) return { key: 'removed', at: formatDateTime(p.removedAt) };
  if (p.statement === 'no_interest' && p.statedAt)
    return { key: 'noInterest', at: formatDateTime(p.statedAt) };
  return { key: 'notYet', at: '' };
}

/**
 * The inspectors on the inspection and their independence: each states, for themselves, that they have no interest
 * in this workplace or its employer, or declares a conflict and is taken off it. The visit waits until all have.
 */
export function IndependenceSection({ inspection: i, reload, canWrite, me }: SectionProps) {
  const { t } = useTranslation('monitoring');
  const { busy, error, handle } = useSubmit();
  const mine = i.inspectors.find((p) => p.id === me.user.id);
  const state = (statement: IndependenceBody['statement']) =>
    handle(async () => {
      await api.post(`/api/monitoring/inspections/${i.id}/independence`, {
        statement,
      } satisfies IndependenceBody);
      reload();
    })();
  const { onIt, stated, ready } = i.independence;
  return (
    <section className="panel" aria-labelledby="insp-independence-h">
      <h2 id="insp-independence-h">{t('inspections.independence.title')}</h2>
      <p className={ready ? 'independence-ready' : 'independence-waiting'}>
        {ready
          ? t('inspections.independence.ready', { n: formatNumber(onIt) })
          : onIt === 0
            ? t('inspections.independence.noneLeft')
            : t('inspections.independence.waiting', {
                stated: formatNumber(stated),
                onIt: formatNumber(onIt),
              })}
      </p>
      <ul className="inspection-list" aria-label={t('inspections.independence.listLabel')}>
        {i.inspectors.map((p) => {
          const s = standing(p);
          return (
            <li key={p.id} className="inspection-row">
              <span>
                <Trans
                  t={t}
                  i18nKey={`inspections.independence.standing.${s.key}`}
                  values={{ name: p.name, at: s.at }}
                  components={{ 1: <strong /> }}
                />
              </span>
              <span className="sub">
                {p.interestsDeclared === 0
                  ? t('inspections.independence.noInterests')
                  : t('inspections.independence.interests', { count: p.interestsDeclared })}
              </span>
            </li>
          );
        })}
      </ul>
      {canWrite && i.status === 'planned' && mine && !mine.removedAt && mine.statement === null ? (
        <div className="stack">
          <p className="hint">{t('inspections.independence.ask')}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => state('no_interest')}
            >
              {t('inspections.independence.noInterest')}
            </button>
            <ConfirmButton
              label={t('inspections.independence.conflict')}
              question={t('inspections.independence.conflictQuestion')}
              confirmLabel={t('inspections.independence.conflictConfirm')}
              busy={busy}
              onConfirm={() => state('conflict')}
            />
          </div>
        </div>
      ) : null}
      <ErrorMessage message={error} />
    </section>
  );
}
