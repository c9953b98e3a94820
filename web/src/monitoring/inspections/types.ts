/**
 * The inspection API's answers, taken from the server's own schemas (src/monitoring/inspection-schemas.ts): a
 * change there breaks this build, not the user.
 */
import type { z } from 'zod';
import type {
  findingsBody,
  followUpDue,
  independenceBody,
  inspectionCreated,
  inspectionList,
  inspectionPage,
  inspectionSummary,
  interest,
  interestBody,
  interestsReply,
  interviewBody,
  outcomeBody,
  outcomeRecorded,
  planBody,
  referredWorker,
  referredWorkersReply,
  visitBody,
  withdrawBody,
  workplaceUpdateBody,
} from '../../../../src/monitoring/inspection-schemas.ts';
import type { Wire } from '../../wire.ts';

export type InspectionRow = Wire<z.output<typeof inspectionSummary>>;
export type FollowUpDue = Wire<z.output<typeof followUpDue>>;
export type InspectionList = Wire<z.output<typeof inspectionList>>;
export type Inspection = Wire<z.output<typeof inspectionPage>>;
export type Workplace = Inspection['workplace'];
export type Inspector = Inspection['inspectors'][number];
export type Interview = Inspection['interviews'][number];
export type IndicatorFinding = Inspection['findings']['indicators'][number];
export type BreachFinding = Inspection['findings']['breaches'][number];
export type Outcome = Inspection['outcomes'][number];
/** A code offered on the page, with its words. */
export type Option = Inspection['choices']['breaches'][number];
export type ReferredWorker = Wire<z.output<typeof referredWorker>>;
export type ReferredWorkerList = Wire<z.output<typeof referredWorkersReply>>;
export type Interest = Wire<z.output<typeof interest>>;
export type Interests = Wire<z.output<typeof interestsReply>>;
/** An inspection planned: its id and reference. */
export type InspectionCreated = Wire<z.output<typeof inspectionCreated>>;
/** An outcome recorded, with how many workers it referred to screening. */
export type OutcomeRecorded = Wire<z.output<typeof outcomeRecorded>>;

// What the inspection screens send, typed by the routes' own body schemas: a field renamed there breaks this build.
/** An inspection planned, or a follow-up visit of one. */
export type PlanBody = z.input<typeof planBody>;
/** The workplace corrected, with the planned day. */
export type WorkplaceUpdateBody = z.input<typeof workplaceUpdateBody>;
export type VisitBody = z.input<typeof visitBody>;
export type InterviewBody = z.input<typeof interviewBody>;
export type FindingsBody = z.input<typeof findingsBody>;
export type OutcomeBody = z.input<typeof outcomeBody>;
/** An inspector's statement of their own independence. */
export type IndependenceBody = z.input<typeof independenceBody>;
/** An interest declared on the inspector's register, and one withdrawn. */
export type InterestBody = z.input<typeof interestBody>;
export type WithdrawBody = z.input<typeof withdrawBody>;
