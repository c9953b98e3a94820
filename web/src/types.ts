/** Shapes of the API replies the app reads, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  agencyDevicesReply,
  deviceRegisterBody,
  deviceRegistered,
  deviceStatusReply,
  deviceView,
  myDevicesReply,
  revokeRequestBody,
  revokeRequestedReply,
} from '../../src/access/device-schema.ts';
import type { AgencyKind } from '../../src/access/roles.ts';
import type {
  agenciesReply,
  agencyCreateBody,
  agencyView,
  approvalsReply,
  approvalView,
  approvedReply,
  auditEntry,
  catalogueReply,
  codeBody,
  demoSignInBody,
  demoUsersReply,
  enrolmentReply,
  linkBody,
  noticesReply,
  noticeView,
  oversightBody,
  oversightReply,
  passwordBody,
  pendingGrant,
  profileReply,
  sessionReply,
  signInBody,
  stage,
  stageReply,
  userCreateBody,
  userCreatedReply,
  userUpdateBody,
  userView,
  verifyReply,
} from '../../src/access/schema.ts';
import type { Wire } from './wire.ts';

export type Stage = z.output<typeof stage>;

/** Where signing in stands after a step: the next step, or `active`. */
export type StageReply = Wire<z.output<typeof stageReply>>;

/** An authenticator app's secret, given once, and its otpauth address. */
export type Enrolment = Wire<z.output<typeof enrolmentReply>>;

/** Demo mode: the demo users, each signed in with one click. */
export type DemoUserList = Wire<z.output<typeof demoUsersReply>>;

export type SessionState = Wire<z.output<typeof sessionReply>>;

export type Me = Wire<z.output<typeof profileReply>>;

export type Catalogue = Wire<z.output<typeof catalogueReply>>;

export type RoleInfo = Catalogue['roles'][number];

export type Agency = Wire<z.output<typeof agencyView>>;
export type Agencies = Wire<z.output<typeof agenciesReply>>;

/** The agencies a coordination body oversees: a list, or all of them. */
export type Oversight = Wire<z.output<typeof oversightReply>>;

export type UserRow = Wire<z.output<typeof userView>>;

/** An account created, with its owner's one-time sign-in link and the roles waiting for a second administrator. */
export type UserCreated = Wire<z.output<typeof userCreatedReply>>;

export type AuditRow = Wire<z.output<typeof auditEntry>>;

/** The audit chain checked end to end, and the records checked against it. */
export type VerifyResult = Wire<z.output<typeof verifyReply>>;

/** A kind of agency (the server's own codes). */
export type { AgencyKind };

/** The kinds of agency, in the order offered (the server's own codes: src/access/roles.ts). */
export const AGENCY_KINDS = [
  'police',
  'labour',
  'ngo',
  'prosecution',
  'services',
  'coordination',
] as const satisfies readonly AgencyKind[];

/** Roles asked for that wait for a second administrator before they are granted. */
export type PendingGrant = Wire<z.output<typeof pendingGrant>>;

/** A reset or a role grant waiting for a second administrator. */
export type AccountApproval = Wire<z.output<typeof approvalView>>;
export type AccountApprovals = Wire<z.output<typeof approvalsReply>>;

/** A request approved; an approved reset's one-time link, to hand to the person. */
export type Approved = Wire<z.output<typeof approvedReply>>;

/** Something done to the person's account or operations, shown until they say they have read it. */
export type UserNotice = Wire<z.output<typeof noticeView>>;
export type UserNotices = Wire<z.output<typeof noticesReply>>;

/** Request bodies, as the server's own schemas take them. */
export type SignInBody = z.input<typeof signInBody>;
export type CodeBody = z.input<typeof codeBody>;
export type LinkBody = z.input<typeof linkBody>;
export type PasswordBody = z.input<typeof passwordBody>;
export type DemoSignInBody = z.input<typeof demoSignInBody>;
export type AgencyCreateBody = z.input<typeof agencyCreateBody>;
export type OversightBody = z.input<typeof oversightBody>;
export type UserCreateBody = z.input<typeof userCreateBody>;
export type UserUpdateBody = z.input<typeof userUpdateBody>;

/** A device someone registered for the field screens, as its person and as an administrator list it. */
export type Device = Wire<z.output<typeof deviceView>>;
export type MyDevices = Wire<z.output<typeof myDevicesReply>>;
export type AgencyDevices = Wire<z.output<typeof agencyDevicesReply>>;
export type AgencyDevice = AgencyDevices['devices'][number];
export type RevokeRequestBody = z.input<typeof revokeRequestBody>;
/** The field kit registers its device with this body (POST /api/devices) and is answered so. */
export type DeviceRegisterBody = z.input<typeof deviceRegisterBody>;
export type DeviceRegistered = Wire<z.output<typeof deviceRegistered>>;
export type DeviceStatus = Wire<z.output<typeof deviceStatusReply>>;
export type RevokeRequested = Wire<z.output<typeof revokeRequestedReply>>;
