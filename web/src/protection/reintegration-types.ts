import type { CasePage, Who } from './case-types.ts';

/** Shapes of the reintegration API's replies, and the case page's re-trafficking flag. Dates arrive as strings. */

export interface ReintegrationPlan {
  goals: string;
  country: string;
  area: string;
  startedOn: string;
  updatedAt: string;
}

/** A follow-up as scheduled: `state` is recorded, due or upcoming. */
export interface ScheduledFollowUp {
  dueDays: number;
  dueOn: string;
  state: string;
}

export interface FollowUp {
  id: string;
  heldOn: string;
  dueDays: number | null;
  contact: string;
  wellbeing: string | null;
  note: string;
  retraffickingConcern: boolean;
  language: string;
  recordedBy: Who;
}

export interface Reintegration {
  plan: ReintegrationPlan | null;
  schedule: ScheduledFollowUp[];
  followUps: FollowUp[];
  retraffickingFlag: { reason: string; flaggedAt: string } | null;
}

/** A follow-up due or overdue on one of the agency's open cases. */
export interface DueFollowUp {
  caseId: string;
  pseudonym: string;
  dueDays: number;
  dueOn: string;
  daysOverdue: number;
  mine: boolean;
}

export interface DueFollowUps {
  followUpDays: number[];
  due: DueFollowUp[];
}

/** The case page's flag that the person may have been trafficked again. */
export interface Retrafficking {
  flag: string | null;
  flaggedAt: string | null;
  earlierCaseId: string | null;
}

/** The case's re-trafficking flag, as the case page carries it (none when the page does not). */
export const retraffickingOf = (c: CasePage): Retrafficking | null =>
  (c as CasePage & { retrafficking?: Retrafficking }).retrafficking ?? null;
