import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { ALL_PERMISSIONS, type Permission } from './catalogue.ts';
import type { Role } from './roles.ts';

/** Who is asking: a signed-in user (session) or a machine client acting for a user (API token). */
export interface Actor {
  kind: 'user' | 'token' | 'system';
  userId: string | null;
  agencyId: string | null;
  roles: readonly Role[];
  /** Effective permissions: the roles' permissions, narrowed to the token's scopes for tokens. */
  permissions: ReadonlySet<Permission>;
  label: string;
}

/** A record as the policy sees it: its owning agency and the agencies it was shared with. */
export interface ResourceRef {
  type: string;
  id?: string;
  agencyId: string | null;
  sharedWith?: readonly string[];
}

/** Permissions that lift the own-agency restriction for the action they accompany. */
const CROSS_AGENCY: Partial<Record<Permission, Permission>> = {
  'user.read': 'user.manage_all',
  'user.create': 'user.manage_all',
  'user.update': 'user.manage_all',
  'user.reset_2fa': 'user.manage_all',
  'audit.read': 'audit.read_all',
};

export const hasPermission = (actor: Actor, action: Permission): boolean => actor.permissions.has(action);

/** The one decision: may this actor do this action to this resource (or at all, without a resource)? */
export function can(actor: Actor, action: Permission, resource?: ResourceRef): boolean {
  if (!actor.permissions.has(action)) return false;
  if (!resource || resource.agencyId === null) return true;
  if (actor.kind === 'system') return true;
  if (resource.agencyId === actor.agencyId) return true;
  const lift = CROSS_AGENCY[action];
  if (lift && actor.permissions.has(lift)) return true;
  return actor.agencyId !== null && (resource.sharedWith ?? []).includes(actor.agencyId);
}

/** Does the actor see every agency's records for this action? */
export function seesAllAgencies(actor: Actor, action: Permission): boolean {
  if (actor.kind === 'system') return true;
  const lift = CROSS_AGENCY[action];
  return lift !== undefined && actor.permissions.has(lift);
}

/**
 * The row filter for list queries: rows of the actor's agency, and rows shared with it through `shares`.
 * `agencyColumn` and `idColumn` name the listed table's columns.
 */
export function visibleRows(
  actor: Actor,
  action: Permission,
  resourceType: string,
  agencyColumn: string,
  idColumn: string,
  // biome-ignore lint/suspicious/noExplicitAny: the filter applies to any table with an agency column
): (eb: ExpressionBuilder<any, any>) => Expression<SqlBool> {
  return (eb) => {
    if (!actor.permissions.has(action)) return sql<boolean>`false`;
    if (seesAllAgencies(actor, action)) return sql<boolean>`true`;
    if (actor.agencyId === null) return sql<boolean>`false`;
    return eb.or([
      eb(eb.ref(agencyColumn), '=', actor.agencyId),
      eb.exists(
        sql`(SELECT 1 FROM shares s WHERE s.resource_type = ${resourceType}
             AND s.resource_id = ${eb.ref(idColumn)}::text AND s.agency_id = ${actor.agencyId})`,
      ),
    ]);
  };
}

/**
 * The agencies whose audit entries the actor reads: every agency with `audit.read_all` (and the system); otherwise
 * their own, and for an auditor also the agencies their agency oversees by configuration (`agency_oversight`, set by
 * a system administrator: a list, or 'all'). Nobody else's oversight is borrowed: an administrator of the
 * coordination body still reads only its own agency's log.
 */
export function auditAgencies(actor: Actor, overseen: 'all' | readonly string[]): 'all' | string[] {
  if (!actor.permissions.has('audit.read')) return [];
  if (seesAllAgencies(actor, 'audit.read')) return 'all';
  if (actor.agencyId === null) return [];
  if (!actor.roles.includes('auditor')) return [actor.agencyId];
  if (overseen === 'all') return 'all';
  return [...new Set([actor.agencyId, ...overseen])];
}

export const SYSTEM_CLI: Actor = Object.freeze({
  kind: 'system',
  userId: null,
  agencyId: null,
  roles: [],
  permissions: new Set<Permission>(ALL_PERMISSIONS),
  label: 'system:cli',
});
