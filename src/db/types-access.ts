import type { Generated } from 'kysely';
import type { CreatedAt, Timestamp } from './column-types.ts';

/** A reset or a role grant that waits for a second administrator. */
export interface AccountApprovalTable {
  id: Generated<string>;
  kind: 'reset_2fa' | 'grant_roles';
  user_id: string;
  roles: string[];
  requested_by: string;
  requested_at: CreatedAt;
  expires_at: Timestamp;
  status: Generated<string>;
  decided_by: string | null;
  decided_at: Timestamp | null;
}

/** Something a person must be told at their next sign-in. */
export interface UserNoticeTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  text: string;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}
