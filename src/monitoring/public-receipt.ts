import { hkdfSync, randomBytes } from 'node:crypto';
import { keyedHash } from '../access/crypto.ts';
import type { Keyring, SecretKey } from '../access/sealing.ts';

// The receipt code of the public page: the only thing that ties a reporter to their report. It is shown once and
// never stored; the report keeps its keyed hash (HMAC under a key derived from the secret key), so the database
// alone, copied or read, opens no thread.

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 characters of 5 bits: 100 random bits, shown as five groups of four. */
export const RECEIPT_LENGTH = 20;
const GROUP = 4;
const LABEL = 'lantern public receipt v1';

/** A new random code, grouped for reading: `7KQ4-M2XD-9PTR-WC3H-5N0A`. */
export function newReceiptCode(): string {
  const bytes = randomBytes(RECEIPT_LENGTH);
  let code = '';
  // 256 is a multiple of 32, so each byte's low five bits are uniform.
  for (const b of bytes) code += ALPHABET[b & 31];
  return groupCode(code);
}

/** A code's characters in groups of four joined by dashes. */
export function groupCode(code: string): string {
  return (code.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');
}

/**
 * The code as typed, in its one canonical form, or null when it cannot be a code: case ignored, dashes and spaces
 * ignored, and the letters people confuse with digits read as Crockford reads them (O as 0, I and L as 1).
 */
export function canonicalCode(typed: string): string | null {
  const s = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/gu, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (s.length !== RECEIPT_LENGTH) return null;
  for (const c of s) if (!ALPHABET.includes(c)) return null;
  return s;
}

const receiptKeys = new WeakMap<SecretKey, Buffer>();
function receiptKeyOf(k: SecretKey): Buffer {
  let key = receiptKeys.get(k);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', k.key, Buffer.alloc(0), LABEL, 32));
    receiptKeys.set(k, key);
  }
  return key;
}

/** The hash stored with a report: HMAC-SHA256 of the canonical code under the current key's receipt key. */
export function receiptHash(ring: Keyring, canonical: string): string {
  const k = ring[0];
  if (!k) throw new Error('no secret key is configured');
  return keyedHash(receiptKeyOf(k), canonical);
}

/** The hashes a typed code may be stored under, one per configured key (before and after a key rotation). */
export function receiptHashes(ring: Keyring, typed: string): string[] {
  const canonical = canonicalCode(typed);
  if (canonical === null) return [];
  return ring.map((k) => keyedHash(receiptKeyOf(k), canonical));
}
