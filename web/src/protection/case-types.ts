/** Shapes of a protection case's page, as `GET /api/protection/cases/:id` answers it. Dates arrive as ISO strings. */

export interface Who {
  id: string;
  name: string;
}

export interface Need {
  domain: string;
  level: string;
  note: string;
  language: string;
  assessedAt: string;
  assessedBy: Who | null;
}

export interface ServiceStep {
  status: string;
  language: string;
  note: string;
  at: string;
  by: Who | null;
}

export interface CaseService {
  id: string;
  service: string;
  status: string;
  updatedAt: string;
  steps: ServiceStep[];
}

export interface Consent {
  id: string;
  item: string;
  agency: { id: string; name: string };
  language: string;
  givenAt: string;
  withdrawnAt: string | null;
}

export interface Stay {
  id: string;
  place: string;
  startedOn: string;
  endedOn: string | null;
  freeToLeave: boolean;
  courtDate: string | null;
  days: number;
  warnings: string[];
}

/** An open stay that warns, on the agency's list, with its case and caseworker. */
export interface StayWarning extends Stay {
  caseId: string;
  pseudonym: string;
  owner: Who | null;
  mine: boolean;
}

export interface CasePage {
  id: string;
  /** The screening the case was opened from; null for a case received by transfer. */
  screeningId: string | null;
  pseudonym: string;
  exploitation: string | null;
  child: boolean;
  status: string;
  openedAt: string;
  openedBy: Who | null;
  owner: Who | null;
  language: string | null;
  victimStatus: string;
  victimStatusAt: string | null;
  assessments: number;
  needs: Need[];
  stays: Stay[];
  shelterDays: number;
  consents: Consent[];
  services: CaseService[];
}
