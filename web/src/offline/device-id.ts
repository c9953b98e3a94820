/**
 * This device's id in the agency's register while its user's field kit is open, for the `x-lantern-device` header
 * every API request carries (api.ts). Memory only: it is set again from the store's clear keyring on each unlock.
 */
let id: string | null = null;

export const deviceId = (): string | null => id;

export function setDeviceId(next: string | null): void {
  id = next;
}
