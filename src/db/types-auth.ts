import type { Timestamp } from './column-types.ts';

/** Failed sign-ins of one account from one client address (src/access/lockout.ts). */
export interface LoginLockoutTable {
  user_id: string;
  address: string;
  failures: number;
  last_failure_at: Timestamp;
  locked_until: Timestamp | null;
}
