/** Shapes of the protection API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { caseRow } from '../../../src/protection/case-wire.ts';
import type {
  caseList,
  identityReadersReply,
  identitySaved,
  inboxReferral,
  referralInboxReply,
} from '../../../src/protection/wire.ts';
import type { Wire } from '../wire.ts';

/** A presumed victim's protection case, opened from their completed screening, under their pseudonym. */
export type ProtectionCase = Wire<z.output<typeof caseRow>>;
/** A page of the agency's cases, with the number matching the words and filters. */
export type CaseList = Wire<z.output<typeof caseList>>;

/** A referral in the receiving provider's inbox, with only what the person agreed to share. */
export type InboxReferral = Wire<z.output<typeof inboxReferral>>;
export type ReferralInboxReply = Wire<z.output<typeof referralInboxReply>>;

/** The colleagues the caseworker may let in to read the person's identity, and whether each is in. */
export type IdentityReaders = Wire<z.output<typeof identityReadersReply>>;

/** What saving the person's identity answers: `earlierCaseId` when they are known from an earlier case. */
export type IdentitySaved = Wire<z.output<typeof identitySaved>>;
