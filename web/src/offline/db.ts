/**
 * The field kit's IndexedDB database, through the browser's own API. Two object stores: `keyrings`, in the clear,
 * one per user of this device (salt, iteration count, wrapped key, verifier, the device's id), and `records`, which
 * holds only AES-GCM ciphertexts under keys made of ids (the user's, an operation's), never of what they hold.
 */
import type { Keyring, Sealed } from './crypto.ts';

export const DB_NAME = 'lantern-field-kit';
const VERSION = 1;
export const KEYRINGS = 'keyrings';
export const RECORDS = 'records';

/** What a user's store keeps in the clear on this device. */
export interface KeyringRow {
  userId: string;
  keyring: Keyring;
  /** Which secret seals it: the sign-in password is tried silently after a password sign-in. */
  secretKind: 'password' | 'passphrase';
  /** This device in the agency's register, once the server has taken it (POST /api/devices). */
  deviceId: string | null;
  createdAt: string;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

let opening: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, VERSION);
    r.onupgradeneeded = () => {
      r.result.createObjectStore(KEYRINGS, { keyPath: 'userId' });
      r.result.createObjectStore(RECORDS);
    };
    r.onsuccess = () => {
      // Another tab deleting the database (a sign-out) must not wait on this one.
      r.result.onversionchange = () => {
        r.result.close();
        opening = null;
      };
      resolve(r.result);
    };
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('The field kit store is held open by another tab.'));
  }).catch((e: unknown) => {
    opening = null;
    throw e;
  });
  return opening;
}

async function store(name: string, mode: IDBTransactionMode): Promise<IDBObjectStore> {
  return (await database()).transaction(name, mode).objectStore(name);
}

/** Whether this browser holds a field kit database at all (without creating one). */
export async function exists(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  if (typeof indexedDB.databases === 'function') {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  }
  return (await keyrings()).length > 0;
}

export async function keyrings(): Promise<KeyringRow[]> {
  return request((await store(KEYRINGS, 'readonly')).getAll() as IDBRequest<KeyringRow[]>);
}

export async function keyringOf(userId: string): Promise<KeyringRow | undefined> {
  return request((await store(KEYRINGS, 'readonly')).get(userId) as IDBRequest<KeyringRow | undefined>);
}

export async function putKeyring(row: KeyringRow): Promise<void> {
  await request((await store(KEYRINGS, 'readwrite')).put(row));
}

export async function getSealed(key: string): Promise<Sealed | undefined> {
  return request((await store(RECORDS, 'readonly')).get(key) as IDBRequest<Sealed | undefined>);
}

export async function putSealed(key: string, sealed: Sealed): Promise<void> {
  await request((await store(RECORDS, 'readwrite')).put(sealed, key));
}

export async function deleteSealed(key: string): Promise<void> {
  await request((await store(RECORDS, 'readwrite')).delete(key));
}

/** The keys of the records under `prefix` (ids only: nothing they hold). */
export async function sealedKeys(prefix: string): Promise<string[]> {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const keys = await request((await store(RECORDS, 'readonly')).getAllKeys(range));
  return keys.filter((k): k is string => typeof k === 'string');
}

/** Deletes the whole database: every user's keyring and records on this device. */
export async function deleteDatabase(): Promise<void> {
  const open = opening;
  opening = null;
  if (open) (await open.catch(() => null))?.close();
  if (typeof indexedDB === 'undefined') return;
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
    // Blocked by another tab's open connection: its versionchange handler closes it, then this completes.
    r.onblocked = () => undefined;
  });
}
