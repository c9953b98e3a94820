import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, GENESIS_HASH } from './audit.ts';

describe('canonical encoding', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('changes the hash when any field changes', () => {
    const row = {
      seq: '1',
      at: new Date('2026-01-01T00:00:00.000Z'),
      actor_id: null,
      actor_kind: 'system',
      agency_id: null,
      action: 'user.create',
      resource_type: 'user',
      resource_id: 'x',
      outcome: 'success',
      request_id: null,
      detail: { a: 1 },
    };
    const h = entryHash(GENESIS_HASH, row);
    expect(entryHash(GENESIS_HASH, { ...row, outcome: 'denied' })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...row, detail: { a: 2 } })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...row, seq: '2' })).not.toBe(h);
    expect(entryHash('1'.repeat(64), row)).not.toBe(h);
  });
});
