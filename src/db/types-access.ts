import type { ColumnType, Generated } from 'kysely';
import type { NoticeDetail } from '../access/schema.ts';
import type { CreatedAt, Timestamp } from './column-types.ts';

/** A reset, a role grant or a device's revocation that waits for a second administrator. */
export interface AccountApprovalTable {
  id: Generated<string>;
  kind: 'reset_2fa' | 'grant_roles' | 'revoke_device';
  user_id: string;
  roles: string[];
  /** The device a revocation is asked for (kind revoke_device only). */
  device_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** Why the requester asked (revoke_device), as they wrote it. */
  reason: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** English, on notices written before their detail was kept; empty since. */
  text: string;
  /** What the notice says, as values the screens word (src/access/notices.ts); null on notices written before. */
  detail: ColumnType<NoticeDetail | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}
