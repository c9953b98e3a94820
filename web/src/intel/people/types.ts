/** Who is who: the shapes the resolution API answers with, from the server's own schemas (src/intel/people/wire.ts). */
import type { z } from 'zod';
import type {
  contribution,
  decisionBody,
  decisionShape,
  decisionsReply,
  entityRecordsReply,
  personRecord,
  reviewQueueReply,
  runSummary,
  scoredPair,
  whereNow,
} from '../../../../src/intel/people/wire.ts';
import type { Wire } from '../../wire.ts';

/** One record that names a person, as its source wrote it, and the entity it is grouped into. */
export type PersonRecord = Wire<z.output<typeof personRecord>>;

/** One field's part in a pair's score; `weight` is a log2 Bayes factor (positive: evidence for one person). */
export type Contribution = Wire<z.output<typeof contribution>>;

export type ScoredPair = Wire<z.output<typeof scoredPair>>;

export type ReviewQueue = Wire<z.output<typeof reviewQueueReply>>;

export type EntityRecords = Wire<z.output<typeof entityRecordsReply>>;

export type Decision = Wire<z.output<typeof decisionShape>>;
export type Decisions = Wire<z.output<typeof decisionsReply>>;

/** Where the records of a decision stand after it. */
export type WhereNow = Wire<z.output<typeof whereNow>>;

export type RunSummary = Wire<z.output<typeof runSummary>>;

/** What an analyst sends to decide a pair: the server's own body schema. */
export type DecisionBody = z.input<typeof decisionBody>;
