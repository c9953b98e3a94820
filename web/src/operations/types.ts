/** Shapes of the operations API's replies. Dates arrive as ISO strings. */

export type Level = 'low' | 'medium' | 'high';

export interface Assessment {
  dangerToLife: 'immediate' | 'high' | 'moderate' | 'low';
  childrenPresent: 'yes' | 'no' | 'unknown';
  peopleAtRisk: number;
  exploitation: string[];
  intelligence: { strongestSourceGrade: string; strongestInfoGrade: string; corroboratingReports: number };
  nonTestimonialEvidence: string[];
  risks: { victims: Level; officers: Level; bystanders: Level; lawfulWorkers: number };
  corruptionLeakRisk: Level;
  servicesReady: boolean;
}

export interface Recommendation {
  recommendation: string;
  reasons: string[];
  cautions: string[];
}

export type Status = 'awaiting_approval' | 'approved' | 'rejected';

export interface DecisionRow {
  id: string;
  target: string;
  recommendation: string;
  decision: string;
  status: Status;
  decidedAt: string;
}

export interface Decision extends Recommendation {
  id: string;
  /** `compartmented`: an operation is planned on it and you are not in its team, so the target is withheld. */
  target: { entityId: string | null; label: string; compartmented?: boolean };
  /** The operation planned on it, if any: its id only for its members. */
  operation: { codeName: string; id: string | null; member: boolean } | null;
  /** Withheld, with the reasons, cautions and the names of decider and approver, when `target.compartmented`. */
  assessment: Assessment | { withheld: true };
  decision: string;
  followsRecommendation: boolean;
  rationale: string;
  decidedBy: string | null;
  decidedById: string | null;
  decidedAt: string;
  status: Status;
  approvedBy: string | null;
  approvedAt: string | null;
  approvalNote: string | null;
  dissents: { by: string; text: string; at: string }[];
}
