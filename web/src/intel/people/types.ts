/** Who is who: the shapes the resolution API answers with (src/intel/people/routes.ts). */

/** One record that names a person, as its source wrote it, and the entity it is grouped into. */
export interface PersonRecord {
  id: string;
  kind: string;
  source: string;
  name: string;
  birthDate: string | null;
  phone: string | null;
  document: string | null;
  account: string | null;
  plate: string | null;
  nationality: string | null;
  sex: string | null;
  /** How many source rows this record stands for (e.g. transfers under one name and account). */
  rows: number;
  entityId: string | null;
  entityLabel: string | null;
}

/** One field's part in a pair's score; `weight` is a log2 Bayes factor (positive: evidence for one person). */
export interface Contribution {
  field: string;
  level: string;
  weight: number;
}

export interface ScoredPair {
  a: PersonRecord | null;
  b: PersonRecord | null;
  probability: number;
  weight: number;
  band: string;
  why: Contribution[];
}

export interface ReviewQueue {
  waiting: number;
  pairs: ScoredPair[];
}

export interface EntityRecords {
  records: PersonRecord[];
  why: ScoredPair[];
  elsewhere: ScoredPair[];
}

export interface Decision {
  id: string;
  decision: string;
  note: string;
  decidedBy: string | null;
  decidedAt: string;
  undoneAt: string | null;
  a: PersonRecord | null;
  b: PersonRecord | null;
}

/** Where the records of a decision stand after it. */
export interface WhereNow {
  records: { id: string; entityId: string | null; entityLabel: string | null }[];
  grouped: { entities: number; created: number };
}

export interface RunSummary {
  records: number;
  pairs: number;
  entities: number;
  created: number;
  links: number;
  names: number;
  match: number;
  review: number;
  ms: number;
}
