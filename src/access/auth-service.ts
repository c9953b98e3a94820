import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import type { Config } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import { appendAudit, recordAudit } from './audit.ts';
import { sha256Hex } from './crypto.ts';
import { isLoopbackAddress } from './demo.ts';
import { Lockout } from './lockout.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { rolesRequireSecondFactor } from './roles.ts';
import { seal, unseal } from './sealing.ts';
import type { SessionInfo, SessionStage, SessionStore } from './sessions.ts';
import { Throttle } from './throttle.ts';
import { newTotpSecret, otpauthUri, totpContext, verifyTotp } from './totp.ts';
import { findCredentials, findCredentialsById, findUserById } from './users-store.ts';

export interface RequestContext {
  ip: string;
  requestId: string;
}

export interface StageResult {
  token: string;
  stage: SessionStage;
  expiresAt: number;
}

/**
 * Sign-in: password, then a second factor (or its enrolment), then an active session. Every step that fails is
 * audited with its reason; the caller learns only that it failed.
 */
export class AuthService {
  readonly #ipThrottle: Throttle;
  readonly #lockout: Lockout;
  private readonly db: Kysely<Database>;
  private readonly config: Config;
  private readonly sessions: SessionStore;
  constructor(db: Kysely<Database>, config: Config, sessions: SessionStore) {
    this.db = db;
    this.config = config;
    this.sessions = sessions;
    this.#ipThrottle = new Throttle(config.loginAttemptsPerIp, 5 * 60_000, () => sessions.now());
    this.#lockout = new Lockout(db, config, () => sessions.now());
  }

  async #stageAfterPassword(userId: string, totpEnabled: boolean): Promise<SessionStage> {
    if (totpEnabled) return 'totp';
    const user = await findUserById(this.db, userId);
    return user && rolesRequireSecondFactor(user.roles) ? 'enroll_totp' : 'active';
  }

  async #fail(
    ctx: RequestContext,
    action: string,
    userId: string | null,
    agencyId: string | null,
    reason: string,
  ) {
    await recordAudit(this.db, {
      actor: userId ? { kind: 'user', userId, agencyId } : null,
      action,
      resource: userId ? { type: 'user', id: userId } : undefined,
      outcome: 'failure',
      requestId: ctx.requestId,
      detail: { reason },
    });
  }

  /** Counts a failed password or code, per address and per account (see lockout.ts). */
  async #countFailure(userId: string, ctx: RequestContext): Promise<void> {
    await this.#lockout.recordFailure(userId, ctx.ip, ctx.requestId);
  }

  async signIn(username: string, password: string, ctx: RequestContext): Promise<StageResult> {
    if (!this.#ipThrottle.take(ctx.ip)) {
      await this.#fail(ctx, 'auth.sign_in', null, null, 'address_throttled');
      throw new AppError('too_many_requests');
    }
    const cred = await findCredentials(this.db, username);
    const ok = await verifyPassword(cred?.password_hash ?? null, password);
    if (!cred) {
      await this.#fail(ctx, 'auth.sign_in', null, null, 'unknown_user');
      throw new AppError('sign_in_failed');
    }
    const locked = await this.#lockout.lockedFor(cred, ctx.ip);
    if (cred.disabled || locked) {
      const reason = cred.disabled ? 'disabled' : locked === 'account' ? 'locked' : 'locked_at_address';
      await this.#fail(ctx, 'auth.sign_in', cred.id, cred.agency_id, reason);
      throw new AppError('sign_in_failed');
    }
    if (!ok) {
      await this.#fail(
        ctx,
        'auth.sign_in',
        cred.id,
        cred.agency_id,
        cred.password_hash ? 'wrong_password' : 'no_password_set',
      );
      await this.#countFailure(cred.id, ctx);
      throw new AppError('sign_in_failed');
    }
    const stage = await this.#stageAfterPassword(cred.id, cred.totp_enabled);
    return this.db.transaction().execute(async (trx) => {
      await this.#lockout.clear(trx, cred.id, ctx.ip);
      const s = await this.sessions.create(trx, cred.id, stage);
      await appendAudit(trx, {
        actor: { kind: 'user', userId: cred.id, agencyId: cred.agency_id },
        action: 'auth.sign_in',
        resource: { type: 'user', id: cred.id },
        outcome: 'success',
        requestId: ctx.requestId,
        detail: { stage },
      });
      return { token: s.token, stage, expiresAt: s.expiresAt };
    });
  }

  /** Replaces a session by a new one at the next stage, so a token seen before sign-in completed is worthless after. */
  async #advance(
    session: SessionInfo,
    stage: SessionStage,
    action: string,
    ctx: RequestContext,
  ): Promise<StageResult> {
    return this.db.transaction().execute(async (trx) => {
      await this.sessions.revoke(session.id, trx);
      const s = await this.sessions.create(trx, session.userId, stage);
      await appendAudit(trx, {
        actor: session.actor,
        action,
        resource: { type: 'user', id: session.userId },
        outcome: 'success',
        requestId: ctx.requestId,
        detail: { stage },
      });
      return { token: s.token, stage, expiresAt: s.expiresAt };
    });
  }

  async verifySecondFactor(session: SessionInfo, code: string, ctx: RequestContext): Promise<StageResult> {
    if (session.stage !== 'totp')
      throw new AppError('conflict', 'No second factor is expected at this step.');
    const cred = await findCredentialsById(this.db, session.userId);
    if (!cred?.totp_secret_enc || !cred.totp_enabled) throw new AppError('unauthenticated');
    const locked = await this.#lockout.lockedFor(cred, ctx.ip);
    if (locked) {
      const reason = locked === 'account' ? 'locked' : 'locked_at_address';
      await this.#fail(ctx, 'auth.second_factor', cred.id, cred.agency_id, reason);
      await this.sessions.revoke(session.id);
      throw new AppError('sign_in_failed');
    }
    const secret = unseal(this.config.secretKeys, cred.totp_secret_enc, totpContext(cred.id));
    const last = cred.totp_last_step === null ? null : Number(cred.totp_last_step);
    const step = verifyTotp(secret, code, this.sessions.now(), last);
    if (step === null) {
      const replay = last !== null && verifyTotp(secret, code, this.sessions.now(), null) !== null;
      await this.#fail(
        ctx,
        'auth.second_factor',
        cred.id,
        cred.agency_id,
        replay ? 'replayed_code' : 'wrong_code',
      );
      await this.#countFailure(cred.id, ctx);
      throw new AppError('second_factor_failed');
    }
    await this.db
      .updateTable('users')
      .set({ totp_last_step: step, failed_logins: 0 })
      .where('id', '=', cred.id)
      .execute();
    return this.#advance(session, 'active', 'auth.second_factor', ctx);
  }

  /** Starts (or restarts) enrolment: a new secret, kept encrypted until a code from it is confirmed. */
  async startEnrolment(session: SessionInfo, ctx: RequestContext): Promise<{ secret: string; uri: string }> {
    if (session.stage !== 'enroll_totp')
      throw new AppError('conflict', 'Second-factor enrolment is not expected at this step.');
    const user = await findUserById(this.db, session.userId);
    if (!user) throw new AppError('unauthenticated');
    const secret = newTotpSecret();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          totp_secret_enc: seal(this.config.secretKeys, secret, totpContext(user.id)),
          totp_enabled: false,
          updated_at: new Date(),
        })
        .where('id', '=', user.id)
        .execute();
      await appendAudit(trx, {
        actor: session.actor,
        action: 'auth.enrol_start',
        resource: { type: 'user', id: user.id },
        outcome: 'success',
        requestId: ctx.requestId,
      });
    });
    return { secret, uri: otpauthUri(secret, user.username) };
  }

  async confirmEnrolment(session: SessionInfo, code: string, ctx: RequestContext): Promise<StageResult> {
    if (session.stage !== 'enroll_totp')
      throw new AppError('conflict', 'Second-factor enrolment is not expected at this step.');
    const cred = await findCredentialsById(this.db, session.userId);
    if (!cred?.totp_secret_enc) throw new AppError('conflict', 'Start enrolment first.');
    const secret = unseal(this.config.secretKeys, cred.totp_secret_enc, totpContext(cred.id));
    const step = verifyTotp(secret, code, this.sessions.now(), null);
    if (step === null) {
      await this.#fail(ctx, 'auth.enrol_confirm', cred.id, cred.agency_id, 'wrong_code');
      throw new AppError('second_factor_failed');
    }
    await this.db
      .updateTable('users')
      .set({ totp_enabled: true, totp_last_step: step, updated_at: new Date() })
      .where('id', '=', cred.id)
      .execute();
    return this.#advance(session, 'active', 'auth.enrol_confirm', ctx);
  }

  /** Redeems a one-time sign-in link: the holder may set a password. First-administrator links work only from this machine. */
  async redeemLink(token: string, ctx: RequestContext): Promise<StageResult> {
    if (!this.#ipThrottle.take(ctx.ip)) throw new AppError('too_many_requests');
    const now = this.sessions.now();
    const link = await this.db
      .selectFrom('sign_in_links')
      .selectAll()
      .where('token_hash', '=', sha256Hex(token))
      .executeTakeFirst();
    const refuse = async (reason: string) => {
      await this.#fail(ctx, 'auth.link', link?.user_id ?? null, null, reason);
      return new AppError(
        'sign_in_failed',
        'This sign-in link is not valid. Ask an administrator for a new one.',
      );
    };
    if (!link) throw await refuse('unknown_link');
    if (link.used_at) throw await refuse('used_link');
    if (link.expires_at.getTime() <= now) throw await refuse('expired_link');
    if (link.purpose === 'first_admin' && !isLoopbackAddress(ctx.ip))
      throw await refuse('first_admin_link_not_local');
    const user = await findUserById(this.db, link.user_id);
    if (!user || user.disabled) throw await refuse('user_unavailable');
    return this.db.transaction().execute(async (trx) => {
      const used = await trx
        .updateTable('sign_in_links')
        .set({ used_at: new Date(now) })
        .where('token_hash', '=', link.token_hash)
        .where('used_at', 'is', null)
        .returning('token_hash')
        .executeTakeFirst();
      if (!used)
        throw new AppError(
          'sign_in_failed',
          'This sign-in link is not valid. Ask an administrator for a new one.',
        );
      const s = await this.sessions.create(trx, user.id, 'set_password');
      await appendAudit(trx, {
        actor: { kind: 'user', userId: user.id, agencyId: user.agencyId },
        action: 'auth.link',
        resource: { type: 'user', id: user.id },
        outcome: 'success',
        requestId: ctx.requestId,
        detail: { purpose: link.purpose },
      });
      return { token: s.token, stage: 'set_password' as const, expiresAt: s.expiresAt };
    });
  }

  async setPassword(session: SessionInfo, password: string, ctx: RequestContext): Promise<StageResult> {
    if (session.stage !== 'set_password')
      throw new AppError('conflict', 'A password cannot be set at this step.');
    const cred = await findCredentialsById(this.db, session.userId);
    if (!cred) throw new AppError('unauthenticated');
    const problem = passwordProblem(password, cred.username);
    if (problem) throw new AppError('validation_failed', `password: ${problem}`);
    const hash = await hashPassword(password);
    await this.db
      .updateTable('users')
      .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: new Date() })
      .where('id', '=', cred.id)
      .execute();
    const stage = await this.#stageAfterPassword(cred.id, cred.totp_enabled);
    return this.#advance(session, stage, 'auth.set_password', ctx);
  }

  async signOut(session: SessionInfo, ctx: RequestContext): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await this.sessions.revoke(session.id, trx);
      await appendAudit(trx, {
        actor: session.actor,
        action: 'auth.sign_out',
        resource: { type: 'user', id: session.userId },
        outcome: 'success',
        requestId: ctx.requestId,
      });
    });
  }
}
