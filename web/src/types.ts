/** Shapes of the API replies the app reads, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  agencyView,
  approvalView,
  auditEntry,
  catalogueReply,
  noticeView,
  pendingGrant,
  profileReply,
  sessionReply,
  stage,
  userView,
  verifyReply,
} from '../../src/access/schema.ts';
import type { Wire } from './wire.ts';

export type Stage = z.output<typeof stage>;

export type SessionState = Wire<z.output<typeof sessionReply>>;

export type Me = Wire<z.output<typeof profileReply>>;

export type Catalogue = Wire<z.output<typeof catalogueReply>>;

export type RoleInfo = Catalogue['roles'][number];

export type Agency = Wire<z.output<typeof agencyView>>;

export type UserRow = Wire<z.output<typeof userView>>;

export type AuditRow = Wire<z.output<typeof auditEntry>>;

/** The audit chain checked end to end, and the records checked against it. */
export type VerifyResult = Wire<z.output<typeof verifyReply>>;

export const AGENCY_KINDS = ['police', 'labour', 'ngo', 'prosecution', 'services', 'coordination'] as const;

/** Roles asked for that wait for a second administrator before they are granted. */
export type PendingGrant = Wire<z.output<typeof pendingGrant>>;

/** A reset or a role grant waiting for a second administrator. */
export type AccountApproval = Wire<z.output<typeof approvalView>>;

/** Something done to the person's account or operations, shown until they say they have read it. */
export type UserNotice = Wire<z.output<typeof noticeView>>;
