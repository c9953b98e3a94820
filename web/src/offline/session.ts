/**
 * The field kit's part in the session: at each opening with a connection, the store of the signed-in user is opened
 * silently with the password just typed (when it seals it), the device is checked against the agency's register,
 * and the user's profile is kept for an opening without one. A device the server calls revoked is wiped, at once.
 */
import { setDeviceRevokedHandler } from '../api.ts';
import { moveLegacyQueue } from '../field/outbox.ts';
import { i18next } from '../i18n/i18n.ts';
import type { Me } from '../types.ts';
import * as device from './device.ts';
import { setDeviceId } from './device-id.ts';
import { keepMe } from './kept.ts';
import { setKitNotice } from './notice.ts';
import { takeSignInSecret } from './signin-secret.ts';
import * as vault from './vault.ts';

const revokedText = () => i18next.t('field:kit.revoked');

/** Wipes the store when any request is refused because this device was revoked. */
export function watchRevocation(): () => void {
  setDeviceRevokedHandler(() => {
    void vault.wipe().finally(() => setKitNotice(revokedText()));
  });
  return () => setDeviceRevokedHandler(null);
}

/**
 * Once the store of `me` is open with a connection: what the old plain queue held moves into it, the profile is
 * kept, and the device is checked against the register (registered if it is not yet, wiped if it was revoked).
 */
export async function afterUnlock(me: Me): Promise<device.DeviceCheck> {
  await moveLegacyQueue({ id: me.user.id, name: me.user.displayName });
  await keepMe(me);
  const check = navigator.onLine ? await device.check(me.user.id) : 'unreached';
  if (check === 'revoked') setKitNotice(revokedText());
  return check;
}

/** After the profile loaded with a connection (a sign-in, or an opening with the session still valid). */
export async function openedWithConnection(me: Me): Promise<void> {
  const userId = me.user.id;
  const secret = takeSignInSecret();
  try {
    // A store left open by another user of this browser closes before anything is read for this one.
    if (vault.openUser() && vault.openUser() !== userId) vault.lock();
    const state = await vault.stateFor(userId);
    if (state === 'none') return;
    // Every request names this device from now on, the kit locked or not, so a revoked one is refused at once.
    setDeviceId((await vault.keyringRow(userId))?.deviceId ?? null);
    if (state === 'locked' && secret) await vault.unlock(userId, secret).catch(() => undefined);
    if (vault.openUser() === userId) await afterUnlock(me);
    else if ((await device.check(userId)) === 'revoked') setKitNotice(revokedText());
  } catch {
    // The field kit never stands in the way of the app: a store that cannot be read is dealt with on its screen.
  }
}
