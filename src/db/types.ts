import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AgencyTable {
  id: Generated<string>;
  name: string;
  kind: string;
  demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UserTable {
  id: Generated<string>;
  agency_id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled: boolean;
  totp_last_step: ColumnType<string | null, number | string | null, number | string | null>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface SignInLinkTable {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: CreatedAt;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface ShareTable {
  resource_type: string;
  resource_id: string;
  agency_id: string;
  shared_by: string;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  seq: ColumnType<string, number | string, never>;
  at: ColumnType<Date, Date | string, never>;
  actor_id: string | null;
  actor_kind: string;
  agency_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: string;
  request_id: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: ColumnType<string, number | string, number | string>;
  hash: string;
}

export interface Database {
  agencies: AgencyTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  sign_in_links: SignInLinkTable;
  api_tokens: ApiTokenTable;
  shares: ShareTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
