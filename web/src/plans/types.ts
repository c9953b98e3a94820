/** Shapes of the operation-plan API's replies. Dates arrive as ISO strings. */

export type OpStatus = 'planning' | 'approved' | 'executing' | 'concluded' | 'cancelled';

export interface CheckItem {
  item: string;
  done: boolean;
}

export interface ScreeningSite {
  name: string;
  kind: string;
  address: string;
}

export interface ExpectedPeople {
  count: number;
  children: number;
  languages: string[];
  medicalNeeds: string;
}

export interface Plan {
  target: { entityId: string | null; label: string };
  place: string;
  startsAt: string | null;
  readyBy: string | null;
  screeningSite: ScreeningSite | null;
  transport: string;
  expectedPeople: ExpectedPeople;
  arrestTargets: { label: string; entityId: string | null }[];
  expectedEvidence: { category: string; note: string }[];
  briefing: CheckItem[];
  goNoGo: CheckItem[];
  receivingAgencies: string[];
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  agency: string;
  role: string;
  team: string;
  language: string | null;
  addedAt: string;
}

export interface Operation {
  id: string;
  codeName: string;
  status: OpStatus;
  version: number;
  decisionId: string | null;
  plan: Plan;
  receivers: { id: string; name: string }[];
  members: Member[];
  myRole: string;
  /** What the reader's role in the operation records in the execution log. */
  myLogKinds: ('arrest' | 'exhibit' | 'removal' | 'note')[];
  gaps: string[];
  noGo: string[];
  createdBy: string | null;
  createdById: string;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  startedAt: string | null;
  concludedAt: string | null;
  cancelReason: string | null;
}

export interface OperationRow {
  id: string;
  codeName: string;
  status: OpStatus;
  target: string;
  startsAt: string | null;
  myRole: string;
}

export interface Candidate {
  userId: string;
  name: string;
  agency: string;
  roles: string[];
}

export interface OperationExhibit {
  id: string;
  ref: string;
  nature: string;
  category: string;
  description: string;
  state: string;
  custodian: string;
  collectedAt: string;
  custodyEntries: number;
}

export interface Brief {
  id: string;
  codeName: string;
  /** No status and no time of day: when the raid starts is the operation's secret. */
  readyBy: string | null;
  expectedPeople: ExpectedPeople;
  screeningSite: ScreeningSite | null;
}

export interface Figures {
  arrest: {
    suspectsNamed: number;
    namedSuspectsArrested: number;
    arrestsMade: number;
    notSeparated: number;
    met: boolean;
  };
  evidence: { expected: string[]; seized: number; found: string[]; missing: string[]; met: boolean };
  rescue: {
    expected: number;
    removed: number;
    childrenRemoved: number;
    screened: number;
    presumedTrafficked: number;
    met: boolean;
  };
}

export interface Harm {
  to: string;
  description: string;
}

export interface Review {
  submitted: boolean;
  figures: Figures;
  review: { harm: Harm[]; noHarmObserved: boolean; lessons: string; objectivesNote: string } | null;
  submittedBy: string | null;
  submittedAt: string | null;
}

export interface LeakEvent {
  seq: string;
  at: string;
  who: string;
  agency: string | null;
  action: string;
  outcome: string;
  about: string;
  /** A bulk read (a search, an export, a neighbour's page) that returned it among other entities. */
  amongOthers: boolean;
  beforeStart: boolean;
  memberAtTheTime: boolean;
}

export interface LeakReview {
  start: string | null;
  watched: string[];
  events: LeakEvent[];
  flagged: number;
  nonMembersBeforeStart: string[];
}
