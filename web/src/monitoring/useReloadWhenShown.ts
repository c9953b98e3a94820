import { useEffect, useRef } from 'react';

/** Reloads a list each time its tab is shown again, so what changed meanwhile (a tip just saved) appears. */
export function useReloadWhenShown(shown: boolean, reload: () => void) {
  const wasShown = useRef(shown);
  useEffect(() => {
    if (shown && !wasShown.current) reload();
    wasShown.current = shown;
  }, [shown, reload]);
}
