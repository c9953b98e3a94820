import { hkdfSync } from 'node:crypto';
import type { Kysely } from 'kysely';
import { keyId } from './crypto.ts';

/** One of the app's secret keys, named by `keyId(key)`. */
export interface SecretKey {
  id: string;
  key: Buffer;
}

/** Labels of the keys derived from a secret key: one purpose each, so no MAC made for one verifies as another. */
export const AUDIT_CHAIN_LABEL = 'lantern audit chain v1';
export const CHECKPOINT_LABEL = 'lantern audit checkpoint v1';
export const RECORD_SEAL_LABEL = 'lantern record seal v1';

export const deriveKey = (secret: Buffer, label: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), label, 32));

/**
 * The secret keys a configuration holds, newest first: `secretKeys` once key rotation keeps retired keys, else the
 * one `secretKey`.
 */
export function secretKeysOf(config: {
  secretKey: Buffer;
  secretKeys?: readonly SecretKey[] | undefined;
}): readonly SecretKey[] {
  if (config.secretKeys?.length) return config.secretKeys;
  return [{ id: keyId(config.secretKey), key: config.secretKey }];
}

interface AuditContext {
  keys: () => readonly SecretKey[];
  /** Client address of each request under way, by request id. */
  addresses: Map<string, string>;
}

const contexts = new WeakMap<object, AuditContext>();

/**
 * A Kysely instance, every transaction begun on it and every `withPlugin` copy share one dialect adapter object:
 * it names "this database connection" for code that is handed only a transaction (appendAudit). Many apps in one
 * process (tests) each have their own instance, hence their own keys; nothing is process-global.
 */
// biome-ignore lint/suspicious/noExplicitAny: any schema
const anchorOf = (db: Kysely<any>): object => db.getExecutor().adapter;

/**
 * Gives this database connection the keys its audit chain is sealed and verified with (newest first). Called when
 * the app is built and when a command opens the database; a function, so rotated keys are seen without calling
 * again.
 */
export function registerAuditKeys(
  // biome-ignore lint/suspicious/noExplicitAny: any schema
  db: Kysely<any>,
  keys: readonly SecretKey[] | (() => readonly SecretKey[]),
): void {
  const provider = typeof keys === 'function' ? keys : () => keys;
  const anchor = anchorOf(db);
  const existing = contexts.get(anchor);
  if (existing) existing.keys = provider;
  else contexts.set(anchor, { keys: provider, addresses: new Map() });
}

// biome-ignore lint/suspicious/noExplicitAny: any schema
function contextOf(db: Kysely<any>): AuditContext {
  const ctx = contexts.get(anchorOf(db));
  if (!ctx)
    throw new Error(
      'the audit log has no key for this database connection: registerAuditKeys was not called when it was opened',
    );
  return ctx;
}

/** The keys of this connection, newest first; the first seals new entries. */
// biome-ignore lint/suspicious/noExplicitAny: any schema
export function auditKeys(db: Kysely<any>): readonly SecretKey[] {
  const keys = contextOf(db).keys();
  if (keys.length === 0) throw new Error('the audit log has no key: no secret key is configured');
  return keys;
}

/** A lookup of secret keys by id that derives each purpose key once. */
export function keyLookup(keys: readonly SecretKey[], label: string): (id: string) => Buffer | undefined {
  const derived = new Map<string, Buffer>();
  return (id) => {
    const hit = derived.get(id);
    if (hit) return hit;
    const secret = keys.find((k) => k.id === id);
    if (!secret) return undefined;
    const key = deriveKey(secret.key, label);
    derived.set(id, key);
    return key;
  };
}

/** Remembers a request's client address while it runs, so its audit entries record where it came from. */
// biome-ignore lint/suspicious/noExplicitAny: any schema
export function noteClientAddress(db: Kysely<any>, requestId: string, ip: string): void {
  contextOf(db).addresses.set(requestId, ip);
}

// biome-ignore lint/suspicious/noExplicitAny: any schema
export function forgetClientAddress(db: Kysely<any>, requestId: string): void {
  contexts.get(anchorOf(db))?.addresses.delete(requestId);
}

/** The address of the request `requestId` if it is still under way on this connection's server. */
export function clientAddress(
  // biome-ignore lint/suspicious/noExplicitAny: any schema
  db: Kysely<any>,
  requestId: string | null | undefined,
): string | null {
  if (!requestId) return null;
  return contexts.get(anchorOf(db))?.addresses.get(requestId) ?? null;
}
