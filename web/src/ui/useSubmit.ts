import { type FormEvent, useCallback, useState } from 'react';
import { messageOf } from '../api.ts';

/** Runs a form's action once at a time, keeping its error message for the live region. */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handle = useCallback(
    (action: () => Promise<void>) => async (event?: FormEvent) => {
      event?.preventDefault();
      setBusy(true);
      setError(null);
      try {
        await action();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [],
  );
  return { busy, error, setError, handle };
}
