/** Shapes of the monitoring API's replies: tip intake, the triage queue, a tip's page, routing, inbox and rules. */

export interface DuplicateFound {
  id: string;
  score: number;
  reasons: string[];
}

export interface IntakeResult {
  id: string;
  dueAt: string;
  duplicates: DuplicateFound[];
}

export interface QueueTip {
  id: string;
  receivedAt: string;
  channel: string;
  kind: string | null;
  danger: string | null;
  children: string | null;
  peopleCount: number | null;
  placeHint: string | null;
  excerpt: string;
  status: string;
  dueAt: string | null;
  overdue: boolean;
  escalated: boolean;
  duplicates: number;
  routings: number;
}

export interface NamedPerson {
  name: string;
  role: string;
  consentToShare: boolean;
  note: string;
}

export interface Reporter {
  name: string;
  contact: string;
  consentToShare: boolean;
}

export interface TipDetail {
  id: string;
  receivedAt: string;
  channel: string;
  language: string | null;
  text: string;
  kind: string | null;
  occurred: string | null;
  placeHint: string | null;
  lat: number | null;
  lon: number | null;
  peopleCount: number | null;
  children: string | null;
  danger: string | null;
  status: string | null;
  dueAt: string | null;
  overdue: boolean;
  escalated: boolean;
  tlp: string | null;
  enteredBy: string | null;
  country?: string | null;
  /** A copy another agency routed here. */
  routedIn?: boolean;
}

export interface TipEvent {
  kind: string;
  at: string;
  by: string | null;
  detail: string;
}

export interface TipDuplicate {
  id: string;
  score: number;
  reasons: string[];
  status: 'suggested' | 'confirmed' | 'rejected';
  excerpt: string;
  receivedAt: string;
  channel: string;
}

export interface TipRouting {
  id: string;
  toAgencyName: string;
  sentAt: string;
  status: string;
  receivedAt: string | null;
  feedback: string;
  feedbackAt: string | null;
}

export interface TipPageData {
  tip: TipDetail;
  details: null | { reporter: Reporter | null; people: NamedPerson[]; phones: string[]; plates: string[] };
  events: TipEvent[];
  duplicates: TipDuplicate[];
  routings: TipRouting[];
}

export interface RouteProposal {
  agencies: {
    agencyId: string;
    agencyName: string;
    agencyKind: string;
    rules: { id: string; name: string }[];
  }[];
  overlap: boolean;
  unmatched: string | null;
  sanitised: { text: string; withheld: { reporter: boolean; people: number } };
}

export interface ThreadMessage {
  author: 'reporter' | 'agency';
  at: string;
  text: string;
  by: string | null;
}

export interface InboxItem {
  routingId: string;
  itemType: 'tip' | 'inspection';
  fromAgencyName: string;
  sentAt: string;
  status: string;
  kind: string | null;
  danger: string | null;
  children: string | null;
  excerpt: string;
  copyTipId: string | null;
  reportId: string | null;
  /** What the agency last told the sender. */
  feedback?: string;
}

export interface MyTip {
  id: string;
  receivedAt: string;
  kind: string | null;
  status: string | null;
  excerpt: string;
  routings: {
    toAgencyName: string;
    status: string;
    receivedAt: string | null;
    feedback: string;
    feedbackAt: string | null;
  }[];
}

export interface RuleInput {
  name: string;
  toAgencyId: string;
  appliesTo: ('tip' | 'inspection')[];
  countries: string[] | null;
  area: [number, number][] | null;
  kinds: string[] | null;
  childrenOnly: boolean;
  minDanger: 'life' | 'high' | 'medium' | 'low' | null;
  priority: number;
  active: boolean;
}

export interface Rule extends RuleInput {
  id: string;
  toAgencyName?: string;
}
