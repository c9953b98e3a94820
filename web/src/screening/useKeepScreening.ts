import { useEffect } from 'react';
import { forgetScreening, keepScreening } from '../offline/kept-screenings.ts';
import { useKitState } from '../offline/useKit.ts';
import type { Me } from '../types.ts';
import type { Screening, SetDefinition } from './types.ts';

/**
 * Keeps the screening `me` opened with a connection, and its indicator set, in their field kit when it is open on
 * this phone, refreshed each time it is read; a completed one leaves the kit. Only what this page shows is kept.
 */
export function useKeepScreening(me: Me, screening: Screening | null, set: SetDefinition | null): void {
  const kit = useKitState(me.user.id);
  const mayWrite = me.permissions.includes('screening.write');
  useEffect(() => {
    if (kit !== 'unlocked' || !screening) return;
    if (screening.status === 'completed') void forgetScreening(screening.id).catch(() => undefined);
    else if (set && mayWrite) void keepScreening(screening, set).catch(() => undefined);
  }, [kit, screening, set, mayWrite]);
}
