/**
 * The signed-in user's field kit store on this device: records sealed with their data key (crypto.ts) in
 * IndexedDB (db.ts). The data key is held here, in memory, only while the store is unlocked; locking drops it and
 * wiping deletes the database. Records are named by ids only: `me`, `ops`, `op/<operation id>`,
 * `log/<operation id>`, `outbox/<operation id>`.
 */
import { createKeyring, open, seal, unlockKeyring, WrongSecret } from './crypto.ts';
import * as db from './db.ts';
import { setDeviceId } from './device-id.ts';

export type SecretKind = db.KeyringRow['secretKind'];
export type KitState = 'none' | 'locked' | 'unlocked';

interface Unlocked {
  userId: string;
  key: CryptoKey;
}

let current: Unlocked | null = null;
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version += 1;
  for (const l of listeners) l();
};

/** For useSyncExternalStore: a number that changes whenever the store is unlocked, locked or wiped. */
export const snapshot = (): number => version;
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user whose store is open, or null. */
export const openUser = (): string | null => current?.userId ?? null;

export async function stateFor(userId: string): Promise<KitState> {
  if (current?.userId === userId) return 'unlocked';
  if (!(await db.exists())) return 'none';
  return (await db.keyringOf(userId)) ? 'locked' : 'none';
}

/** Whether any user has a store on this device (the offline opening asks for a secret only then). */
export const anyStore = async (): Promise<boolean> => (await db.exists()) && (await db.keyrings()).length > 0;

function opened(userId: string, key: CryptoKey, deviceId: string | null) {
  current = { userId, key };
  setDeviceId(deviceId);
  changed();
}

/** Makes the store of `userId` on this device, sealed by `secret`, and opens it. */
export async function setUp(userId: string, secret: string, secretKind: SecretKind): Promise<void> {
  const { keyring, key } = await createKeyring(secret);
  await db.putKeyring({ userId, keyring, secretKind, deviceId: null, createdAt: new Date().toISOString() });
  opened(userId, key, null);
}

/**
 * Opens the store of `userId` with `secret`, or, with no user (the app opened offline, not knowing who), the store
 * on this device that the secret opens. Returns whose store opened; throws WrongSecret when none does.
 */
export async function unlock(userId: string | null, secret: string): Promise<string> {
  const rows = userId ? [await db.keyringOf(userId)] : await db.keyrings();
  for (const row of rows) {
    if (!row) continue;
    try {
      const key = await unlockKeyring(row.keyring, secret);
      opened(row.userId, key, row.deviceId);
      return row.userId;
    } catch (e) {
      if (!(e instanceof WrongSecret)) throw e;
    }
  }
  throw new WrongSecret();
}

/** Drops the data key from memory; the records stay sealed on the device. */
export function lock(): void {
  if (!current) return;
  current = null;
  setDeviceId(null);
  changed();
}

/** Deletes every store on this device and drops the key: after a sign-out, or when the device is revoked. */
export async function wipe(): Promise<void> {
  current = null;
  setDeviceId(null);
  pending = Promise.resolve();
  removeLegacyQueues();
  try {
    await db.deleteDatabase();
  } finally {
    changed();
  }
}

/** The keys of the queue that kept entries in the browser's plain storage before the field kit was sealed. */
export const LEGACY_PREFIX = 'lantern.field-queue.';

export function legacyQueueKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(LEGACY_PREFIX)) keys.push(k);
  }
  return keys;
}

function removeLegacyQueues(): void {
  if (typeof localStorage === 'undefined') return;
  for (const k of legacyQueueKeys()) localStorage.removeItem(k);
}

function need(): Unlocked {
  if (!current) throw new Error('The field kit is locked.');
  return current;
}

const recordKey = (userId: string, name: string) => `${userId}/${name}`;
const place = (key: string) => `${db.RECORDS}/${key}`;

export async function read<T>(name: string): Promise<T | undefined> {
  const { userId, key } = need();
  const k = recordKey(userId, name);
  const sealed = await db.getSealed(k);
  return sealed ? open<T>(key, place(k), sealed) : undefined;
}

export async function write(name: string, value: unknown): Promise<void> {
  const { userId, key } = need();
  const k = recordKey(userId, name);
  await db.putSealed(k, await seal(key, place(k), value));
}

export async function remove(name: string): Promise<void> {
  const { userId } = need();
  await db.deleteSealed(recordKey(userId, name));
}

/** The names of the open user's records under `prefix`. */
export async function names(prefix: string): Promise<string[]> {
  const { userId } = need();
  const base = recordKey(userId, '');
  return (await db.sealedKeys(base + prefix)).map((k) => k.slice(base.length));
}

let pending: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes one record, one change at a time (two quick entries must not overwrite each other). */
export function change<T>(name: string, fallback: T, fn: (value: T) => T): Promise<T> {
  const run = pending.then(async () => {
    const next = fn((await read<T>(name)) ?? fallback);
    // An empty list is no record at all: an outbox sent to the end leaves nothing behind.
    if (Array.isArray(next) && next.length === 0) await remove(name);
    else await write(name, next);
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}

/** This device's id in the agency's register, kept in the clear beside the open user's keyring. */
export async function keepDeviceId(deviceId: string | null): Promise<void> {
  const { userId } = need();
  const row = await db.keyringOf(userId);
  if (!row) return;
  await db.putKeyring({ ...row, deviceId });
  setDeviceId(deviceId);
}

export async function keyringRow(userId: string): Promise<db.KeyringRow | undefined> {
  return (await db.exists()) ? db.keyringOf(userId) : undefined;
}

/** Whether any store on this device holds an outbox not yet sent (its record's key says so; it stays sealed). */
export async function anythingWaiting(): Promise<boolean> {
  if (!(await db.exists())) return false;
  for (const row of await db.keyrings()) {
    if ((await db.sealedKeys(recordKey(row.userId, 'outbox/'))).length > 0) return true;
  }
  return false;
}
