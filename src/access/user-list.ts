import { z } from 'zod';
import { type Listing, listQuery, pageFields } from '../platform/listing.ts';
import { uuid } from '../platform/text.ts';
import { role, USER_SORTS as SORTS, TWO_FACTOR_STATES, USER_STATUSES, userView } from './schema.ts';
import type { UserRecord } from './users-store.ts';

// How the accounts an administrator may manage are listed: found by user name or display name, filtered by
// agency, role, where the account stands and whether its second factor is set, sorted by any column. An
// administrator's list is short: it is read whole and cut in memory.

type UserStatus = (typeof USER_STATUSES)[number];

export const userListQuery = listQuery({
  sorts: SORTS,
  order: 'asc',
  filters: {
    agencyId: uuid.optional().describe('Accounts of this agency (for those who see every agency)'),
    role: role.optional().describe('Accounts holding this role'),
    status: z.enum(USER_STATUSES).optional(),
    twoFactor: z
      .enum(TWO_FACTOR_STATES)
      .optional()
      .describe('Whether the account has set up its second factor'),
  },
});

export type UserListQuery = z.output<typeof userListQuery>;

export const userListReply = z.object({ users: z.array(userView), ...pageFields });

/** Where an account stands at `now`: the first of disabled, locked, waiting for a first sign-in, active. */
export function userStatus(u: UserRecord, now: number): UserStatus {
  if (u.disabled) return 'disabled';
  if (u.lockedUntil && u.lockedUntil.getTime() > now) return 'locked';
  if (!u.hasPassword) return 'pending';
  return 'active';
}

/** The accounts the query's filters keep (the words, sort and page are pageOf's). */
export function filterUsers(users: readonly UserRecord[], query: UserListQuery, now: number): UserRecord[] {
  const { agencyId, role, status, twoFactor } = query;
  return users.filter(
    (u) =>
      (!agencyId || u.agencyId === agencyId) &&
      (!role || (u.roles as string[]).includes(role)) &&
      (!status || userStatus(u, now) === status) &&
      (!twoFactor || u.totpEnabled === (twoFactor === 'enrolled')),
  );
}

// Statuses sort in the order of USER_STATUSES (usable first), not by their codes' spelling.
const STATUS_ORDER = Object.fromEntries(USER_STATUSES.map((s, i) => [s, i])) as Record<UserStatus, number>;

export const userListing = (now: number): Listing<UserRecord, (typeof SORTS)[number]> => ({
  text: (u) => [u.username, u.displayName],
  sorts: {
    name: (u) => u.displayName,
    username: (u) => u.username,
    agency: (u) => u.agencyName,
    status: (u) => STATUS_ORDER[userStatus(u, now)],
    created_at: (u) => u.createdAt,
  },
});
