/** Shapes of the operations API's replies, from the server's own schemas. Dates arrive as ISO strings. */
import type { z } from 'zod';
import type { assessmentSchema } from '../../../src/operations/assessment.ts';
import type { approvalBody, decisionBody, dissentBody } from '../../../src/operations/decision-bodies.ts';
import type {
  decisionPageReply,
  decisionReply,
  decisionRowReply,
  recommendationReply,
} from '../../../src/operations/wire.ts';
import type { Wire } from '../wire.ts';

/** The structured risk assessment, as sent with a decision and as the decision shows it. */
export type Assessment = z.output<typeof assessmentSchema>;
export type Level = Assessment['corruptionLeakRisk'];

export type Recommendation = Wire<z.output<typeof recommendationReply>>;

export type DecisionRow = Wire<z.output<typeof decisionRowReply>>;
/** A page of the agency's decisions. */
export type DecisionPage = Wire<z.output<typeof decisionPageReply>>;

export type Status = DecisionRow['status'];

/**
 * One decision. `target.compartmented`: an operation is planned on it and you are not in its team, so the target is
 * withheld, with the assessment, the reasons, cautions and the names of decider and approver.
 */
export type Decision = Wire<z.output<typeof decisionReply>>;

/** Request bodies, as the server's own schemas take them: an assessment to recommend on, a decision, its approval
 * and a dissent. */
export type RecommendationBody = z.input<typeof assessmentSchema>;
export type DecisionBody = z.input<typeof decisionBody>;
export type ApprovalBody = z.input<typeof approvalBody>;
export type DissentBody = z.input<typeof dissentBody>;

export type Intervention = DecisionBody['decision'];
