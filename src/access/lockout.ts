import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/types.ts';
import type { Config } from '../platform/config.ts';
import { appendAudit } from './audit.ts';

export type LockScope = 'address' | 'account';

/** The first pause of a whole account; each further one doubles, up to the lockout period. */
const ACCOUNT_PAUSE_MS = 60_000;
/** Counts of pairs that have been quiet this long are forgotten. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/**
 * Failed sign-ins (passwords and second-factor codes), counted two ways so that a stranger who knows a user name
 * cannot lock its owner out:
 * - per account and client address: at LANTERN_LOGIN_MAX_FAILURES that address is kept out of that account for
 *   LANTERN_LOCKOUT_MINUTES; the owner, from anywhere else, still signs in;
 * - per account, from every address together: only at LANTERN_LOGIN_ACCOUNT_FAILURES (many more: a guessing
 *   campaign from many addresses) the account pauses, for one minute, then two, four... at most the lockout
 *   period. A successful sign-in resets this count.
 * Guessing from one address is slowed further by the address throttle of the sign-in route.
 */
export class Lockout {
  private readonly db: Kysely<Database>;
  private readonly config: Config;
  private readonly now: () => number;
  constructor(db: Kysely<Database>, config: Config, now: () => number) {
    this.db = db;
    this.config = config;
    this.now = now;
  }

  /** The lock that keeps this address out of this account now, if any. */
  async lockedFor(
    user: { id: string; locked_until: Date | null },
    address: string,
  ): Promise<LockScope | null> {
    const now = this.now();
    if (user.locked_until && user.locked_until.getTime() > now) return 'account';
    const pair = await this.db
      .selectFrom('login_lockouts')
      .select('locked_until')
      .where('user_id', '=', user.id)
      .where('address', '=', address)
      .executeTakeFirst();
    return pair?.locked_until && pair.locked_until.getTime() > now ? 'address' : null;
  }

  /** Counts one failure of this account from this address, and locks the pair or the account at its limit. */
  async recordFailure(userId: string, address: string, requestId: string): Promise<void> {
    const now = this.now();
    const at = new Date(now);
    // A count whose last failure is older than the lockout period starts again.
    const stale = new Date(now - this.config.lockoutMs);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('login_lockouts')
        .where('last_failure_at', '<', new Date(now - FORGET_AFTER_MS))
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
        .execute();
      const pair = await trx
        .insertInto('login_lockouts')
        .values({ user_id: userId, address, failures: 1, last_failure_at: at, locked_until: null })
        .onConflict((oc) =>
          oc.columns(['user_id', 'address']).doUpdateSet({
            failures: sql<number>`CASE WHEN login_lockouts.last_failure_at < ${stale} THEN 1 ELSE login_lockouts.failures + 1 END`,
            last_failure_at: at,
          }),
        )
        .returning('failures')
        .executeTakeFirstOrThrow();
      const account = await trx
        .updateTable('users')
        .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
        .where('id', '=', userId)
        .returning(['failed_logins', 'agency_id'])
        .executeTakeFirstOrThrow();
      const lock = async (scope: LockScope, ms: number) =>
        appendAudit(trx, {
          actor: { kind: 'user', userId, agencyId: account.agency_id },
          action: 'auth.lockout',
          resource: { type: 'user', id: userId },
          outcome: 'failure',
          requestId,
          detail: { scope, minutes: Math.round((ms / 60_000) * 10) / 10 },
        });
      if (pair.failures >= this.config.loginMaxFailures) {
        await trx
          .updateTable('login_lockouts')
          .set({ locked_until: new Date(now + this.config.lockoutMs), failures: 0 })
          .where('user_id', '=', userId)
          .where('address', '=', address)
          .execute();
        await lock('address', this.config.lockoutMs);
      }
      const every = this.config.loginAccountFailures;
      if (account.failed_logins % every === 0) {
        const pauses = account.failed_logins / every;
        const ms = Math.min(this.config.lockoutMs, ACCOUNT_PAUSE_MS * 2 ** Math.min(pauses - 1, 20));
        await trx
          .updateTable('users')
          .set({ locked_until: new Date(now + ms) })
          .where('id', '=', userId)
          .execute();
        await lock('account', ms);
      }
    });
  }

  /** After a successful sign-in: this address starts afresh on this account, and so does the account's count. */
  async clear(trx: Transaction<Database>, userId: string, address: string): Promise<void> {
    await trx
      .deleteFrom('login_lockouts')
      .where('user_id', '=', userId)
      .where('address', '=', address)
      .execute();
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
  }
}
