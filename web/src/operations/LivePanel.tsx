import { ErrorMessage } from '../ui/Live.tsx';
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
  return (
    <section className="panel recommendation-panel" aria-labelledby="live-rec-h" aria-busy={pending}>
      <h2 id="live-rec-h">Recommendation</h2>
      <div aria-live="polite" aria-atomic="true">
        {result ? (
          <RecommendationView r={result} />
        ) : missing.length > 0 ? (
          <p className="muted">
            Complete the assessment to see the recommendation. Still needed: {missing.join('; ')}.
          </p>
        ) : (
          <p className="muted">Asking the rules…</p>
        )}
      </div>
      <ErrorMessage message={error} />
    </section>
  );
}
