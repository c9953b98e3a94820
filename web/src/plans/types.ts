/** Shapes of the operation-plan API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { operationExhibitReply } from '../../../src/evidence/wire.ts';
import type {
  checklistTickBody,
  planApprovalBody,
  planCancelBody,
  planCreateBody,
  planSaveBody,
} from '../../../src/operations/plan-bodies.ts';
import type { memberSchema } from '../../../src/operations/plan-schema.ts';
import type {
  briefReply,
  briefsReply,
  candidateReply,
  candidatesReply,
  expectedPeopleReply,
  figuresReply,
  leakReviewReply,
  memberRemovedReply,
  memberReply,
  operationPageReply,
  operationReply,
  operationRowReply,
  planGapReply,
  planReply,
  reviewReply,
  reviewSchema,
  screeningSiteReply,
} from '../../../src/operations/wire.ts';
import type { Wire } from '../wire.ts';

export type Operation = Wire<z.output<typeof operationReply>>;
export type OpStatus = Operation['status'];

/** What still stands between the plan and its approval, by its code. */
export type PlanGap = Wire<z.output<typeof planGapReply>>;

export type Plan = Wire<z.output<typeof planReply>>;
export type CheckItem = Plan['briefing'][number];
export type ScreeningSite = Wire<z.output<typeof screeningSiteReply>>;
export type ExpectedPeople = Wire<z.output<typeof expectedPeopleReply>>;

export type Member = Wire<z.output<typeof memberReply>>;

/** After removing a member: the operation, or `left` when you removed yourself (you see it no more). */
export type MemberRemoved = Wire<z.output<typeof memberRemovedReply>>;

export type OperationRow = Wire<z.output<typeof operationRowReply>>;
/** A page of the operations the reader is a named member of. */
export type OperationPage = Wire<z.output<typeof operationPageReply>>;

export type Candidate = Wire<z.output<typeof candidateReply>>;
export type Candidates = Wire<z.output<typeof candidatesReply>>;

export type OperationExhibit = Wire<z.output<typeof operationExhibitReply>>;

/** A logistics brief: no status and no time of day, since when the raid starts is the operation's secret. */
export type Brief = Wire<z.output<typeof briefReply>>;
export type Briefs = Wire<z.output<typeof briefsReply>>;

export type Figures = Wire<z.output<typeof figuresReply>>;

export type Review = Wire<z.output<typeof reviewReply>>;
export type Harm = NonNullable<Review['review']>['harm'][number];

export type LeakReview = Wire<z.output<typeof leakReviewReply>>;
export type LeakEvent = LeakReview['events'][number];

/** Request bodies, as the server's own schemas take them: an operation planned, its plan saved, a checklist item
 * ticked, a member named, the plan approved or cancelled, and the after-action review. */
export type PlanCreateBody = z.input<typeof planCreateBody>;
export type PlanSaveBody = z.input<typeof planSaveBody>;
export type ChecklistTickBody = z.input<typeof checklistTickBody>;
export type MemberBody = z.input<typeof memberSchema>;
export type PlanApprovalBody = z.input<typeof planApprovalBody>;
export type PlanCancelBody = z.input<typeof planCancelBody>;
export type ReviewBody = z.input<typeof reviewSchema>;

export type MemberRole = MemberBody['role'];
/** Who came to harm, as the review names them. */
export type Harmed = ReviewBody['harm'][number]['to'];
