import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { harmedOptions } from './labels.ts';
import type { Review } from './types.ts';

/** A submitted review, read only. */
export function ReviewView({ r }: { r: Review }) {
  const { t } = useTranslation('plans');
  const v = r.review;
  if (!v) return null;
  const name = r.submittedBy ?? t('review.view.unknown');
  const harmed = harmedOptions();
  return (
    <section className="review-view" aria-labelledby="review-view-h">
      <h3 id="review-view-h">{t('review.view.title')}</h3>
      <p className="muted small">
        {r.submittedAt
          ? t('review.view.by', { name, date: formatDateTime(r.submittedAt) })
          : t('review.view.byUndated', { name })}
      </p>
      <h4>{t('review.view.harm')}</h4>
      {v.noHarmObserved ? (
        <p>{t('review.view.noHarm')}</p>
      ) : (
        <ul>
          {keyed(v.harm, (h) => `${h.to}-${h.description}`).map(({ key, item: h }) => (
            <li key={key}>
              <strong>{t('review.view.harmTo', { who: wordFor(harmed, h.to) })}</strong> {h.description}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('review.view.lessons')}</h4>
      <p className="rationale">{v.lessons}</p>
      {v.objectivesNote ? (
        <>
          <h4>{t('review.view.objectives')}</h4>
          <p className="rationale">{v.objectivesNote}</p>
        </>
      ) : null}
    </section>
  );
}
