import { useTranslation } from 'react-i18next';
import { wordFor } from '../screening/labels.ts';
import { interventionOptions } from './labels.ts';
import { cautionWords, reasonWords } from './recommendationWords.ts';
import type { Recommendation } from './types.ts';

/** The rules' recommendation in words, with the reasons for it and the cautions that go with it. */
export function RecommendationView({ r }: { r: Recommendation }) {
  const { t } = useTranslation('operations');
  return (
    <>
      <p className={`recommendation-words rec-${r.recommendation}`}>
        {wordFor(interventionOptions(), r.recommendation)}
      </p>
      <h3>{t('recommendation.reasons')}</h3>
      <ul className="explanation">
        {r.reasons.map((reason) => (
          <li key={reason.code}>{reasonWords(t, reason)}</li>
        ))}
      </ul>
      {r.cautions.length > 0 ? (
        <div className="notice notice-info">
          <h3>{t('recommendation.cautions')}</h3>
          <ul>
            {r.cautions.map((caution) => (
              <li key={caution.code}>{cautionWords(t, caution)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
