import { z } from 'zod';
import { money } from '../platform/money.ts';
import { day, instant, line, text, uuid } from '../platform/text.ts';

// What the court routes take (court-routes.ts, mla-routes.ts): the codes of hearings, decisions, appeals,
// deadlines, who took part and requests for assistance abroad, and the bodies that carry them. Pure (zod only),
// so that the web app types the bodies it sends from them.

export const HEARING_KINDS = [
  'first_appearance',
  'bail',
  'pre_trial',
  'trial',
  'verdict',
  'sentencing',
  'appeal_hearing',
] as const;
export const HEARING_OUTCOMES = ['held', 'adjourned', 'cancelled'] as const;
export const DECISIONS = ['indicted', 'dropped', 'convicted', 'acquitted', 'convicted_lesser'] as const;
export type Decision = (typeof DECISIONS)[number];
/** The decisions that are verdicts, and those of them that convict. */
export const VERDICTS: readonly Decision[] = ['convicted', 'acquitted', 'convicted_lesser'];
export const CONVICTIONS: readonly Decision[] = ['convicted', 'convicted_lesser'];
export const APPELLANTS = ['prosecution', 'defence'] as const;
export const APPEAL_RESULTS = ['dismissed', 'allowed', 'varied', 'withdrawn'] as const;
/** The deadlines a hearing may set (an appeal period follows a verdict; a response follows a request). */
export const HEARING_DEADLINE_KINDS = ['filing', 'disclosure', 'submissions'] as const;
/** Every kind of deadline (court-deadlines.ts). */
export const DEADLINE_KINDS = ['appeal', 'mla_response', ...HEARING_DEADLINE_KINDS] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
/** How the prosecutor closes a deadline. */
export const DEADLINE_CLOSURES = ['met', 'not_pursued'] as const;
/** How a deadline was closed: by the prosecutor, or superseded by a later event (a new request, an appeal). */
export const DEADLINE_ENDS = [...DEADLINE_CLOSURES, 'superseded'] as const;
export type DeadlineEnd = (typeof DEADLINE_ENDS)[number];
export const PARTICIPANT_ROLES = ['victim_witness', 'witness', 'expert', 'officer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPATION_MEASURES = [
  'video_link',
  'screen',
  'closed_hearing',
  'support_person',
  'interpreter',
  'pseudonym_only',
] as const;
export const MLA_ASKS = [
  'evidence',
  'witness_testimony',
  'asset_freezing',
  'extradition',
  'service_of_documents',
  'records',
] as const;
export const MLA_STATUSES = ['drafted', 'sent', 'acknowledged', 'executed', 'refused', 'withdrawn'] as const;
export type MlaStatus = (typeof MLA_STATUSES)[number];

const hearingDeadline = z.strictObject({ kind: z.enum(HEARING_DEADLINE_KINDS), dueOn: day() });

export const hearingBody = z.strictObject({
  kind: z.enum(HEARING_KINDS),
  at: instant(),
  court: line(200),
  note: text(2000, { empty: true }).optional(),
  deadline: hearingDeadline.optional(),
});

export const hearingOutcomeBody = z.strictObject({
  outcome: z.enum(HEARING_OUTCOMES),
  note: text(2000, { empty: true }).optional(),
  deadline: hearingDeadline.optional(),
});

/** Who took part, without identity: a role, their number in the case, the measures the court granted. */
export const participantBody = z.strictObject({
  role: z.enum(PARTICIPANT_ROLES),
  n: z.number().int().min(1).max(1000).optional(),
  protectionCaseId: uuid.optional(),
  measures: z.array(z.enum(PARTICIPATION_MEASURES)).max(6).default([]),
});

export const decisionBody = z.strictObject({
  decision: z.enum(DECISIONS),
  on: day(),
  hearingId: uuid.optional(),
  reason: text(2000).optional(),
  lesserOffence: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z0-9/-]{1,30}$/, 'must be an offence code such as TH-ATIP-6/1')
    .optional(),
  appealWithinDays: z.number().int().min(1).max(365).optional(),
});

export const sentenceBody = z.strictObject({
  on: day(),
  prisonMonths: z.number().int().min(0).max(1200),
  suspended: z.boolean().default(false),
  fine: money.optional(),
  compensation: money.optional(),
  hearingId: uuid.optional(),
});

export const appealBody = z.strictObject({ by: z.enum(APPELLANTS), lodgedOn: day() });

export const appealDecisionBody = z.strictObject({ result: z.enum(APPEAL_RESULTS), on: day() });

export const deadlineCloseBody = z.strictObject({ closure: z.enum(DEADLINE_CLOSURES), on: day() });

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const country = z
  .string()
  .refine(
    (c) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGIONS.of(c) !== undefined,
    'must be an ISO 3166 country code such as MY or CN',
  );

/** A request for mutual legal assistance: to whom, what is asked, the suspects and charges it concerns. */
export const mlaBody = z.strictObject({
  toCountry: country,
  authority: line(200),
  asks: z.array(z.enum(MLA_ASKS)).min(1, 'name what is asked').max(6),
  note: text(2000, { empty: true }).optional(),
  suspectIds: z.array(uuid).max(50).default([]),
  chargeIds: z.array(uuid).max(50).default([]),
});

export const mlaStepBody = z.strictObject({
  status: z.enum(MLA_STATUSES),
  on: day(),
  responseDueOn: day().optional(),
});
