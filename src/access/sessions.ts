import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import { randomToken, sha256Hex } from './crypto.ts';
import type { Actor } from './policy.ts';
import { permissionsOfRoles } from './roles.ts';
import { findUserById, type UserRecord } from './users-store.ts';

export type SessionStage = 'set_password' | 'enroll_totp' | 'totp' | 'active';

export interface SessionInfo {
  id: string;
  userId: string;
  stage: SessionStage;
  expiresAt: number;
  lastSeenAt: number;
  actor: Actor;
  user: UserRecord;
}

interface Options {
  idleMs: number;
  absoluteMs: number;
  /** How long a resolved session may be served from memory before the database is asked again. */
  cacheMs?: number;
  now?: () => number;
}

/** A sign-in that is part-way (password set-up, second factor) lasts this long at most. */
const PENDING_MS = 10 * 60_000;
/** Idle time is written back at most this often per session. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its SHA-256, so a stolen
 * copy of the table signs no one in. Resolved sessions are kept in memory for a moment to spare the database.
 */
export class SessionStore {
  readonly #cache = new Map<string, { info: SessionInfo; fetchedAt: number; touchedAt: number }>();
  /** Sessions ended here lately: a lookup that was under way when one ended must not bring it back into the cache. */
  readonly #ended = new Map<string, number>();
  readonly #now: () => number;
  readonly #cacheMs: number;
  private readonly db: Kysely<Database>;
  private readonly opts: Options;
  constructor(db: Kysely<Database>, opts: Options) {
    this.db = db;
    this.opts = opts;
    this.#now = opts.now ?? Date.now;
    this.#cacheMs = opts.cacheMs ?? 2000;
  }

  now(): number {
    return this.#now();
  }

  async create(q: Kysely<Database> | Transaction<Database>, userId: string, stage: SessionStage) {
    const token = randomToken();
    const now = this.#now();
    const ttl = stage === 'active' ? this.opts.absoluteMs : Math.min(PENDING_MS, this.opts.absoluteMs);
    await q
      .insertInto('sessions')
      .values({
        id: sha256Hex(token),
        user_id: userId,
        stage,
        last_seen_at: new Date(now),
        expires_at: new Date(now + ttl),
        revoked_at: null,
      })
      .execute();
    return { token, id: sha256Hex(token), expiresAt: now + ttl };
  }

  /** The live session for a cookie token, or null when unknown, revoked, idle too long or past its end. */
  async resolve(token: string | undefined, opts: { touch?: boolean } = {}): Promise<SessionInfo | null> {
    if (!token || token.length > 200) return null;
    const id = sha256Hex(token);
    const now = this.#now();
    if (this.#ended.has(id)) return null;
    const cached = this.#cache.get(id);
    let info: SessionInfo | null;
    if (cached && now - cached.fetchedAt < this.#cacheMs) info = cached.info;
    else info = await this.#load(id);
    if (!info || this.#ended.has(id)) {
      this.#cache.delete(id);
      return null;
    }
    if (now >= info.expiresAt || now - info.lastSeenAt >= this.idleLimit(info.stage)) {
      await this.revoke(id);
      return null;
    }
    // A status check (the browser app polling) must not count as use, or an open tab would never go idle.
    if (opts.touch === false) return info;
    info.lastSeenAt = now;
    const touchedAt = cached?.touchedAt ?? now;
    const fetchedAt = cached && cached.info === info ? cached.fetchedAt : now;
    if (now - touchedAt >= TOUCH_EVERY_MS) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(now) })
        .where('id', '=', id)
        .execute();
      this.#cache.set(id, { info, fetchedAt, touchedAt: now });
    } else {
      this.#cache.set(id, { info, fetchedAt, touchedAt });
    }
    return info;
  }

  idleLimit(stage: SessionStage): number {
    return stage === 'active' ? this.opts.idleMs : PENDING_MS;
  }

  async #load(id: string): Promise<SessionInfo | null> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'stage', 'expires_at', 'last_seen_at', 'revoked_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row || row.revoked_at) return null;
    const user = await findUserById(this.db, row.user_id);
    if (!user || user.disabled) return null;
    const prior = this.#cache.get(id);
    return {
      id: row.id,
      userId: row.user_id,
      stage: row.stage as SessionStage,
      expiresAt: row.expires_at.getTime(),
      // The in-memory time of last use is newer than the stored one, which is written only every minute.
      lastSeenAt: Math.max(row.last_seen_at.getTime(), prior?.info.lastSeenAt ?? 0),
      actor: {
        kind: 'user',
        userId: user.id,
        agencyId: user.agencyId,
        roles: user.roles,
        permissions: permissionsOfRoles(user.roles),
        label: `user:${user.id}`,
      },
      user,
    };
  }

  async revoke(id: string, q: Kysely<Database> | Transaction<Database> = this.db): Promise<void> {
    this.#markEnded(id);
    await q
      .updateTable('sessions')
      .set({ revoked_at: new Date(this.#now()) })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** Ends every session of a user: on sign-out everywhere, second-factor reset, disabling or role change. */
  async revokeAllForUser(
    userId: string,
    q: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<void> {
    this.forgetUser(userId);
    await q
      .updateTable('sessions')
      .set({ revoked_at: new Date(this.#now()) })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  #markEnded(id: string): void {
    this.#cache.delete(id);
    const now = this.#now();
    // Kept long enough for any lookup begun before the end to finish; the database says "revoked" after that.
    if (this.#ended.size > 10_000)
      for (const [k, at] of this.#ended) if (now - at > 60_000 + this.#cacheMs) this.#ended.delete(k);
    this.#ended.set(id, now);
  }

  /** Drops cached sessions of a user so their next request reads roles and status afresh. */
  forgetUser(userId: string): void {
    for (const [id, entry] of this.#cache) if (entry.info.userId === userId) this.#cache.delete(id);
  }
}
