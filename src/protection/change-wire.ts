import { z } from 'zod';

// What each change to a protection case answers, as the API describes it (zod only: the web build may read this
// file). The change itself is read again with the case's page or the part of it changed.

/** The case taken by its caseworker. */
export const caseTaken = z.object({ ownerId: z.string() });
/** A needs assessment recorded. */
export const needsAssessed = z.object({ assessmentId: z.string(), duplicate: z.literal(true).optional() });
/** A service offered to the person. */
export const serviceOffered = z.object({
  serviceId: z.string(),
  status: z.literal('offered'),
  duplicate: z.literal(true).optional(),
});
/** The person's answer on a service, or its completion, recorded. */
export const serviceDecided = z.object({
  serviceId: z.string(),
  status: z.string(),
  duplicate: z.literal(true).optional(),
});
/** The person's word on the status of victim recorded. */
export const victimStatusSet = z.object({ victimStatus: z.string() });

/** A step of a child's protection recorded, and whether a second caseworker must approve it. */
export const childStepRecorded = z.object({ stepId: z.string(), needsApproval: z.boolean() });
/** A step of a child's protection approved. */
export const childStepApproved = z.object({ stepId: z.string(), approvedAt: z.string() });

/** A consent to share recorded. */
export const consentGiven = z.object({ consentId: z.string() });
/** A consent withdrawn. */
export const consentWithdrawn = z.object({ withdrawnAt: z.string() });

/** A shelter stay recorded. */
export const stayRecorded = z.object({ stayId: z.string() });
/** A shelter stay ended. */
export const stayEnded = z.object({ endedOn: z.string() });
/** The agency's stay thresholds, as set. */
export const stayThresholdsSet = z.object({ stayThresholds: z.array(z.number()) });

/** A colleague let in to read the person's identity, or no longer. */
export const identityAccessSet = z.object({ userId: z.string(), allowed: z.boolean() });

/** A referral or a transfer answered, or a transfer's step recorded: its status now. */
export const answered = z.object({ id: z.string(), status: z.string() });
/** A transfer answered by the receiving agency; `caseId` is the case it opened on accepting. */
export const transferAnswered = answered.extend({ caseId: z.string().nullable() });
/** A transfer sent, or a referral for return. */
export const transferSent = z.object({ transferId: z.string(), status: z.string() });

/** The reintegration plan saved. */
export const planSaved = z.object({ planId: z.string(), startedOn: z.string() });
/** A follow-up recorded, and the case's re-trafficking flag when it raised one. */
export const followUpRecorded = z.object({
  followUpId: z.string(),
  retraffickingFlag: z.string().nullable(),
});
/** The agency's follow-up days, as set. */
export const followUpDaysSet = z.object({ followUpDays: z.array(z.number()) });

/** The person's stance on cooperating recorded. */
export const cooperationRecorded = z.object({ stepId: z.string(), stance: z.string() });
/** A support measure asked for the person. */
export const measureRequested = z.object({ measureId: z.string(), status: z.literal('requested') });
/** A support measure's next status recorded. */
export const measureStepped = z.object({ measureId: z.string(), status: z.string() });

/** A compensation claim recorded as being prepared. */
export const claimPrepared = z.object({ claimId: z.string(), status: z.literal('prepared') });
/** A claim's next step recorded. */
export const claimStepped = z.object({ claimId: z.string(), status: z.string() });
/** Money received on a claim recorded, with the claim's status and what was received in all. */
export const paymentRecorded = z.object({ paymentId: z.string(), status: z.string(), received: z.number() });
