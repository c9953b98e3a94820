import { useEffect, useState, useSyncExternalStore } from 'react';
import * as vault from './vault.ts';

/** Where the field kit of `userId` stands on this device, kept current as it is set up, unlocked or wiped. */
export function useKitState(userId: string): vault.KitState | null {
  const version = useSyncExternalStore(vault.subscribe, vault.snapshot);
  const [state, setState] = useState<vault.KitState | null>(null);
  useEffect(() => {
    let live = true;
    // version: the store changed (unlocked, locked, wiped); read where it stands again.
    void version;
    vault.stateFor(userId).then(
      (s) => live && setState(s),
      () => live && setState('none'),
    );
    return () => {
      live = false;
    };
  }, [userId, version]);
  return state;
}
