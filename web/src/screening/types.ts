/** Shapes of the screening API's replies. Dates arrive as ISO strings. */

export type SetKind = 'elements' | 'checklist' | 'act_means_purpose';
export type Strength = 'strong' | 'medium' | 'weak' | null;
export type AnswerValue = 'yes' | 'no' | 'unknown';
export type Outcome =
  | 'presumed_trafficked'
  | 'exploited_not_trafficked'
  | 'not_indicated'
  | 'insufficient_information';

export interface SetSummary {
  id: string;
  version: string;
  name: string;
  kind: SetKind;
  complete: boolean;
  exploitation: string[];
  notes: string[];
  /** 'published', or 'agency' for the agency's own set. */
  origin?: string;
}

export interface SetIndicator {
  id: string;
  label: string;
  element?: string;
  part?: 'act' | 'means' | 'purpose';
  strength?: { adult: Strength; child: Strength };
}

export interface SetDefinition {
  id: string;
  version: string;
  name: string;
  kind?: SetKind;
  elements?: { id: string; label: string; role: string }[];
  indicators: SetIndicator[];
  /** The questions put to the person: language → indicator id → question; {} for a set without them. */
  questions?: Partial<Record<string, Record<string, string>>>;
}

export interface Answer {
  answer: AnswerValue;
  observation: string;
}

export interface Evaluation {
  outcome: Outcome;
  exploitation: string | null;
  child: boolean;
  childReason: string;
  rule: string;
  explanation: string[];
  warnings: string[];
  elements: { id: string; label: string; positive: boolean; rule: string }[];
}

export interface Referral {
  id: string;
  providerId: string;
  providerName: string;
  kind: string;
  status: string;
  sharedItems: string[];
  consentRecordedAt: string;
  createdAt: string;
}

export interface Screening {
  id: string;
  pseudonym: string;
  status: 'in_progress' | 'completed';
  version: number;
  source: string;
  sourceRef: string | null;
  place: { kind: string; description: string };
  language: string;
  interpreter: { used: boolean; name?: string | null; language?: string | null };
  consent: Record<string, boolean>;
  age: number | null;
  ageDoubtful: boolean;
  guardian: string | null;
  /** As the person stated it: female, male, other, undisclosed; null when not asked. */
  sex: string | null;
  exploitation: string;
  setId: string;
  setVersion: string;
  answers: Record<string, Answer>;
  evaluation: Evaluation | null;
  nonPunishment: boolean;
  startedAt: string;
  completedAt: string | null;
  referrals: Referral[];
  /** Opened when a presumed victim's screening is completed: the person's case, under the pseudonym. */
  protectionCase: ProtectionCaseRef | null;
}

export interface ProtectionCaseRef {
  id: string;
  status: string;
  openedAt: string;
}

/** An operation under way whose removed people the screener may screen: counts and the code name only. */
export interface ScreenableOperation {
  id: string;
  codeName: string;
  removed: number;
  screened: number;
}

export interface ScreeningRow {
  id: string;
  pseudonym: string;
  status: string;
  outcome: string | null;
  source: string;
  startedAt: string;
}

export interface Provider {
  id: string;
  name: string;
  kind: string;
  languages: string[];
  area: string;
  acceptsChildren: boolean;
  acceptsAdults: boolean;
  /** The sexes it takes: female, male, other. */
  sexes: string[];
  /** Beds in all, or null where beds are not counted (not a shelter). */
  beds: number | null;
  freeBeds: number | null;
  runByAgencyId: string | null;
}

/** The person is treated as a child when the age is unknown, under 18, or doubted. */
export const treatedAsChild = (age: number | null, doubtful: boolean): boolean =>
  age === null || age < 18 || doubtful;
