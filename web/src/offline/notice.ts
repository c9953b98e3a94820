import { useSyncExternalStore } from 'react';

/**
 * What the field kit must tell the user plainly whatever screen is open: that this device was revoked and its
 * store wiped. Memory only.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

export function setKitNotice(next: string | null): void {
  notice = next;
  for (const l of listeners) l();
}

export function useKitNotice(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => notice,
  );
}
