import { z } from 'zod';
import { line, text, uuid } from '../platform/text.ts';
import { ALL_PERMISSIONS } from './catalogue.ts';
import { AGENCY_KINDS, ALL_ROLES } from './roles.ts';

export const username = z
  .string()
  .min(3, 'must be at least 3 characters')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-zA-Z0-9._-]+$/, 'may hold only letters a–z, digits, dot, dash and underscore');

export const stage = z.enum(['set_password', 'enroll_totp', 'totp', 'active']);
export const role = z.enum(ALL_ROLES as [string, ...string[]]);
export const permission = z.enum(ALL_PERMISSIONS as [string, ...string[]]);
export const agencyKind = z.enum(AGENCY_KINDS);

export const signInBody = z.strictObject({
  username: line(64),
  password: z.string().min(1).max(256),
});
export const codeBody = z.strictObject({ code: z.string().min(1).max(12) });
export const linkBody = z.strictObject({ token: z.string().min(10).max(200) });
export const passwordBody = z.strictObject({ password: z.string().min(1).max(256) });
export const stageReply = z.object({ stage });

export const agencyView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  createdAt: z.date(),
});
export const agencyCreateBody = z.strictObject({ name: text(200), kind: agencyKind });

export const userView = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  agencyKind: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  hasPassword: z.boolean(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.date().nullable(),
  createdAt: z.date(),
});
/**
 * Where an account stands, in the order the accounts' list sorts them: signed in before and usable, waiting for its
 * owner's first sign-in, locked after failed sign-ins, disabled by an administrator (the first that holds).
 */
export const USER_STATUSES = ['active', 'pending', 'locked', 'disabled'] as const;
/** Whether an account has set up its second factor, as the accounts' list filters them. */
export const TWO_FACTOR_STATES = ['enrolled', 'not_enrolled'] as const;
export const userCreateBody = z.strictObject({
  agencyId: uuid,
  username,
  displayName: text(200),
  roles: z.array(role).min(1, 'give at least one role').max(20),
});
export const userUpdateBody = z
  .strictObject({ roles: z.array(role).min(1).max(20).optional(), disabled: z.boolean().optional() })
  .refine((b) => b.roles !== undefined || b.disabled !== undefined, 'give roles or disabled');
export const idParams = z.strictObject({ id: uuid });
export const linkReply = z.object({ signInLink: z.string(), expiresInHours: z.number() });

export const sessionReply = z.object({
  signedIn: z.boolean(),
  demo: z.boolean(),
  stage: stage.optional(),
  idleTimeoutSeconds: z.number().optional(),
  expiresAt: z.string().optional(),
});

export const profileReply = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
  }),
  agency: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  permissions: z.array(z.string()),
  via: z.enum(['user', 'token', 'system']),
});

/** The permission catalogue and the roles that grant them. */
export const catalogueReply = z.object({
  permissions: z.array(z.object({ name: z.string(), description: z.string() })),
  roles: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      description: z.string(),
      permissions: z.array(z.string()),
      requiresSecondFactor: z.boolean(),
    }),
  ),
});

/** Roles granted only once a second administrator approves. */
export const pendingGrant = z.object({ approvalId: z.string(), roles: z.array(z.string()) });

/**
 * A reset, a role grant or a device's revocation waiting for a second administrator; `mayDecide`: the reader may
 * approve or refuse it.
 */
export const approvalView = z.object({
  id: z.string(),
  kind: z.enum(['reset_2fa', 'grant_roles', 'revoke_device']),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), agencyName: z.string() }),
  roles: z.array(z.string()),
  /** The device a revocation is asked for, by the name its person gave it. */
  device: z.object({ id: z.string(), label: z.string() }).nullable(),
  /** Why the requester asked (a revocation), as they wrote it. */
  reason: z.string().nullable(),
  requestedBy: z.string(),
  requestedAt: z.date(),
  expiresAt: z.date(),
  status: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  mayDecide: z.boolean(),
});

/** Something done to the person's account or operations, shown until they say they have read it. */
/** What a notice says, by its kind, as values the screens word (names are staff names, never a victim's). */
export const noticeDetail = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tips_overdue'), count: z.number().int() }),
  z.object({
    kind: z.literal('account_reset'),
    at: z.string(),
    requestedBy: z.string(),
    approvedBy: z.string(),
    /** Operations the person was taken out of until their commanders re-admit them. */
    operationsLeft: z.number().int(),
  }),
  z.object({
    kind: z.literal('roles_granted'),
    roles: z.array(z.string()),
    requestedBy: z.string(),
    approvedBy: z.string(),
  }),
  z.object({
    kind: z.literal('device_revoked'),
    /** The name the person gave the device. */
    label: z.string(),
    requestedBy: z.string(),
    approvedBy: z.string(),
  }),
  z.object({
    kind: z.literal('plan_changed_after_approval'),
    codeName: z.string(),
    /** Who changed it: a name, null when unknown, `console` for the server console. */
    by: z.string().nullable(),
    console: z.boolean(),
    changed: z.array(z.enum(['target', 'place', 'time'])),
  }),
]);
export type NoticeDetail = z.output<typeof noticeDetail>;

export const noticeView = z.object({
  id: z.string(),
  kind: z.string(),
  /** English, on a notice written before its detail was kept (then `detail` is null); empty otherwise. */
  text: z.string(),
  detail: noticeDetail.nullable(),
  at: z.date(),
});

export const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
});
export const tokenCreateBody = z.strictObject({
  name: text(100),
  scopes: z.array(permission).min(1).max(50),
  /** At most a year; 90 days when left out (src/access/tokens.ts). */
  expiresInDays: z.number().int().min(1).max(365).optional(),
});

/** What an audit entry says came of the action (src/access/audit.ts). */
export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;
/**
 * A value as JSON holds it: a string, number, boolean or null, or a list or map of such values. Registered by name:
 * being recursive, the API description gives it once, as components.schemas.JsonValue.
 */
export const jsonValue = z.json().register(z.globalRegistry, {
  id: 'JsonValue',
  description: 'A string, number, boolean or null, or a list or map of such values',
});
/** An entry's detail: its keys vary by action; it is stored as JSON, so each value is what JSON can hold. */
export const auditDetail = z.record(z.string(), jsonValue);
export const auditEntry = z.object({
  seq: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorKind: z.string(),
  agencyId: z.string().nullable(),
  action: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  outcome: z.string(),
  requestId: z.string().nullable(),
  /** The client address of the request that made the entry; null for commands and jobs. */
  ip: z.string().nullable(),
  detail: auditDetail,
});
export const verifyReply = z.object({
  ok: z.boolean(),
  checked: z.number(),
  headSeq: z.string(),
  firstBad: z.object({ seq: z.string(), problem: z.string() }).optional(),
  /** The fate-deciding records checked against the log: each one changed behind its back, by type, id and entry. */
  records: z.object({
    ok: z.boolean(),
    checked: z.record(z.string(), z.number()),
    problems: z.array(
      z.object({ type: z.string(), id: z.string(), entry: z.string().nullable(), problem: z.string() }),
    ),
  }),
});
export const checkpointReply = z.object({
  seq: z.string(),
  hash: z.string(),
  at: z.string(),
  keyId: z.string(),
  mac: z.string(),
});

export const demoSignInBody = z.strictObject({ userId: uuid });
export const demoUsersReply = z.object({
  users: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      agencyName: z.string(),
      agencyKind: z.string(),
      roles: z.array(z.object({ name: z.string(), label: z.string() })),
    }),
  ),
});

/** The agencies taking part. */
export const agenciesReply = z.object({ agencies: z.array(agencyView) });

/** An account created, with its owner's one-time sign-in link and the roles waiting for a second administrator. */
export const userCreatedReply = z.object({
  user: userView,
  signInLink: z.string(),
  expiresInHours: z.number(),
  pending: pendingGrant.nullable(),
});

/** Resets and role grants waiting for a second administrator. */
export const approvalsReply = z.object({ approvals: z.array(approvalView) });

/** A request approved; an approved reset's one-time link, handed to the person by the approver. */
export const approvedReply = z.object({
  approval: approvalView,
  signInLink: z.string().optional(),
  expiresInHours: z.number().optional(),
});

/** What was done to the person's account or operations since they last looked. */
export const noticesReply = z.object({ notices: z.array(noticeView) });

/** An authenticator app's secret, given once, and its otpauth address. */
export const enrolmentReply = z.object({ secret: z.string(), uri: z.string() });

/** The agencies a coordination body oversees: a list, or all of them. */
export const oversightReply = z.object({
  agencyId: z.string(),
  oversees: z.union([z.literal('all'), z.array(z.string())]),
});
/** The agencies a coordination body's auditors are to review: a list, or all of them. */
export const oversightBody = z.strictObject({
  oversees: z.union([z.literal('all'), z.array(uuid).max(500)]),
});

/** The columns the user list may be sorted by. */
export const USER_SORTS = ['name', 'username', 'agency', 'status', 'created_at'] as const;
/** The columns the audit trail may be sorted by (newest or oldest first). */
export const AUDIT_SORTS = ['at'] as const;
