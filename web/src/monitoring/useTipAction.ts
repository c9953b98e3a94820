import { useCallback, useState } from 'react';
import { useSubmit } from '../ui/useSubmit.ts';

/**
 * A change to a tip, once at a time: runs it, says what was done (for the live region) and reloads the page; keeps
 * the server's refusal as the error.
 */
export function useTipAction(onChanged: () => void) {
  const { busy, error, setError, handle } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(
    <T>(action: () => Promise<T>, message: string | ((result: T) => string)) =>
      handle(async () => {
        setDone(null);
        const result = await action();
        setDone(typeof message === 'string' ? message : message(result));
        onChanged();
      }),
    [handle, onChanged],
  );
  /** Shows `problem` as the error and runs nothing; true when there was one. */
  const refuse = (problem: string | null): boolean => {
    if (!problem) return false;
    setDone(null);
    setError(problem);
    return true;
  };
  return { busy, error, done, run, refuse };
}
