/** The inspection API's answers (src/monitoring/inspection-schemas.ts). */

export interface InspectionRow {
  id: string;
  ref: string;
  kind: string;
  status: string;
  plannedOn: string;
  visitedOn: string | null;
  workplace: string;
  sector: string;
  follows: { id: string; ref: string | null } | null;
}

export interface FollowUpDue {
  inspectionId: string;
  ref: string;
  outcomeId: string;
  deadline: string;
  workplace: string;
  plannedFollowUp: { id: string; ref: string } | null;
}

export interface InspectionList {
  inspections: InspectionRow[];
  followUpsDue: FollowUpDue[];
}

export interface Workplace {
  name: string;
  sector: string;
  employer: string;
  address: string;
  lat: number | null;
  lon: number | null;
  country: string;
}

export interface Inspector {
  id: string;
  name: string;
  statement: string | null;
  statedAt: string | null;
  removedAt: string | null;
  removedReason: string | null;
  interestsDeclared: number;
}

export interface Interview {
  id: string;
  code: string;
  private: boolean;
  language: string;
  interpreter: boolean;
  sex: string;
  under18: boolean;
  referredTo: string[];
}

export interface IndicatorFinding {
  id: string;
  label: string;
  answer: string | null;
  workers: number;
  observation: string;
}

export interface BreachFinding {
  breach: string;
  label: string;
  workers: number;
  note: string;
}

export interface Outcome {
  id: string;
  kind: string;
  label: string;
  items: string;
  deadline: string | null;
  note: string;
  at: string;
  by: string;
  referrals: { id: string; interviewId: string; toAgency: string; takenUp: boolean }[];
}

export interface Option {
  code: string;
  label: string;
}

export interface Inspection {
  id: string;
  ref: string;
  kind: string;
  status: string;
  plannedOn: string;
  visitedOn: string | null;
  follows: { id: string; ref: string } | null;
  workplace: Workplace;
  inspectors: Inspector[];
  independence: { onIt: number; stated: number; ready: boolean };
  workers: {
    female: number | null;
    male: number | null;
    other: number | null;
    under18: number | null;
    migrant: number | null;
  };
  interviews: Interview[];
  findings: {
    set: { id: string; version: string; name: string };
    indicators: IndicatorFinding[];
    breaches: BreachFinding[];
  };
  outcomes: Outcome[];
  followUps: { id: string; ref: string; status: string; plannedOn: string; visitedOn: string | null }[];
  plannedBy: { id: string; name: string } | null;
  visitedBy: { id: string; name: string } | null;
  createdAt: string;
  choices: { breaches: Option[]; outcomes: Option[]; screeningAgencies: { id: string; name: string }[] };
}

export interface ReferredWorker {
  id: string;
  pseudonym: string;
  language: string;
  sex: string;
  under18: boolean;
  inspectionRef: string;
  visitedOn: string | null;
  fromAgency: string;
  reason: string;
  referredAt: string;
  screeningId: string | null;
  takenUpAt: string | null;
}

export interface Interest {
  id: string;
  kind: string;
  description: string;
  declaredOn: string;
  withdrawnOn: string | null;
}
