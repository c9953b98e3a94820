// The resolver's options and what it answers with (a batch's result, memberships, review items).
import type { ScoredPair } from './types.ts';

export interface ResolverOptions {
  /** Only compare records of different sources (linking files) rather than deduplicating. */
  link?: boolean;
  /** Blocking rules by name (default: all). */
  rules?: readonly string[];
  /** Blocks with more records than this are not compared (reported by `blockCounts`). Default 1000. */
  maxBlock?: number;
  /** Random pairs drawn to estimate u. Default 300,000. */
  uSamples?: number;
  /** Overrides the model's clustering threshold (a probability). */
  threshold?: number;
  /** A merge that would join more than this many cross pairs to check is refused (sent to review). */
  maxGuardChecks?: number;
  /**
   * A pair links records only when fields other than the name give at least this log2 Bayes factor for it (a
   * date of birth, a phone, a document…; nationality and sex agreeing do not count, the name implying them). A
   * number is a fixed requirement. `'name-frequency'` asks as much as the name's commonness calls for: two
   * records bearing a name that E other people can be expected to bear are the same person with odds 1 : E on
   * the name alone, so the rest must bring log2(E · t / (1 − t)) for the threshold t — nothing more for a name
   * no one else bears, a great deal for Nguyen Van Nam among millions. E is measured on the records themselves
   * (`PartFrequencies`, per nationality, the record itself left out); below `NAME_FREQUENCY_FROM` records
   * names' frequencies cannot be measured and `FIXED_CORROBORATION` is asked instead. Off when not given.
   */
  corroboration?: number | 'name-frequency';
  /**
   * With `corroboration`: a pair that has only its name (the same name key, nothing against it) still links when
   * the name is rare and unambiguous (`name-alone.ts`): so few people can be expected to bear it that the two
   * records are the same person with at least the model's threshold probability, and in every source one
   * identity alone bears it. A common name, or one two identities of a source bear, never joins records on its
   * own. Needs enough records to measure how common names are; off when not given.
   */
  rareNames?: boolean;
  /**
   * Prepare records and compare the blocks' pairs on two threads (a worker finds names' forms and phones'
   * readings, then compares pieces of the blocks, with this thread) when there are PARALLEL_FROM or more.
   * Default true; the results are the same either way.
   */
  parallel?: boolean;
}

/**
 * The policy the app, `lantern resolve` and the benchmarks link with: evidence besides the name as its commonness
 * calls for, and a rare, unambiguous name alone joining records no namesake contradicts.
 */
export const LINKING_POLICY = {
  corroboration: 'name-frequency',
  rareNames: true,
} as const satisfies ResolverOptions;

/** A record's cluster: named by its earliest record's id. */
export interface Membership {
  recordId: string;
  cluster: string;
}

export interface BatchResult {
  /** New records with their clusters. */
  memberships: Membership[];
  /** Clusters that absorbed another (`from` no longer exists). */
  merged: { into: string; from: string }[];
  pairsScored: number;
  /** Merges the chaining guard refused: pairs above the threshold left to review. */
  refused: number;
  millis: number;
}

export interface ReviewItem extends ScoredPair {
  /** How much a decision changes the picture: uncertainty × records whose cluster it decides. */
  impact: number;
  sameCluster: boolean;
}
