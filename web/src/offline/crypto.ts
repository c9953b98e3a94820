/**
 * The field kit's sealing, with the browser's WebCrypto only (the same API as Node's `globalThis.crypto.subtle`,
 * which the unit tests use). A random 256-bit data key seals every record with AES-GCM, a fresh 96-bit IV each
 * time and the record's place (store and key) as additional data, so a record copied under another key does not
 * open. The data key is kept only wrapped, with AES-GCM, by a key derived from the user's secret with
 * PBKDF2-SHA-256; unwrapped, it is a non-extractable CryptoKey that lives in memory only.
 */

/** PBKDF2 rounds for a new store: OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const ITERATIONS = 600_000;
/** Fewer rounds are refused when a store is opened: a tampered keyring must not weaken the derivation. */
export const MIN_ITERATIONS = 600_000;

const VERIFIER_TEXT = 'lantern-field-kit';
const VERIFIER_PLACE = 'keyring/verifier';

/** A value sealed with AES-GCM: the IV and the ciphertext with its tag, nothing else. */
export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

/** What is kept in the clear for one user's store: enough to unwrap the data key with the right secret. */
export interface Keyring {
  salt: Uint8Array;
  iterations: number;
  wrapIv: Uint8Array;
  wrappedKey: Uint8Array;
  /** A known text sealed with the data key: proves the unwrapped key is the one the records were sealed with. */
  verifier: Sealed;
}

/** The secret typed does not open this store. */
export class WrongSecret extends Error {
  constructor() {
    super('The secret does not open this store.');
    this.name = 'WrongSecret';
  }
}

/** A record that does not open with the data key: tampered with, or moved from another place. */
export class Unreadable extends Error {
  constructor(place: string) {
    super(`The record at ${place} does not open: it was changed or moved.`);
    this.name = 'Unreadable';
  }
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const bytes = (s: string) => new TextEncoder().encode(s);
const view = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

async function wrappingKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', bytes(secret.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: view(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Seals `value` (as JSON) under `key`, bound to `place`: the store and key it is written under. */
export async function seal(key: CryptoKey, place: string, value: unknown): Promise<Sealed> {
  const iv = random(12);
  const plain = bytes(JSON.stringify(value));
  const data = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: bytes(place) }, key, plain);
  return { iv, data: new Uint8Array(data) };
}

/** Opens a sealed record read at `place`; throws Unreadable when it was tampered with or sealed for another place. */
export async function open<T>(key: CryptoKey, place: string, sealed: Sealed): Promise<T> {
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: view(sealed.iv), additionalData: bytes(place) },
      key,
      view(sealed.data),
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new Unreadable(place);
  }
}

/** A new data key for a user on this device, wrapped by `secret`; the key in hand cannot be exported. */
export async function createKeyring(secret: string, iterations = ITERATIONS) {
  const salt = random(16);
  const fresh = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const kek = await wrappingKey(secret, salt, iterations);
  const wrapIv = random(12);
  const wrapped = await subtle().wrapKey('raw', fresh, kek, {
    name: 'AES-GCM',
    iv: wrapIv,
    additionalData: bytes('keyring'),
  });
  const keyring: Omit<Keyring, 'verifier'> = {
    salt,
    iterations,
    wrapIv,
    wrappedKey: new Uint8Array(wrapped),
  };
  // The extractable key is dropped here: what stays in memory is the same key, unwrapped as non-extractable.
  const key = await unwrap(keyring, kek);
  const verifier = await seal(key, VERIFIER_PLACE, VERIFIER_TEXT);
  return { keyring: { ...keyring, verifier } satisfies Keyring, key };
}

async function unwrap(keyring: Omit<Keyring, 'verifier'>, kek: CryptoKey): Promise<CryptoKey> {
  return subtle().unwrapKey(
    'raw',
    view(keyring.wrappedKey),
    kek,
    { name: 'AES-GCM', iv: view(keyring.wrapIv), additionalData: bytes('keyring') },
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The data key of a store, unwrapped with `secret`; WrongSecret when the secret is not the store's. */
export async function unlockKeyring(keyring: Keyring, secret: string): Promise<CryptoKey> {
  if (!Number.isInteger(keyring.iterations) || keyring.iterations < MIN_ITERATIONS) throw new WrongSecret();
  let key: CryptoKey;
  try {
    key = await unwrap(keyring, await wrappingKey(secret, keyring.salt, keyring.iterations));
  } catch {
    throw new WrongSecret();
  }
  const check = await open<string>(key, VERIFIER_PLACE, keyring.verifier).catch(() => null);
  if (check !== VERIFIER_TEXT) throw new WrongSecret();
  return key;
}
