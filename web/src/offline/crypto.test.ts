import { beforeAll, describe, expect, it } from 'vitest';
import {
  createKeyring,
  ITERATIONS,
  type Keyring,
  open,
  type Sealed,
  seal,
  Unreadable,
  unlockKeyring,
  WrongSecret,
} from './crypto.ts';

/** Node's WebCrypto (`globalThis.crypto.subtle`) is the browser's API: the field kit's sealing runs here as there. */
const SECRET = 'correct horse battery staple';
const RECORD = {
  kind: 'arrest',
  person: 'Somchai Rattanakorn',
  place: 'Office behind the drying yard',
  sealNumber: 'SEAL-000451',
};

let keyring: Keyring;
let key: CryptoKey;
beforeAll(async () => {
  ({ keyring, key } = await createKeyring(SECRET));
});

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
/** Everything a store keeps, as the bytes and text an attacker holding the device could read. */
const stored = (...parts: (Keyring | Sealed)[]) =>
  JSON.stringify(parts, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));

describe('the field kit keyring', () => {
  it('derives with PBKDF2 at 600,000 rounds or more, from a random salt, and the key in hand cannot be exported', async () => {
    expect(keyring.iterations).toBeGreaterThanOrEqual(600_000);
    expect(ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(keyring.salt).toHaveLength(16);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const other = await createKeyring(SECRET);
    expect(hex(other.keyring.salt)).not.toBe(hex(keyring.salt));
    expect(hex(other.keyring.wrappedKey)).not.toBe(hex(keyring.wrappedKey));
  });

  it('opens with the right secret, and tells a wrong one apart', async () => {
    const again = await unlockKeyring(keyring, SECRET);
    const sealed = await seal(key, 'records/u/log/1', RECORD);
    await expect(open(again, 'records/u/log/1', sealed)).resolves.toEqual(RECORD);
    await expect(unlockKeyring(keyring, 'correct horse battery stapler')).rejects.toBeInstanceOf(WrongSecret);
    await expect(unlockKeyring(keyring, '')).rejects.toBeInstanceOf(WrongSecret);
  });

  it('refuses a keyring whose rounds were lowered or whose wrapped key was changed', async () => {
    await expect(unlockKeyring({ ...keyring, iterations: 1000 }, SECRET)).rejects.toBeInstanceOf(WrongSecret);
    const wrappedKey = keyring.wrappedKey.slice();
    wrappedKey[3] = (wrappedKey[3] ?? 0) ^ 1;
    await expect(unlockKeyring({ ...keyring, wrappedKey }, SECRET)).rejects.toBeInstanceOf(WrongSecret);
  });
});

describe('a sealed record', () => {
  it('is sealed afresh each time: a new 96-bit IV, a different ciphertext', async () => {
    const a = await seal(key, 'records/u/op/1', RECORD);
    const b = await seal(key, 'records/u/op/1', RECORD);
    expect(a.iv).toHaveLength(12);
    expect(hex(a.iv)).not.toBe(hex(b.iv));
    expect(hex(a.data)).not.toBe(hex(b.data));
  });

  it('refuses a tampered ciphertext or IV', async () => {
    const sealed = await seal(key, 'records/u/outbox/1', RECORD);
    const data = sealed.data.slice();
    data[0] = (data[0] ?? 0) ^ 0x80;
    await expect(open(key, 'records/u/outbox/1', { ...sealed, data })).rejects.toBeInstanceOf(Unreadable);
    const iv = sealed.iv.slice();
    iv[11] = (iv[11] ?? 0) ^ 1;
    await expect(open(key, 'records/u/outbox/1', { ...sealed, iv })).rejects.toBeInstanceOf(Unreadable);
  });

  it('is bound to its place: moved under another key, or another user, it does not open', async () => {
    const sealed = await seal(key, 'records/u1/outbox/op-a', RECORD);
    await expect(open(key, 'records/u1/outbox/op-b', sealed)).rejects.toBeInstanceOf(Unreadable);
    await expect(open(key, 'records/u2/outbox/op-a', sealed)).rejects.toBeInstanceOf(Unreadable);
    await expect(open(key, 'records/u1/outbox/op-a', sealed)).resolves.toEqual(RECORD);
  });

  it('does not open with another store’s key', async () => {
    const other = await createKeyring('another passphrase entirely');
    const sealed = await seal(key, 'records/u/me', RECORD);
    await expect(open(other.key, 'records/u/me', sealed)).rejects.toBeInstanceOf(Unreadable);
  });

  it('leaves nothing readable of what it holds, nor of the secret, in what is stored', async () => {
    const sealed = await seal(key, 'records/u/log/1', RECORD);
    const text = stored(keyring, sealed);
    for (const value of [...Object.values(RECORD), SECRET, 'Somchai', 'SEAL-000451'])
      expect(text).not.toContain(value);
    expect(Object.keys(sealed).sort()).toEqual(['data', 'iv']);
    expect(Object.keys(keyring).sort()).toEqual(['iterations', 'salt', 'verifier', 'wrapIv', 'wrappedKey']);
  });
});
