import { z } from 'zod';
import { pageFields } from '../platform/listing.ts';
import { line, text, uuid } from '../platform/text.ts';

export const SOURCES = ['operation', 'tip', 'inspection', 'walk_in', 'hotline', 'shelter'] as const;
/** Safe places only: there is no value for the crime scene, so a screening cannot be recorded as held there. */
export const PLACE_KINDS = [
  'shelter',
  'interview_room',
  'ngo_office',
  'hospital',
  'labour_office',
  'other_safe_place',
] as const;
export const SHARE_ITEMS = [
  'pseudonym',
  'age',
  'language',
  'outcome',
  'medical_needs',
  'contact_details',
] as const;
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'in_service', 'closed'] as const;
export const SCREENING_STATUSES = ['in_progress', 'completed'] as const;
/** The person's sex as they state it. */
export const SEXES = ['female', 'male', 'other', 'undisclosed'] as const;
export const EXPLOITATIONS = ['labour', 'sexual', 'forced_criminality', 'other'] as const;
export const OUTCOMES = [
  'presumed_trafficked',
  'exploited_not_trafficked',
  'not_indicated',
  'insufficient_information',
] as const;
export const SET_KINDS = ['elements', 'checklist', 'act_means_purpose'] as const;
export const ELEMENT_ROLES = ['recruitment', 'exploitation', 'destination'] as const;
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
/** The languages the questions put to the person are written in. */
export const QUESTION_LANGUAGES = ['en', 'th', 'km', 'lo', 'my', 'vi', 'zh'] as const;

const exploitation = z.enum(EXPLOITATIONS);
export const answer = z.strictObject({
  answer: z.enum(['yes', 'no', 'unknown']),
  observation: text(2000, { empty: true }),
});

export const startBody = z.strictObject({
  source: z.enum(SOURCES),
  sourceRef: line(100, { empty: true }).optional(),
  pseudonym: text(100),
  place: z.strictObject({ kind: z.enum(PLACE_KINDS), description: text(300) }),
  language: line(12).min(2),
  interpreter: z.strictObject({
    used: z.boolean(),
    name: line(200, { empty: true }).optional(),
    language: line(12, { empty: true }).optional(),
  }),
  consent: z.strictObject({
    interview: z.boolean(),
    toldRights: z.boolean(),
    toldOptions: z.boolean(),
    toldServicesVoluntary: z.boolean(),
  }),
  age: z.number().int().min(0).max(120).nullable(),
  ageDoubtful: z.boolean(),
  /** As the person states it; checked against what a provider takes before a referral. */
  sex: z.enum(SEXES).optional(),
  guardian: line(200, { empty: true }).nullable().optional(),
  exploitation,
  setId: line(120, { empty: true }),
  /** A worker referred from a labour inspection: the screening takes the referral up (source inspection). */
  inspectionReferralId: uuid.optional(),
});
export type StartInput = z.output<typeof startBody>;

export const answersBody = z.strictObject({
  version: z.number().int().min(1),
  answers: z.record(line(120, { empty: true }), answer),
});
export const completeBody = z.strictObject({ version: z.number().int().min(1) });
export const referralBody = z.strictObject({
  providerId: uuid,
  consent: z.boolean(),
  sharedItems: z.array(z.enum(SHARE_ITEMS)).max(SHARE_ITEMS.length),
  note: text(1000, { empty: true }).optional(),
  /** The provider works in another language and an interpreter is arranged for the person. */
  interpreterArranged: z.boolean().optional(),
});
export const referralStatusBody = z.strictObject({ status: z.enum(REFERRAL_STATUSES) });

export const referralView = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  kind: z.string(),
  status: z.string(),
  sharedItems: z.array(z.string()),
  providerServices: z.array(z.string()),
  consentRecordedAt: z.date(),
  createdAt: z.date(),
});

// How an outcome was reached, in codes and values the screens put in words (src/screening/rules.ts reaches it;
// src/screening/rule-words.ts words it in English for the command line and the record).

/** The published combinations that make an element positive. */
export const COMBINATIONS = [
  'two_strong',
  'strong_and_weaker',
  'three_medium',
  'two_medium_one_weak',
] as const;
/** Why an element is positive (its combination) or not. */
export const ELEMENT_CLAUSES = [...COMBINATIONS, 'no_indicator', 'below_threshold'] as const;
/** Why the person is or is not treated as a child. */
export const CHILD_BASES = ['age_unknown', 'minor', 'age_doubted', 'adult'] as const;
/** The rule that gave the outcome, by kind of set. */
export const OUTCOME_RULES = [
  'child_act_exploitation',
  'adult_recruitment_exploitation_destination',
  'exploited_no_recruitment',
  'exploited_no_destination',
  'exploitation_not_positive',
  'checklist_none',
  'checklist_present',
  'amp_child',
  'amp_adult',
  'amp_none',
  'amp_missing',
] as const;
export const AMP_PARTS = ['act', 'means', 'purpose'] as const;

export const ruleBasis = z.object({
  code: z.enum(OUTCOME_RULES),
  /** The positive recruitment (act) and destination elements the rule names, by their labels in the set. */
  recruitment: z.array(z.string()).optional(),
  destination: z.array(z.string()).optional(),
  /** A checklist's indicators present, by their labels in the set. */
  indicators: z.array(z.string()).optional(),
  /** What an act-means-purpose set still lacks. */
  missing: z.array(z.enum(AMP_PARTS)).optional(),
});

export const evaluationWarning = z.discriminatedUnion('code', [
  /** The set is incomplete: its first note says how. */
  z.object({ code: z.literal('set_incomplete'), set: z.string(), note: z.string().nullable() }),
  /** Sexual exploitation screened on the labour lists (the published sexual-exploitation lists are missing). */
  z.object({ code: z.literal('sexual_lists_missing') }),
  z.object({ code: z.literal('set_not_for'), set: z.string(), exploitation: z.enum(EXPLOITATIONS) }),
]);

export const evaluationBasis = z.object({
  setName: z.string(),
  age: z.number().nullable(),
  child: z.enum(CHILD_BASES),
  /** By element id: the combination that made it positive, or why it is not. */
  clauses: z.record(z.string(), z.enum(ELEMENT_CLAUSES)),
  rule: ruleBasis,
  /** Indicators left unanswered whose answers could change the outcome, and the outcome they could lead to. */
  unanswered: z.object({ count: z.number().int(), couldBe: z.enum(OUTCOMES) }).nullable(),
  warnings: z.array(evaluationWarning),
});

export type EvaluationBasis = z.output<typeof evaluationBasis>;
export type RuleBasis = z.output<typeof ruleBasis>;
export type ElementClause = (typeof ELEMENT_CLAUSES)[number];
export type ChildBasis = (typeof CHILD_BASES)[number];
export type EvaluationWarning = z.output<typeof evaluationWarning>;

/** Why an outcome was reached: each element of the set, positive or not, with the indicators behind it. */
export const evaluationReply = z.object({
  set: z.object({ id: z.string(), version: z.string(), complete: z.boolean() }),
  outcome: z.enum(OUTCOMES),
  /** For a presumed victim: the exploitation the outcome names. */
  exploitation: exploitation.nullable(),
  child: z.boolean(),
  childReason: z.string(),
  elements: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      role: z.enum(ELEMENT_ROLES),
      positive: z.boolean(),
      /** The clause of the combination rule that made it positive, or why it is not. */
      rule: z.string(),
      strong: z.number(),
      medium: z.number(),
      weak: z.number(),
      /** Each indicator present, with its strength for the person (adult or child), or "not on this list". */
      indicators: z.array(z.object({ id: z.string(), label: z.string(), strength: z.string() })),
    }),
  ),
  /** In codes for the screens; absent on a screening completed before it was kept (its English lines remain). */
  basis: evaluationBasis.optional(),
  /** The same in English: the command line's output and the record kept with a completed screening. */
  rule: z.string(),
  explanation: z.array(z.string()),
  warnings: z.array(z.string()),
});

/** One result of `POST /api/screening/evaluate` (the format of `lantern screen`). */
export const batchResultReply = z.object({
  ref: z.string(),
  outcome: z.enum(OUTCOMES),
  exploitation: exploitation.nullable(),
  child: z.boolean(),
  rule: z.string(),
  positiveElements: z.array(z.string()),
  explanation: z.array(z.string()),
  warnings: z.array(z.string()),
  set: z.object({ id: z.string(), version: z.string(), complete: z.boolean() }),
});

/** An operation whose removed people the screener may screen: counts and the code name only. */
export const screenableOperationReply = z.object({
  id: z.string(),
  codeName: z.string(),
  /** How many people its log says were removed. */
  removed: z.number(),
  /** How many screenings name it as their source, in any agency. */
  screened: z.number(),
});
export const screenableOperationsReply = z.object({ operations: z.array(screenableOperationReply) });

export const setSummaryReply = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  kind: z.enum(SET_KINDS),
  complete: z.boolean(),
  exploitation: z.array(exploitation),
  notes: z.array(z.string()),
  origin: z.enum(['published', 'agency']),
});
/** The published indicator sets and the agency's own. */
export const setsReply = z.object({ sets: z.array(setSummaryReply) });

const strength = z.enum(STRENGTHS).nullable();
/**
 * A set's definition as its data holds it (elements only in an `elements` set; an indicator's element and strength,
 * or its part, by the kind of set), and the questions put to the person: language → indicator → question.
 */
export const setDefinitionReply = z.looseObject({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  kind: z.enum(SET_KINDS),
  exploitation: z.array(exploitation),
  source: z.string(),
  complete: z.boolean(),
  notes: z.array(z.string()),
  rules: z.record(z.string(), z.string()),
  elements: z.array(z.object({ id: z.string(), label: z.string(), role: z.enum(ELEMENT_ROLES) })).optional(),
  indicators: z.array(
    z.looseObject({
      id: z.string(),
      label: z.string(),
      element: z.string().optional(),
      strength: z.object({ adult: strength, child: strength }).optional(),
      ilo11: z.array(z.number()).optional(),
      part: z.enum(['act', 'means', 'purpose']).optional(),
      number: z.number().optional(),
    }),
  ),
  questions: z.partialRecord(z.enum(QUESTION_LANGUAGES), z.record(z.string(), z.string())),
});

/** A screening in the agency's list, by pseudonym. */
export const screeningRowReply = z.object({
  id: z.string(),
  pseudonym: z.string(),
  status: z.enum(SCREENING_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(),
  source: z.enum(SOURCES),
  /** The Lantern operation the person was removed in, when the source is one (as the screening's reference). */
  operationId: z.string().nullable(),
  /** Treated as a child: age unknown, under 18, or doubted. */
  child: z.boolean(),
  startedAt: z.date(),
});
/** A page of the agency's screenings. */
export const screeningPageReply = z.object({ screenings: z.array(screeningRowReply), ...pageFields });

export const screeningView = z.object({
  id: z.string(),
  pseudonym: z.string(),
  status: z.enum(SCREENING_STATUSES),
  version: z.number(),
  source: z.enum(SOURCES),
  sourceRef: z.string().nullable(),
  place: z.object({ kind: z.enum(PLACE_KINDS), description: z.string() }),
  language: z.string(),
  interpreter: z.object({ used: z.boolean(), name: z.string().optional(), language: z.string().optional() }),
  consent: z.object({
    interview: z.boolean(),
    toldRights: z.boolean(),
    toldOptions: z.boolean(),
    toldServicesVoluntary: z.boolean(),
  }),
  age: z.number().nullable(),
  ageDoubtful: z.boolean(),
  sex: z.enum(SEXES).nullable(),
  guardian: z.string().nullable(),
  exploitation,
  setId: z.string(),
  setVersion: z.string(),
  answers: z.record(z.string(), answer),
  /** The outcome so far while in progress; fixed when completed. */
  evaluation: evaluationReply.nullable(),
  nonPunishment: z.boolean(),
  startedAt: z.date(),
  completedAt: z.date().nullable(),
  referrals: z.array(referralView),
  protectionCase: z.object({ id: z.string(), status: z.string(), openedAt: z.date() }).nullable(),
});

export const providerView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  languages: z.array(z.string()),
  area: z.string(),
  acceptsChildren: z.boolean(),
  acceptsAdults: z.boolean(),
  sexes: z.array(z.string()),
  beds: z.number().nullable(),
  freeBeds: z.number().nullable(),
  runByAgencyId: z.string().nullable(),
});
/** The directory of service providers. */
export const providersReply = z.object({ providers: z.array(providerView) });

/** The columns the screenings list may be sorted by. */
export const SCREENING_SORTS = ['pseudonym', 'status', 'outcome', 'source', 'person', 'started_at'] as const;
