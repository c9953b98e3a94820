import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalCode, groupCode, newReceiptCode, receiptHash, receiptHashes } from './public-receipt.ts';

const key = () => ({ id: randomBytes(8).toString('hex'), key: randomBytes(32) });

describe('receipt codes', () => {
  it('are 20 Crockford characters (100 bits) in five groups, each new one different', () => {
    const codes = new Set(Array.from({ length: 2000 }, newReceiptCode));
    expect(codes.size).toBe(2000);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    // Every character of the alphabet turns up: the bits are spread over all 32.
    expect(new Set([...codes].join('').replaceAll('-', '')).size).toBe(32);
  });

  it('are read whatever the case, dashes or spaces, with O as 0 and I or L as 1', () => {
    expect(canonicalCode('7kq4-m2xd 9ptr–wc3h_5n0a')).toBe('7KQ4M2XD9PTRWC3H5N0A');
    expect(canonicalCode('oooo-iiii-llll-0000-1111')).toBe('00001111111100001111');
    expect(canonicalCode('7KQ4-M2XD-9PTR-WC3H')).toBeNull();
    expect(canonicalCode('7KQ4-M2XD-9PTR-WC3H-5N0AU')).toBeNull();
    expect(canonicalCode('UUUU-M2XD-9PTR-WC3H-5N0A')).toBeNull();
    expect(canonicalCode('')).toBeNull();
    expect(groupCode('7KQ4M2XD9PTRWC3H5N0A')).toBe('7KQ4-M2XD-9PTR-WC3H-5N0A');
  });

  it('are stored as a keyed hash that only the key reproduces, found again after a key rotation', () => {
    const oldKey = key();
    const newKey = key();
    const code = newReceiptCode();
    const stored = receiptHash([oldKey], canonicalCode(code) as string);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(receiptHashes([oldKey], code.toLowerCase())).toEqual([stored]);
    expect(receiptHashes([newKey, oldKey], code)).toContain(stored);
    expect(receiptHashes([newKey], code)).not.toContain(stored);
    expect(receiptHashes([oldKey], 'not a code')).toEqual([]);
  });
});
