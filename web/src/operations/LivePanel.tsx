import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ui/Live.tsx';
import { joinList } from './labels.ts';
import { RecommendationView } from './RecommendationView.tsx';
import type { Recommendation } from './types.ts';

interface Props {
  result: Recommendation | null;
  error: string | null;
  pending: boolean;
  /** What the assessment still lacks, in words. */
  missing: string[];
}

/** The recommendation as the assessment is filled in: the rules are asked again after each change. */
export function LivePanel({ result, error, pending, missing }: Props) {
  const { t } = useTranslation('operations');
  return (
    <section className="panel recommendation-panel" aria-labelledby="live-rec-h" aria-busy={pending}>
      <h2 id="live-rec-h">{t('recommendation.title')}</h2>
      <div aria-live="polite" aria-atomic="true">
        {result ? (
          <RecommendationView r={result} />
        ) : missing.length > 0 ? (
          <p className="muted">
            {t('recommendation.incomplete', { missing: joinList(missing, 'semicolon') })}
          </p>
        ) : (
          <p className="muted">{t('recommendation.asking')}</p>
        )}
      </div>
      <ErrorMessage message={error} />
    </section>
  );
}
