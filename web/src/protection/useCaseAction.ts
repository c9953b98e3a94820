import { useCallback, useState } from 'react';
import { useSubmit } from '../ui/useSubmit.ts';

/**
 * A change to a case, once at a time: runs it, says what was done (for the live region) and reloads the case's
 * page; keeps the server's refusal as the error.
 */
export function useCaseAction(onChanged: () => void) {
  const { busy, error, setError, handle } = useSubmit();
  const [done, setDone] = useState<string | null>(null);
  const run = useCallback(
    (action: () => Promise<unknown>, message: string | ((result: unknown) => string)) =>
      handle(async () => {
        setDone(null);
        const result = await action();
        setDone(typeof message === 'string' ? message : message(result));
        onChanged();
      }),
    [handle, onChanged],
  );
  return { busy, error, setError, done, setDone, run };
}

export type CaseAction = ReturnType<typeof useCaseAction>;

/** Refuses a form with `problem` (said in the live region) or runs nothing else; true when refused. */
export function refuse(action: CaseAction, problem: string | null): boolean {
  if (!problem) return false;
  action.setDone(null);
  action.setError(problem);
  return true;
}

/** The API path of a case, or of something under it. */
export const casePath = (caseId: string, rest = ''): string =>
  `/api/protection/cases/${encodeURIComponent(caseId)}${rest}`;
