import type { LevelCode } from './levels.ts';

/**
 * A person record as the resolver reads it. Only `id` and `name` are required; a missing field is no evidence
 * either way (its Bayes factor is 1), never a disagreement.
 */
export interface PersonRecord {
  id: string;
  /** As written, in any script. */
  name: string;
  /** Any form imports accept: 1990-03-15, 15/03/1990, 15.3.2533 (Buddhist Era), 15 Mar 1990, 19900315, 1990. */
  birthDate?: string | null;
  phone?: string | null;
  phones?: readonly string[] | null;
  /** ISO 3166 alpha-2 or any consistent code. */
  nationality?: string | null;
  /** F, M (or female/male, ญ/ช); anything else is taken as unknown. */
  sex?: string | null;
  /** Identity, passport and other document numbers. */
  documents?: readonly string[] | null;
  /** Bank, wallet, e-mail and other account identifiers. */
  accounts?: readonly string[] | null;
  /** Addresses, towns, postcodes: compared as a set. */
  places?: readonly string[] | null;
  /** Where the record came from; in linking mode only records of different sources are compared. */
  source?: string | null;
}

/** An analyst's decision on a pair of records: respected by every later run (must-link / cannot-link). */
export interface Decision {
  a: string;
  b: string;
  same: boolean;
}

/**
 * One field's part in a pair's score: the level it reached (its code, levels.ts) and its log2 Bayes factor (term
 * frequency included).
 */
export interface FieldContribution {
  field: string;
  level: LevelCode;
  log2BayesFactor: number;
}

export interface ScoredPair {
  a: string;
  b: string;
  /** log2 of the posterior odds: the prior plus every field's log2 Bayes factor. */
  weight: number;
  probability: number;
  /** The blocking rule that proposed the pair. */
  rule: string;
  fields: FieldContribution[];
}

/** Bad input, said with what, where and why (never the value itself: it may be personal data). */
export class ResolutionInputError extends Error {}
