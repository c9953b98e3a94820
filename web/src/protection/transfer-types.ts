import type { CasePage, Who } from './case-types.ts';

/** Shapes of the transfer API's replies (`GET .../transfers`, `GET /api/protection/transfers/inbox`). */

/** What the person agreed to share, as read from the sending case now; an item not shared is absent. */
export interface SharedValues {
  pseudonym?: string;
  ageGroup?: { group: string; treatedAsChild: boolean };
  sex?: string | null;
  language?: string | null;
  exploitation?: string | null;
  needs?: { domain: string; level: string }[];
  services?: { service: string; status: string }[];
  returnPlanNote?: string;
}

export interface TransferStep {
  status: string;
  on: string | null;
  language: string | null;
  at: string;
  agency: string;
  /** Null when the step was recorded by the other agency: its staff are not named. */
  by: Who | null;
}

export interface Transfer {
  id: string;
  kind: string;
  status: string;
  to: { agency: { id: string; name: string } | null; organisation: string | null; country: string | null };
  country: string | null;
  items: string[];
  consentLanguage: string;
  note: string;
  completedOn: string | null;
  sentAt: string;
  steps: TransferStep[];
}

/** For a case opened from a transfer: where it came from and what arrived with it. */
export interface ArrivedBy extends SharedValues {
  transferId: string;
  kind: string;
  status: string;
  fromAgency: string;
  country: string | null;
  completedOn: string | null;
  items: string[];
}

export interface CaseTransfers {
  transfers: Transfer[];
  arrivedBy: ArrivedBy | null;
}

export interface InboxTransfer extends SharedValues {
  id: string;
  kind: string;
  status: string;
  fromAgency: string;
  country: string | null;
  sentAt: string;
  updatedAt: string;
  completedOn: string | null;
  /** The case the agency opened on accepting it. */
  caseId: string | null;
  items: string[];
}

/** The part of the case page a return reads: a child's protection (null for an adult). */
interface ReturnFacts {
  childProtection?: { returnBlockers: string[] } | null;
}

/** What still stands in the way of a child's return, in words ([] for an adult, or when nothing does). */
export const returnBlockersOf = (c: CasePage): string[] =>
  (c as CasePage & ReturnFacts).childProtection?.returnBlockers ?? [];
