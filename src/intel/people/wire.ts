import { z } from 'zod';
import { text, uuid } from '../../platform/text.ts';
import { LEVEL_CODES } from '../resolution/levels.ts';

// Shapes of the resolution routes' replies: the API's description, and the types of the web app (which imports
// this file as types only: zod here, nothing of the server).

const nullable = z.string().nullable();

/** One record that names a person, as its source wrote it, and the entity it is grouped into. */
export const personRecord = z.object({
  id: z.string(),
  kind: z.string(),
  source: z.string(),
  name: z.string(),
  birthDate: nullable,
  phone: nullable,
  document: nullable,
  account: nullable,
  plate: nullable,
  nationality: nullable,
  sex: nullable,
  /** How many source rows this record stands for (e.g. transfers under one name and account). */
  rows: z.number(),
  entityId: nullable,
  entityLabel: nullable,
});

/**
 * One field's part in a pair's score: the level it reached, by its code (src/intel/resolution/levels.ts), which
 * the screens word; `weight` is a log2 Bayes factor (positive: evidence for one person).
 */
export const contribution = z.object({ field: z.string(), level: z.enum(LEVEL_CODES), weight: z.number() });

export const scoredPair = z.object({
  a: personRecord.nullable(),
  b: personRecord.nullable(),
  probability: z.number(),
  weight: z.number(),
  band: z.string(),
  why: z.array(contribution),
});

/** Where the records of a decision stand after it. */
export const whereNow = z.object({
  records: z.array(z.object({ id: z.string(), entityId: nullable, entityLabel: nullable })),
  grouped: z.object({ entities: z.number(), created: z.number() }),
});

export const runSummary = z.object({
  records: z.number(),
  pairs: z.number(),
  entities: z.number(),
  created: z.number(),
  links: z.number(),
  names: z.number(),
  match: z.number(),
  review: z.number(),
  ms: z.number(),
});

export const reviewQueueReply = z.object({ waiting: z.number(), pairs: z.array(scoredPair) });

export const decisionShape = z.object({
  id: z.string(),
  decision: z.string(),
  note: z.string(),
  decidedBy: nullable,
  decidedAt: z.date(),
  undoneAt: z.date().nullable(),
  a: personRecord.nullable(),
  b: personRecord.nullable(),
});
/** The decisions taken, newest first. */
export const decisionsReply = z.object({ decisions: z.array(decisionShape) });

export const entityRecordsReply = z.object({
  records: z.array(personRecord),
  why: z.array(scoredPair),
  elsewhere: z.array(scoredPair),
});

/** An analyst's decision on a pair of records: the same person, or not (binds later runs until undone). */
export const decisionBody = z.strictObject({
  a: uuid,
  b: uuid,
  decision: z.enum(['same', 'different']),
  note: text(500, { empty: true }).default(''),
});
