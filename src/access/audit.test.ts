import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, legacyEntryHash, sealedEntryHash } from './audit.ts';

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
    const h = legacyEntryHash(GENESIS_HASH, row);
    expect(legacyEntryHash(GENESIS_HASH, { ...row, outcome: 'denied' })).not.toBe(h);
    expect(legacyEntryHash(GENESIS_HASH, { ...row, detail: { a: 2 } })).not.toBe(h);
    expect(legacyEntryHash(GENESIS_HASH, { ...row, seq: '2' })).not.toBe(h);
    expect(legacyEntryHash('1'.repeat(64), row)).not.toBe(h);
  });

  it('seals with the key: another key, address or key id gives another hash', () => {
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
      request_id: 'r1',
      detail: { a: 1 },
      ip: '192.0.2.1',
      key_id: 'k1',
    };
    const key = Buffer.alloc(32, 1);
    const h = sealedEntryHash(key, GENESIS_HASH, row);
    expect(sealedEntryHash(Buffer.alloc(32, 2), GENESIS_HASH, row)).not.toBe(h);
    expect(sealedEntryHash(key, GENESIS_HASH, { ...row, ip: '192.0.2.2' })).not.toBe(h);
    expect(sealedEntryHash(key, GENESIS_HASH, { ...row, key_id: 'k2' })).not.toBe(h);
    expect(sealedEntryHash(key, GENESIS_HASH, { ...row, detail: { a: 2 } })).not.toBe(h);
    // Not the unkeyed hash anyone could recompute.
    expect(h).not.toBe(legacyEntryHash(GENESIS_HASH, row));
  });
});
