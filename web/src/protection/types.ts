/** Shapes of the protection API's replies and requests, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type {
  childStepBody,
  consentBody,
  identityAccessBody,
  identityBody,
  needsBody,
  referralAnswerBody,
  serviceDecisionBody,
  serviceOfferBody,
  stayBody,
  stayEndBody,
  victimStatusBody,
} from '../../../src/protection/case-bodies.ts';
import type { caseRow } from '../../../src/protection/case-wire.ts';
import type {
  claimBody,
  claimStepBody,
  cooperationBody,
  measureBody,
  measureStepBody,
  paymentBody,
} from '../../../src/protection/justice-bodies.ts';
import type {
  followUpBody,
  planBody,
  transferAnswerBody,
  transferBody,
  transferStepBody,
  transferWithdrawBody,
} from '../../../src/protection/return-bodies.ts';
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

// What the protection routes take, from the server's own body schemas: each request the screens send satisfies one.

/** A needs assessment: every domain, in the language it was held in. */
export type NeedsBody = z.input<typeof needsBody>;
/** A service offered to the person. */
export type ServiceOfferBody = z.input<typeof serviceOfferBody>;
/** The person's answer on a service, or its completion. */
export type ServiceDecisionBody = z.input<typeof serviceDecisionBody>;
/** The person's own word on the status of victim. */
export type VictimStatusBody = z.input<typeof victimStatusBody>;
/** The person's consent to share one item with one agency. */
export type ConsentBody = z.input<typeof consentBody>;
/** A shelter stay, and its end. */
export type StayBody = z.input<typeof stayBody>;
export type StayEndBody = z.input<typeof stayEndBody>;
/** A step of a child's protection. */
export type ChildStepBody = z.input<typeof childStepBody>;
/** The person's identity, and a colleague let in to read it or no longer. */
export type IdentityBody = z.input<typeof identityBody>;
export type IdentityAccessBody = z.input<typeof identityAccessBody>;
/** A provider's answer to a referral. */
export type ReferralAnswerBody = z.input<typeof referralAnswerBody>;

/** A transfer or a referral for return; an outside organisation's answer or the arrival; consent withdrawn. */
export type TransferBody = z.input<typeof transferBody>;
export type TransferStepBody = z.input<typeof transferStepBody>;
export type TransferWithdrawBody = z.input<typeof transferWithdrawBody>;
/** The receiving agency's answer to a transfer. */
export type TransferAnswerBody = z.input<typeof transferAnswerBody>;
/** The reintegration plan, and a follow-up held. */
export type PlanBody = z.input<typeof planBody>;
export type FollowUpBody = z.input<typeof followUpBody>;

/** The person's stance on cooperating; a support measure asked for, and its next status. */
export type CooperationBody = z.input<typeof cooperationBody>;
export type MeasureBody = z.input<typeof measureBody>;
export type MeasureStepBody = z.input<typeof measureStepBody>;
/** A compensation claim prepared, its next step, and money received on it. */
export type ClaimBody = z.input<typeof claimBody>;
export type ClaimStepBody = z.input<typeof claimStepBody>;
export type PaymentBody = z.input<typeof paymentBody>;
