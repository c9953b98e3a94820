/** Shapes of `GET /api/prosecution/cases/:id/court` and `GET /api/prosecution/deadlines` (src/prosecution/court-shapes.ts). */

export interface Participant {
  id: string;
  role: string;
  n: number;
  /** The pseudonym while the person consents to share it with your office; otherwise "Victim-witness 1". */
  label: string;
  pseudonym: string | null;
  protectionCaseId: string | null;
  measures: string[];
}

export interface Hearing {
  id: string;
  kind: string;
  at: string;
  court: string;
  note: string;
  outcome: string | null;
  outcomeNote: string;
  outcomeAt: string | null;
  participants: Participant[];
}

export interface CourtDecision {
  id: string;
  chargeId: string;
  hearingId: string | null;
  decision: string;
  on: string;
  reason: string | null;
  lesserOffence: string | null;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface Sentence {
  id: string;
  chargeId: string;
  decisionId: string;
  hearingId: string | null;
  on: string;
  prisonMonths: number;
  suspended: boolean;
  fine: Money | null;
  compensation: Money | null;
}

export interface CourtCharge {
  id: string;
  suspectId: string;
  suspect: string;
  country: string;
  offence: string;
  title: string;
  decision: CourtDecision | null;
  sentence: Sentence | null;
}

export interface Appeal {
  id: string;
  chargeId: string;
  decisionId: string;
  by: string;
  lodgedOn: string;
  decidedOn: string | null;
  result: string | null;
}

export interface MlaRequest {
  id: string;
  ref: string;
  toCountry: string;
  authority: string;
  asks: string[];
  note: string;
  status: string;
  responseDueOn: string | null;
  steps: { status: string; on: string }[];
  suspectIds: string[];
  chargeIds: string[];
}

export interface Deadline {
  id: string;
  caseId: string;
  kind: string;
  dueOn: string;
  /** Negative once overdue. */
  daysLeft: number;
  state: 'overdue' | 'due' | 'ahead' | 'closed';
  chargeId: string | null;
  decisionId: string | null;
  hearingId: string | null;
  mlaRequestId: string | null;
  closedOn: string | null;
  closure: string | null;
}

export interface Court {
  caseId: string;
  ref: string;
  hearings: Hearing[];
  charges: CourtCharge[];
  decisions: CourtDecision[];
  sentences: Sentence[];
  appeals: Appeal[];
  mla: MlaRequest[];
  deadlines: Deadline[];
}

export interface DueDeadlines {
  today: string;
  days: number;
  deadlines: (Deadline & { caseRef: string })[];
}

export interface AppealPeriod {
  country: string;
  days: number;
  law: string;
  section: string | null;
  verify: true;
}
