/** Shapes of the intelligence API's replies. Dates arrive as ISO strings. */

export type Options = readonly (readonly [string, string])[];

export interface Registry {
  entityTypes: Record<string, { label: string; attributes: string[] }>;
  linkTypes: Record<string, { label: string; from: string[]; to: string[]; directed: boolean }>;
  sourceGrades: Record<string, string>;
  infoGrades: Record<string, string>;
  handling: Record<string, string>;
  actionCodes: Record<string, string>;
  sanitisationCodes: Record<string, string>;
  tlp: string[];
}

export interface Source {
  id: string;
  code: string;
  kind: string;
  description: string;
  record: { items: number; bySourceGrade: Record<string, number>; byInfoGrade: Record<string, number> };
}

export interface ReportRow {
  id: string;
  title: string;
  reportedOn: string;
  handling: string;
  tlp: string | null;
  originator: boolean;
}

/** One graded item of a report, as sent and as read. */
export interface Item {
  text: string;
  sourceGrade: string;
  infoGrade: string;
}

export interface Report {
  id: string;
  title: string;
  reportedOn: string;
  handling: string;
  actionCode: string | null;
  sanitisationCode: string | null;
  tlp: string | null;
  sourceId: string | null;
  provenance: string;
  sanitisedFrom: string | null;
  originator: boolean;
  items: (Item & { n: number })[];
}

export interface Provenance {
  reportId: string | null;
  importId: string | null;
  assertedAt: string;
  sourceGrade: string | null;
  infoGrade: string | null;
}

export interface Fact {
  id: string;
  attribute: string;
  value: string;
  provenance: Provenance;
}

export interface EntityRef {
  id: string;
  type: string;
  label: string;
}

export interface Link {
  id: string;
  type: string;
  label: string;
  direction: 'out' | 'in';
  other: EntityRef;
  provenance: Provenance;
}

export interface Entity extends EntityRef {
  typeLabel: string;
  facts: Fact[];
  links: Link[];
  restricted: { facts: number; links: number };
  /** Reviewed operations on this entity, with what they achieved. */
  operationOutcomes?: OperationOutcome[];
  /** Counts from screenings of people removed from this site in operations that have ended; null when none. */
  screeningFindings?: ScreeningFindings | null;
}

export interface ScreeningFindings {
  screened: number;
  /** Fewer screenings than the threshold: only their number is given. */
  suppressed: boolean;
  presumedTrafficked: number | null;
  indicators: { indicator: string; label: string; observed: number }[];
}

export type TimelineKind = 'call' | 'transfer' | 'crossing' | 'report' | 'tip';

export interface TimelineEvent {
  at: string;
  kind: TimelineKind;
  summary: string;
  detail: Record<string, unknown>;
}

/** One page of an entity's timeline: up to `limitPerStream` events of each kind, newest first. */
export interface TimelinePage {
  /** How many numbers, accounts, plates and documents the events are looked up by. */
  identifiers: number;
  /** `tips` are those placed near a site, for users who may see tips (0 for others). */
  counts: { calls: number; transfers: number; crossings: number; reports: number; tips: number };
  limitPerStream: number;
  events: TimelineEvent[];
}

export interface OperationOutcome {
  operation: string;
  concludedAt: string | null;
  arrests: number;
  exhibits: number;
  removed: number;
  screened: number;
  presumedTrafficked: number;
}

export interface AgencyRow {
  id: string;
  name: string;
  kind: string;
}

/** One entity the search box found: by an exact number or plate (score 1), or by a name across spellings. */
export interface SearchEntity {
  id: string;
  type: string;
  label: string;
  kind: 'name' | 'phone' | 'account' | 'plate' | 'document' | 'registration';
  /** The name or number as written that matched. */
  value: string;
  score: number;
}

export interface SearchResult {
  query: string;
  entities: SearchEntity[];
  reports: { id: string; title: string; reportedOn: string; excerpt: string }[];
  /**
   * The E.164 readings of what was typed, with how many call records mention each (each number its own count),
   * and the phone entity known by it, if any.
   */
  phones: { number: string; callRecords: number; entityId: string | null }[];
  /** Empty for users who may not see tips. */
  tips: TipHit[];
}

export interface TipHit {
  id: string;
  receivedAt: string;
  channel: string;
  placeHint: string | null;
  tlp: string;
  excerpt: string;
}

export interface Tip {
  id: string;
  ref: string | null;
  receivedAt: string;
  channel: string;
  language: string | null;
  text: string;
  placeHint: string | null;
  lat: number | null;
  lon: number | null;
  tlp: string;
  importId: string;
}

/** A page of tips, newest first; `next` is the `before` of the following page, or null at the end. */
export interface TipPage {
  tips: Tip[];
  next: string | null;
}
