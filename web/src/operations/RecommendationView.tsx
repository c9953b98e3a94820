import { wordFor } from '../screening/labels.ts';
import { INTERVENTIONS } from './labels.ts';
import type { Recommendation } from './types.ts';

/** The rules' recommendation in words, with the reasons for it and the cautions that go with it. */
export function RecommendationView({ r }: { r: Recommendation }) {
  return (
    <>
      <p className={`recommendation-words rec-${r.recommendation}`}>
        {wordFor(INTERVENTIONS, r.recommendation)}
      </p>
      <h3>Reasons</h3>
      <ul className="explanation">
        {r.reasons.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {r.cautions.length > 0 ? (
        <div className="notice notice-info">
          <h3>Cautions</h3>
          <ul>
            {r.cautions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
