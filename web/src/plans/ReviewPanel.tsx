import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { useLoad } from '../useLoad.ts';
import { ObjectiveFigures } from './ObjectiveFigures.tsx';
import { operationApi } from './paths.ts';
import { ReviewForm } from './ReviewForm.tsx';
import { ReviewView } from './ReviewView.tsx';
import type { Operation, Review } from './types.ts';

/**
 * The after-action review: the three objectives measured from what was recorded, then the harm done and the
 * lessons. Figures are live until the review is submitted, then frozen with it.
 */
export function ReviewPanel({ op, commands }: { op: Operation; commands: boolean }) {
  const { t } = useTranslation('plans');
  const loaded = useLoad<Review>(`${operationApi(op.id)}/review`);
  const r = loaded.data;
  return (
    <section className="panel" aria-labelledby="review-h">
      <h2 id="review-h">{t('review.title')}</h2>
      <ErrorMessage message={loaded.error} />
      {r ? (
        <>
          <p className="hint">{r.submitted ? t('review.figuresFrozen') : t('review.figuresSoFar')}</p>
          <ObjectiveFigures f={r.figures} />
          {r.submitted && r.review ? (
            <ReviewView r={r} />
          ) : op.status === 'concluded' && commands ? (
            <ReviewForm id={op.id} onSubmitted={loaded.reload} />
          ) : (
            <p className="muted">
              {op.status === 'concluded' ? t('review.commanderSubmits') : t('review.afterConclusion')}
            </p>
          )}
        </>
      ) : null}
      {loaded.loading && !r ? <p className="muted">{t('review.loading')}</p> : null}
    </section>
  );
}
