import { z } from 'zod';
import { pageFields } from '../platform/listing.ts';
import { text } from '../platform/text.ts';
import {
  assessmentSchema,
  INTERVENTIONS,
  recommendationCaution,
  recommendationReason,
} from './assessment.ts';
import { EVIDENCE_CATEGORIES, MEMBER_ROLES, SCREENING_PLACE_KINDS } from './plan-schema.ts';

/**
 * What the operations API answers: intervention decisions, operation plans and their team, the logistics briefs,
 * the execution log, the after-action review and the leak review. Only zod and schema files here: the web app takes
 * its types from these schemas (dates arrive there as ISO strings).
 */

export const DECISION_STATUSES = ['awaiting_approval', 'approved', 'rejected'] as const;
export const OPERATION_STATUSES = ['planning', 'approved', 'executing', 'concluded', 'cancelled'] as const;
export const LOG_KINDS = ['arrest', 'exhibit', 'removal', 'note'] as const;

/** Who may have been harmed by an operation, as its after-action review records it. */
export const HARMED = [
  'victims',
  'bystanders',
  'lawful_workers',
  'officers',
  'suspects',
  'children',
] as const;

/** The after-action review as a commander submits it. */
export const reviewSchema = z.strictObject({
  harm: z.array(z.strictObject({ to: z.enum(HARMED), description: text(2000) })).max(50),
  noHarmObserved: z.boolean(),
  lessons: text(5000),
  objectivesNote: text(5000, { empty: true }),
});
export type ReviewInput = z.output<typeof reviewSchema>;

// Decisions.

/** What the rules recommend for an assessment, with their reasons and cautions. */
export const recommendationReply = z.object({
  recommendation: z.enum(INTERVENTIONS),
  reasons: z.array(recommendationReason),
  cautions: z.array(recommendationCaution),
});

/** The operation planned on a decision: its id only for its members. */
const decisionOperation = z.object({ codeName: z.string(), id: z.string().nullable(), member: z.boolean() });

export const decisionRowReply = z.object({
  id: z.string(),
  operation: decisionOperation.nullable(),
  /** The target's label, or "Compartmented: operation X" for one who is not in the operation's team. */
  target: z.string(),
  recommendation: z.enum(INTERVENTIONS),
  decision: z.enum(INTERVENTIONS),
  status: z.enum(DECISION_STATUSES),
  decidedAt: z.date(),
});
/** A page of the agency's decisions. */
export const decisionPageReply = z.object({ decisions: z.array(decisionRowReply), ...pageFields });

export const decisionReply = z.object({
  id: z.string(),
  /** `compartmented`: an operation is planned on it and the reader is not in its team, so the target is withheld. */
  target: z.object({ entityId: z.string().nullable(), label: z.string(), compartmented: z.boolean() }),
  operation: decisionOperation.nullable(),
  /**
   * Withheld, with the reasons, cautions and the names of decider and approver, when `target.compartmented`; the
   * rationale, the approval's note and the dissents' texts are then empty.
   */
  assessment: z.union([assessmentSchema, z.object({ withheld: z.literal(true) })]),
  recommendation: z.enum(INTERVENTIONS),
  reasons: z.array(recommendationReason),
  cautions: z.array(recommendationCaution),
  decision: z.enum(INTERVENTIONS),
  followsRecommendation: z.boolean(),
  rationale: z.string(),
  decidedBy: z.string().nullable(),
  decidedById: z.string().nullable(),
  decidedAt: z.date(),
  status: z.enum(DECISION_STATUSES),
  approvedBy: z.string().nullable(),
  approvedById: z.string().nullable(),
  approvedAt: z.date().nullable(),
  approvalNote: z.string().nullable(),
  dissents: z.array(z.object({ by: z.string(), text: z.string(), at: z.date() })),
});

// Operations.

const checkItem = z.object({ item: z.string(), done: z.boolean() });
export const screeningSiteReply = z.object({
  name: z.string(),
  kind: z.enum(SCREENING_PLACE_KINDS),
  address: z.string(),
});
export const expectedPeopleReply = z.object({
  count: z.number(),
  children: z.number(),
  languages: z.array(z.string()),
  medicalNeeds: z.string(),
});

/** The plan as stored: `startsAt` an ISO instant, `readyBy` a day (YYYY-MM-DD). */
export const planReply = z.object({
  target: z.object({ entityId: z.string().nullable(), label: z.string() }),
  place: z.string(),
  startsAt: z.string().nullable(),
  readyBy: z.string().nullable(),
  screeningSite: screeningSiteReply.nullable(),
  transport: z.string(),
  expectedPeople: expectedPeopleReply,
  arrestTargets: z.array(z.object({ label: z.string(), entityId: z.string().nullable() })),
  expectedEvidence: z.array(z.object({ category: z.enum(EVIDENCE_CATEGORIES), note: z.string() })),
  briefing: z.array(checkItem),
  goNoGo: z.array(checkItem),
  receivingAgencies: z.array(z.string()),
});

export const memberReply = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  agency: z.string(),
  role: z.enum(MEMBER_ROLES),
  team: z.string(),
  language: z.string().nullable(),
  addedAt: z.date(),
});

/** What can still stand between a plan and its approval; the web app words each (plans `gap.<code>`). */
export const PLAN_GAPS = [
  'no_commander',
  'no_date',
  'place_unconfirmed',
  'no_arrest_member',
  'no_suspect',
  'no_evidence_member',
  'no_expected_evidence',
  'no_victim_care',
  'no_transport',
  'no_screening_site',
  'no_receiver',
  'no_interpreter',
  'children_exceed',
] as const;

/** A gap by its code; the interpreter gap names the expected language without one. */
export const planGapReply = z.discriminatedUnion('code', [
  z.object({ code: z.enum(PLAN_GAPS).exclude(['no_interpreter']) }),
  z.object({ code: z.literal('no_interpreter'), language: z.string().describe('BCP 47 code, e.g. "my"') }),
]);

/** The whole operation, for its members only. */
export const operationReply = z.object({
  id: z.string(),
  codeName: z.string(),
  status: z.enum(OPERATION_STATUSES),
  version: z.number(),
  decisionId: z.string().nullable(),
  plan: planReply,
  receivers: z.array(z.object({ id: z.string(), name: z.string() })),
  members: z.array(memberReply),
  myRole: z.enum(MEMBER_ROLES),
  /** The entries of the execution log the reader's role records. */
  myLogKinds: z.array(z.enum(LOG_KINDS)),
  /** What still stands between the plan and its approval. */
  gaps: z.array(planGapReply),
  /** The go/no-go items not yet confirmed. */
  noGo: z.array(z.string()),
  createdBy: z.string().nullable(),
  createdById: z.string(),
  createdAt: z.date(),
  updatedBy: z.string().nullable(),
  updatedAt: z.date(),
  approvedBy: z.string().nullable(),
  approvedAt: z.date().nullable(),
  startedAt: z.date().nullable(),
  concludedAt: z.date().nullable(),
  cancelReason: z.string().nullable(),
});

export const operationRowReply = z.object({
  id: z.string(),
  codeName: z.string(),
  status: z.enum(OPERATION_STATUSES),
  target: z.string(),
  startsAt: z.date().nullable(),
  myRole: z.enum(MEMBER_ROLES),
});
/** A page of the operations the reader is a named member of. */
export const operationPageReply = z.object({ operations: z.array(operationRowReply), ...pageFields });

export const candidateReply = z.object({
  userId: z.string(),
  name: z.string(),
  agency: z.string(),
  roles: z.array(z.string()),
});
/** People a commander may name as members. */
export const candidatesReply = z.object({ candidates: z.array(candidateReply) });

/** After naming a member: the operation, or only that command was restored (by one who did not join it). */
export const memberAddedReply = z.union([operationReply, z.object({ commandRestored: z.literal(true) })]);
/** After removing a member: the operation, or `left` when the reader removed themselves (they see it no more). */
export const memberRemovedReply = z.union([operationReply, z.object({ left: z.literal(true) })]);

/** A logistics brief for a receiving agency: no target, place, time of day or status. */
export const briefReply = z.object({
  id: z.string(),
  codeName: z.string(),
  readyBy: z.string().nullable(),
  expectedPeople: expectedPeopleReply,
  screeningSite: screeningSiteReply.nullable(),
});
/** The briefs of operations the reader's agency will receive people from. */
export const briefsReply = z.object({ briefs: z.array(briefReply) });

// The execution log.

/** A correction of an entry, as listed beside it: when written on the phone, when it arrived, by whom. */
export const logCorrectionReply = z.object({
  id: z.string(),
  text: z.string(),
  occurredAt: z.date(),
  receivedAt: z.date(),
  recordedBy: z.string(),
});

const logBase = {
  id: z.string(),
  occurredAt: z.date(),
  receivedAt: z.date(),
  recordedBy: z.string(),
  exhibit: z.object({ id: z.string(), ref: z.string() }).nullable(),
  /** 0 as recorded, one more per correction: what a correction sends as its base. */
  revision: z.number(),
  /** In revision order; the entry itself is never changed. */
  corrections: z.array(logCorrectionReply),
};

/** An entry of the execution log as listed: what was sent, less its id, kind and time. */
export const logEntryReply = z.discriminatedUnion('kind', [
  z.object({
    ...logBase,
    kind: z.literal('arrest'),
    entry: z.object({
      person: z.string(),
      entityId: z.string().nullable(),
      targetIndex: z.number().nullable(),
      place: z.string(),
      separatedFromVictims: z.boolean(),
      separationNote: z.string(),
    }),
  }),
  z.object({
    ...logBase,
    kind: z.literal('exhibit'),
    entry: z.object({
      exhibit: z.object({
        nature: z.enum(['physical', 'digital']),
        category: z.enum(EVIDENCE_CATEGORIES),
        description: z.string(),
        where: z.string(),
        sealNumber: z.string().nullable(),
        digitalHash: z.string().nullable(),
      }),
    }),
  }),
  z.object({
    ...logBase,
    kind: z.literal('removal'),
    entry: z.object({
      count: z.number(),
      children: z.number(),
      languages: z.array(z.string()),
      to: z.string(),
      transport: z.string(),
      medicalNeeds: z.string(),
    }),
  }),
  z.object({ ...logBase, kind: z.literal('note'), entry: z.object({ text: z.string() }) }),
]);

export type LogEntryReply = z.output<typeof logEntryReply>;

/** An entry recorded (201), or recorded before and sent again (200, `duplicate`). */
export const recordResultReply = z.object({
  id: z.string(),
  duplicate: z.boolean(),
  exhibitId: z.string().nullable(),
  /** The new exhibit's reference; only when this request recorded it. */
  exhibitRef: z.string().nullable().optional(),
});

// The after-action review.

/** The three objectives measured from what was recorded. */
export const figuresReply = z.object({
  arrest: z.object({
    suspectsNamed: z.number(),
    namedSuspectsArrested: z.number(),
    arrestsMade: z.number(),
    notSeparated: z.number(),
    met: z.boolean(),
  }),
  evidence: z.object({
    expected: z.array(z.enum(EVIDENCE_CATEGORIES)),
    seized: z.number(),
    found: z.array(z.enum(EVIDENCE_CATEGORIES)),
    missing: z.array(z.enum(EVIDENCE_CATEGORIES)),
    met: z.boolean(),
  }),
  rescue: z.object({
    expected: z.number(),
    removed: z.number(),
    childrenRemoved: z.number(),
    screened: z.number(),
    presumedTrafficked: z.number(),
    met: z.boolean(),
  }),
});

export type FiguresReply = z.output<typeof figuresReply>;

/** The figures (live until the review is submitted, then frozen with it) and the review once submitted. */
export const reviewReply = z.object({
  submitted: z.boolean(),
  figures: figuresReply,
  review: z
    .object({
      harm: z.array(z.object({ to: z.enum(HARMED), description: z.string() })),
      noHarmObserved: z.boolean(),
      lessons: z.string(),
      objectivesNote: z.string(),
    })
    .nullable(),
  submittedBy: z.string().nullable(),
  submittedAt: z.date().nullable(),
});

export type ReviewReply = z.output<typeof reviewReply>;

/** Who saw the operation and what bears on it, and when: the same for a commander and, once it ended, an auditor. */
export const leakReviewReply = z.object({
  start: z.date().nullable(),
  watched: z.array(z.string()),
  events: z.array(
    z.object({
      seq: z.string(),
      at: z.date(),
      who: z.string(),
      agency: z.string().nullable(),
      action: z.string(),
      outcome: z.string(),
      about: z.string(),
      /** A bulk read (a search, an export, a neighbour's page) that returned it among other entities. */
      amongOthers: z.boolean(),
      beforeStart: z.boolean(),
      memberAtTheTime: z.boolean(),
    }),
  ),
  flagged: z.number(),
  nonMembersBeforeStart: z.array(z.string()),
});

/** The columns the operations list may be sorted by. */
export const OPERATION_SORTS = ['code_name', 'target', 'starts_at', 'role', 'status'] as const;
/** The columns the decisions list may be sorted by. */
export const DECISION_SORTS = [
  'target',
  'operation',
  'recommendation',
  'decision',
  'status',
  'decided_at',
] as const;
