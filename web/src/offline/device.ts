/**
 * This device in the agency's register (the devices API): registered when the field kit is set up, checked at each
 * opening with a connection. A device the agency revoked has its store wiped. While the server does not know the
 * register (a 404 on the route), the device counts as not registered yet and registration is tried again at the
 * next opening.
 */
import type { z } from 'zod';
import type {
  deviceRegisterBody,
  deviceRegistered,
  deviceStatusReply,
} from '../../../src/access/device-schema.ts';
import { ApiError, api } from '../api.ts';
import type { Wire } from '../wire.ts';
import * as vault from './vault.ts';

type RegisterBody = z.input<typeof deviceRegisterBody>;
type Registered = Wire<z.output<typeof deviceRegistered>>;
type Status = Wire<z.output<typeof deviceStatusReply>>;

/** A label that says what kind of device it is, without the user's name. */
export function deviceLabel(): string {
  const ua = navigator.userAgent;
  const kind = /Android/i.test(ua)
    ? 'Android'
    : /iPhone|iPad/i.test(ua)
      ? 'iOS'
      : /Windows/i.test(ua)
        ? 'Windows'
        : /Mac OS/i.test(ua)
          ? 'macOS'
          : /Linux/i.test(ua)
            ? 'Linux'
            : 'Browser';
  return `Field kit (${kind}), ${new Date().toISOString().slice(0, 10)}`;
}

export type DeviceCheck = 'active' | 'revoked' | 'unregistered' | 'unreached';

/** Registers this device for the open store's user; 'unregistered' when the server has no register (yet). */
export async function register(): Promise<DeviceCheck> {
  try {
    const r = await api.post<Registered>('/api/devices', { label: deviceLabel() } satisfies RegisterBody);
    await vault.keepDeviceId(r.id);
    return 'active';
  } catch (e) {
    if (e instanceof ApiError && e.status === 0) return 'unreached';
    return 'unregistered';
  }
}

/**
 * At an opening with a connection: asks the server whether this device still stands (registering it if it never
 * was) and wipes the store when it was revoked.
 */
export async function check(userId: string): Promise<DeviceCheck> {
  const row = await vault.keyringRow(userId);
  if (!row) return 'unregistered';
  if (!row.deviceId) return vault.openUser() === userId ? register() : 'unregistered';
  try {
    const r = await api.get<Status>(`/api/devices/${encodeURIComponent(row.deviceId)}/status`);
    if (r.status !== 'revoked') return 'active';
  } catch (e) {
    if (e instanceof ApiError && e.status === 0) return 'unreached';
    // Unknown to the server (a register that does not exist yet, or lost): registered again when the kit is open.
    if (e instanceof ApiError && e.status === 404)
      return vault.openUser() === userId ? register() : 'unregistered';
    if (!(e instanceof ApiError && e.status === 403 && e.code === 'device_revoked')) return 'unregistered';
  }
  await vault.wipe();
  return 'revoked';
}
