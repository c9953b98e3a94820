import { useEffect, useRef, useState } from 'react';
import { api, messageOf } from '../api.ts';
import type { Assessment, Recommendation, RecommendationBody } from './types.ts';

/** What the rules recommend for the assessment, asked again 300 ms after it stops changing. */
export function useRecommendation(assessment: Assessment | null) {
  const [result, setResult] = useState<Recommendation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Asked again only when the assessment's content changes (`key`), not each time a render makes it anew.
  const key = assessment ? JSON.stringify(assessment) : null;
  const latest = useRef(assessment);
  latest.current = assessment;
  useEffect(() => {
    const body = latest.current;
    if (key === null || body === null) {
      setResult(null);
      setError(null);
      setPending(false);
      return;
    }
    let live = true;
    setPending(true);
    const timer = setTimeout(() => {
      api.post<Recommendation>('/api/operations/recommendation', body satisfies RecommendationBody).then(
        (r) => {
          if (!live) return;
          setResult(r);
          setError(null);
          setPending(false);
        },
        (e: unknown) => {
          if (!live) return;
          setError(messageOf(e));
          setPending(false);
        },
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return { result: key === null ? null : result, error, pending };
}
