/** Shapes of the prosecution API's answers (src/prosecution/schemas.ts and src/evidence/sharing-routes.ts). */

export type ElementStatus = 'independent' | 'testimony' | 'victim_only' | 'gap';
export type Tier = 'exploiter' | 'facilitator';

export interface Burden {
  elements: number;
  proven: number;
  independent: number;
  otherTestimony: number;
  restingOnVictim: number;
  gaps: number;
  /** restingOnVictim / proven, to three decimals; 0 when none proven. */
  burden: number;
}

export interface CaseListItem {
  id: string;
  ref: string;
  title: string;
  origin: string;
  status: string;
  createdAt: string;
  suspects: number;
  charges: number;
  /** The charge that leans most on the victim's testimony alone, or null before any charge. */
  worst: { offence: string; title: string; suspect: string; burden: Burden } | null;
}

export interface SharedOperation {
  id: string;
  codeName: string;
  agency: string;
  concludedAt: string | null;
  sharedAt: string;
  arrests: number;
  sharedExhibits: number;
}

export interface SharedExhibit {
  id: string;
  ref: string;
  nature: string;
  category: string;
  description: string;
  state: string;
  custodian: string;
  custodyEntries: number;
  holder: string;
  operation: string | null;
  sharedAt: string;
}

export interface OffenceElement {
  code: string;
  text: string;
  seek: string[];
  notRequiredForChildren?: boolean;
}

export interface Citation {
  law: string;
  section: string | null;
  verify: true;
}

export interface Offence {
  code: string;
  country: string;
  category: string;
  title: string;
  citation: Citation;
  /** Whom it protects: any, women_and_children, children. */
  victims: string;
  elements: OffenceElement[];
  notes: string[];
}

export interface Suspect {
  id: string;
  label: string;
  entityId: string | null;
  role: string | null;
  roleLabel: string | null;
  tier: Tier | null;
  arrested: boolean;
  arrestedAt: string | null;
  cooperation: string | null;
  confession: string | null;
  steps: { step: string; on: string; recordedAt: string }[];
}

export interface EvidenceItem {
  id: string;
  ref: string;
  n: number;
  kind: string;
  kindLabel: string;
  class: string;
  testimonial: boolean;
  description: string;
  exhibitId: string | null;
  reportId: string | null;
  addedAt: string;
}

export interface ChargeElement {
  code: string;
  text: string;
  seek: string[];
  status: ElementStatus;
  evidence: { id: string; kind: string }[];
  seekNext: string[];
}

export interface Charge {
  id: string;
  caseId: string;
  suspectId: string;
  country: string;
  offence: string;
  title: string;
  category: string | null;
  citation: Citation | null;
  notes: string[];
  victims: string;
  adultVictimsSex: string | null;
  laidAt: string;
  elements: ChargeElement[];
  burden: Burden;
}

export interface CaseFile {
  id: string;
  ref: string;
  title: string;
  origin: string;
  status: string;
  createdAt: string;
  siteEntityId: string | null;
  operation: { id: string; codeName: string; concludedAt: string | null } | null;
  suspects: Suspect[];
  evidence: EvidenceItem[];
  charges: Charge[];
  burden: Burden;
}

/** What a tie in the scope rests on (src/prosecution/scope.ts, TieEvidence). */
export type TieEvidence =
  | {
      kind: 'declared';
      link: string;
      label: string;
      direction: 'out' | 'in';
      reportId: string | null;
      sourceGrade: string;
      infoGrade: string;
      assertedAt: string;
    }
  | {
      kind: 'calls';
      direction: 'out' | 'in';
      count: number;
      seconds: number;
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'transfers';
      direction: 'out' | 'in';
      count: number;
      amount: number;
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'co_travel';
      occasions: number;
      sameVehicle: number;
      checkpoints: string[];
      firstAt: string;
      lastAt: string;
    }
  | {
      kind: 'broker';
      relation: 'supplies_site' | 'reaches_through' | 'pays_broker' | 'supplied_by' | 'same_broker';
      rank: number;
      sitesSupplied: number;
      payers: number;
      brokerId: string;
    };

export interface ScopeProposal {
  entity: { id: string; type: string; label: string };
  proposal: 'scope_expansion' | 'new_target';
  ties: { suspectId: string; evidence: Record<string, unknown> }[];
}

export interface Scope {
  caseId: string;
  suspects: { id: string; label: string; entityId: string | null; visible: boolean }[];
  proposals: ScopeProposal[];
}
