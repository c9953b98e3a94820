import { hkdfSync } from 'node:crypto';
import { decrypt, encrypt, keyedHash } from './crypto.ts';

/** One secret key and its public name (keyId). */
export interface SecretKey {
  id: string;
  key: Buffer;
}

/** The configured keys, newest first (Config.secretKeys): the first seals; every one opens. */
export type Keyring = readonly SecretKey[];

// `s1.<key id>.<AES-256-GCM value of crypto.ts>`: a sealed value names the key that sealed it.
const SEALED = /^s1\.([0-9a-f]{16})\.(v1\..*)$/s;

function current(ring: Keyring): SecretKey {
  const k = ring[0];
  if (!k) throw new Error('no secret key is configured');
  return k;
}

/** Encrypts `plaintext` under the current key, bound to `context` (e.g. `screening:<id>:pseudonym`). */
export function seal(ring: Keyring, plaintext: string, context: string): string {
  const k = current(ring);
  return `s1.${k.id}.${encrypt(k.key, plaintext, context)}`;
}

/** The id of the key that sealed a value; null for values sealed before keys were named (plain `v1.`). */
export const sealedWith = (sealed: string): string | null => SEALED.exec(sealed)?.[1] ?? null;

/** Opens a sealed value with the key it names; a value sealed before keys were named is tried with each key. */
export function unseal(ring: Keyring, sealed: string, context: string): string {
  const m = SEALED.exec(sealed);
  if (m) {
    const k = ring.find((r) => r.id === m[1]);
    if (!k) throw new Error(`a value is sealed with key ${m[1]}, which is not configured`);
    return decrypt(k.key, m[2] as string, context);
  }
  for (const k of ring) {
    try {
      return decrypt(k.key, sealed, context);
    } catch {
      // Not this key: try the next.
    }
  }
  throw new Error('a sealed value opens with none of the configured keys');
}

/** The value sealed under the current key: unchanged when it is already. */
export function reseal(ring: Keyring, sealed: string, context: string): string {
  if (sealedWith(sealed) === current(ring).id) return sealed;
  return seal(ring, unseal(ring, sealed, context), context);
}

/** Seals a value that may be empty: an empty string stays empty (it says nothing). */
export const sealText = (ring: Keyring, plaintext: string, context: string): string =>
  plaintext === '' ? '' : seal(ring, plaintext, context);
export const unsealText = (ring: Keyring, sealed: string, context: string): string =>
  sealed === '' ? '' : unseal(ring, sealed, context);
export const resealText = (ring: Keyring, sealed: string, context: string): string =>
  sealed === '' ? '' : reseal(ring, sealed, context);

const searchKeys = new WeakMap<SecretKey, Buffer>();

/** The key for keyed hashes of searchable words, derived from a secret key (never the key itself). */
function searchKeyOf(k: SecretKey): Buffer {
  let s = searchKeys.get(k);
  if (!s) {
    s = Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), 'lantern search terms v1', 32));
    searchKeys.set(k, s);
  }
  return s;
}

/** A word's keyed hash under the current key (what is stored), 128 bits in hex. */
export const termHash = (ring: Keyring, word: string): string =>
  keyedHash(searchKeyOf(current(ring)), word).slice(0, 32);

/** A word's keyed hashes under every configured key (what a search looks for, before and after a rotation). */
export const termHashes = (ring: Keyring, word: string): string[] =>
  ring.map((k) => keyedHash(searchKeyOf(k), word).slice(0, 32));

/**
 * Puts a new key first in a running process's keyring, in place: every part that holds the ring (the routes,
 * sign-in, the audit chain) seals under it from the next value on; the keys after it still open what they sealed.
 */
export function putKeyFirst(ring: Keyring, key: SecretKey): void {
  if (Object.isFrozen(ring)) throw new Error('this keyring is fixed: it cannot take a new key');
  if (ring[0]?.id === key.id) return;
  (ring as SecretKey[]).unshift(key);
}
