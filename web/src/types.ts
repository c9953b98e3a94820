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
  detail: Record<string, unknown>;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: string;
  firstBad?: { seq: string; problem: string };
}

export const AGENCY_KINDS = ['police', 'labour', 'ngo', 'prosecution', 'services', 'coordination'] as const;
