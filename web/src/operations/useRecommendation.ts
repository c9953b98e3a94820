import { useEffect, useState } from 'react';
import { api, messageOf } from '../api.ts';
import type { Assessment, Recommendation } from './types.ts';

/** What the rules recommend for the assessment, asked again 300 ms after it stops changing. */
export function useRecommendation(assessment: Assessment | null) {
  const [result, setResult] = useState<Recommendation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const key = assessment ? JSON.stringify(assessment) : null;
  useEffect(() => {
    if (key === null) {
      setResult(null);
      setError(null);
      setPending(false);
      return;
    }
    let live = true;
    setPending(true);
    const timer = setTimeout(() => {
      api.post<Recommendation>('/api/operations/recommendation', JSON.parse(key)).then(
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
