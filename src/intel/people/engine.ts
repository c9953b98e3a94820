// What the app needs from the resolution engine (src/intel/resolution/): score the agency's records, group
// them, and group them again after an analyst's decision without scoring anew.

export interface RecordIn {
  id: string;
  name: string;
  birthDate: string | null;
  phone: string | null;
  document: string | null;
  account: string | null;
  nationality: string | null;
  sex: string | null;
}

/** One field's part in a pair's score: the level it reached and its log2 Bayes factor. */
export interface Contribution {
  field: string;
  level: string;
  weight: number;
}

export interface ScoredPair {
  a: number;
  b: number;
  probability: number;
  weight: number;
  why: Contribution[];
}

export interface Constraints {
  same: [number, number][];
  different: [number, number][];
}

/** Pairs at or above this probability join records into one entity. */
export const MATCH_AT = 0.9;
/** Pairs from this probability up to MATCH_AT wait for an analyst. */
export const REVIEW_FROM = 0.3;
