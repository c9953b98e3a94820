import type { Kysely } from 'kysely';
import type { Database } from '../db/types.ts';
import { AppError } from '../platform/errors.ts';
import { appendAudit } from './audit.ts';
import type { RequestContext, StageResult } from './auth-service.ts';
import { isRole, ROLES } from './roles.ts';
import type { SessionStore } from './sessions.ts';

export const isLoopbackAddress = (ip: string) =>
  ip === '127.0.0.1' || ip === '::1' || ip === '::ffff:127.0.0.1';
export const isLoopbackHost = (host: string) =>
  host === '127.0.0.1' || host === 'localhost' || host === '::1';

/** Does this database hold demo users? Such a database may only be served on this machine's loopback. */
export async function hasDemoUsers(db: Kysely<Database>): Promise<boolean> {
  return (
    (await db.selectFrom('users').select('id').where('demo', '=', true).limit(1).executeTakeFirst()) !==
    undefined
  );
}

export interface DemoUser {
  id: string;
  displayName: string;
  agencyName: string;
  agencyKind: string;
  roles: { name: string; label: string }[];
}

/** The demo users by agency and role, for the sign-in page of a demo. */
export async function listDemoUsers(db: Kysely<Database>): Promise<DemoUser[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select([
      'users.id',
      'users.display_name',
      'agencies.name as agency_name',
      'agencies.kind as agency_kind',
      'user_roles.role',
    ])
    .where('users.demo', '=', true)
    .where('users.disabled', '=', false)
    .orderBy('agencies.name')
    .orderBy('users.display_name')
    .execute();
  const byId = new Map<string, DemoUser>();
  for (const r of rows) {
    const u = byId.get(r.id) ?? {
      id: r.id,
      displayName: r.display_name,
      agencyName: r.agency_name,
      agencyKind: r.agency_kind,
      roles: [],
    };
    if (r.role && isRole(r.role)) u.roles.push({ name: r.role, label: ROLES[r.role].label });
    byId.set(r.id, u);
  }
  return [...byId.values()];
}

/**
 * Signs in as a demo user with one click: only in demo mode, only from this machine, only as a user marked demo.
 * The second factor is skipped because demo users hold no real data; every such sign-in is audited.
 */
export async function demoSignIn(
  db: Kysely<Database>,
  sessions: SessionStore,
  userId: string,
  ctx: RequestContext,
): Promise<StageResult> {
  if (!isLoopbackAddress(ctx.ip)) throw new AppError('not_found');
  const user = await db
    .selectFrom('users')
    .select(['id', 'agency_id', 'demo', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user?.demo || user.disabled) throw new AppError('not_found', 'No such demo user.');
  return db.transaction().execute(async (trx) => {
    const s = await sessions.create(trx, user.id, 'active');
    await appendAudit(trx, {
      actor: { kind: 'user', userId: user.id, agencyId: user.agency_id },
      action: 'auth.demo_sign_in',
      resource: { type: 'user', id: user.id },
      outcome: 'success',
      requestId: ctx.requestId,
    });
    return { token: s.token, stage: 'active' as const, expiresAt: s.expiresAt };
  });
}
