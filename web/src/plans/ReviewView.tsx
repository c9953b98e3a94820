import { wordFor } from '../screening/labels.ts';
import { formatDateTime } from '../ui/format.ts';
import { keyed } from '../ui/keyed.ts';
import { HARMED } from './labels.ts';
import type { Review } from './types.ts';

/** A submitted review, read only. */
export function ReviewView({ r }: { r: Review }) {
  const v = r.review;
  if (!v) return null;
  return (
    <section className="review-view" aria-labelledby="review-view-h">
      <h3 id="review-view-h">Review submitted</h3>
      <p className="muted small">
        By {r.submittedBy ?? 'someone unknown'}
        {r.submittedAt ? ` on ${formatDateTime(r.submittedAt)}` : ''}.
      </p>
      <h4>Harm</h4>
      {v.noHarmObserved ? (
        <p>No harm observed.</p>
      ) : (
        <ul>
          {keyed(v.harm, (h) => `${h.to}-${h.description}`).map(({ key, item: h }) => (
            <li key={key}>
              <strong>{wordFor(HARMED, h.to)}:</strong> {h.description}
            </li>
          ))}
        </ul>
      )}
      <h4>Lessons</h4>
      <p className="rationale">{v.lessons}</p>
      {v.objectivesNote ? (
        <>
          <h4>On the objectives</h4>
          <p className="rationale">{v.objectivesNote}</p>
        </>
      ) : null}
    </section>
  );
}
