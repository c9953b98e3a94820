/** Shapes of the API replies the app reads. Dates arrive as ISO strings. */

export type Stage = 'set_password' | 'enroll_totp' | 'totp' | 'active';

export interface SessionState {
  signedIn: boolean;
  demo?: boolean;
  stage?: Stage;
  idleTimeoutSeconds?: number;
  expiresAt?: string;
}

export interface Me {
  user: { id: string; username: string; displayName: string; roles: string[] };
  agency: { id: string; name: string; kind: string };
  permissions: string[];
  via: 'user' | 'token' | 'system';
}

export interface RoleInfo {
  name: string;
  label: string;
  description: string;
  permissions: string[];
  requiresSecondFactor: boolean;
}

export interface Catalogue {
  permissions: { name: string; description: string }[];
  roles: RoleInfo[];
}

export interface Agency {
  id: string;
  name: string;
  kind: string;
  createdAt: string;
}

export interface UserRow {
  id: string;
  agencyId: string;
  agencyName: string;
  agencyKind: string;
  username: string;
  displayName: string;
  roles: string[];
  hasPassword: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface AuditRow {
  seq: string;
  at: string;
  actorId: string | null;
  actorKind: string;
  agencyId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string;
  requestId: string | null;
  /** The client address of the request that made the entry; null for commands and jobs. */
  ip: string | null;
  detail: Record<string, unknown>;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: string;
  firstBad?: { seq: string; problem: string };
  /** Screening outcomes, decisions, plan approvals and custody checked against the log. */
  records: {
    ok: boolean;
    checked: Record<string, number>;
    problems: { type: string; id: string; entry: string | null; problem: string }[];
  };
}

export const AGENCY_KINDS = ['police', 'labour', 'ngo', 'prosecution', 'services', 'coordination'] as const;

/** Roles asked for that wait for a second administrator before they are granted. */
export interface PendingGrant {
  approvalId: string;
  roles: string[];
}

/** A reset or a role grant waiting for a second administrator. */
export interface AccountApproval {
  id: string;
  kind: 'reset_2fa' | 'grant_roles';
  user: { id: string; username: string; displayName: string; agencyName: string };
  roles: string[];
  requestedBy: string;
  requestedAt: string;
  expiresAt: string;
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** Whether the reader may approve or refuse it (not its requester, not its subject). */
  mayDecide: boolean;
}

/** Something done to the person's account or operations, shown until they say they have read it. */
export interface UserNotice {
  id: string;
  kind: string;
  text: string;
  at: string;
}
