import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  newTotpSecret,
  otpauthUri,
  stepAt,
  totpCode,
  verifyTotp,
} from './totp.ts';

// RFC 6238 appendix B, SHA-1, last six digits of each eight-digit value.
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));
const VECTORS: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('TOTP', () => {
  it.each(VECTORS)('matches RFC 6238 at t=%i', (t, code) => {
    expect(totpCode(RFC_SECRET, stepAt(t * 1000))).toBe(code);
  });

  it('round-trips base32', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(s))).toBe(s);
  });

  it('accepts one step of drift either side and nothing further', () => {
    const now = 1_700_000_000_000;
    const s = newTotpSecret();
    const step = stepAt(now);
    expect(verifyTotp(s, totpCode(s, step - 1), now, null)).toBe(step - 1);
    expect(verifyTotp(s, totpCode(s, step + 1), now, null)).toBe(step + 1);
    expect(verifyTotp(s, totpCode(s, step + 2), now, null)).toBeNull();
    expect(verifyTotp(s, totpCode(s, step - 2), now, null)).toBeNull();
  });

  it('refuses a code whose step was already used (replay)', () => {
    const now = 1_700_000_000_000;
    const s = newTotpSecret();
    const step = stepAt(now);
    const code = totpCode(s, step);
    expect(verifyTotp(s, code, now, null)).toBe(step);
    expect(verifyTotp(s, code, now, step)).toBeNull();
    expect(verifyTotp(s, totpCode(s, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses malformed codes', () => {
    const s = newTotpSecret();
    for (const bad of ['', '12345', '1234567', 'abcdef', '12 456'])
      expect(verifyTotp(s, bad, Date.now(), null)).toBeNull();
  });

  it('builds an otpauth URI an authenticator app reads', () => {
    expect(otpauthUri('ABC', 'admin')).toBe(
      'otpauth://totp/Lantern%3Aadmin?secret=ABC&issuer=Lantern&algorithm=SHA1&digits=6&period=30',
    );
  });
});
