import { z } from 'zod';
import { day, instant, line, text, uuid } from '../platform/text.ts';
import {
  BREACH_CODES,
  FINDING_ANSWERS,
  INSPECTION_KINDS,
  INTEREST_KINDS,
  OUTCOME_KINDS,
  SEXES,
  STATEMENTS,
} from './inspection-catalogue.ts';

// The shapes of the inspection routes' inputs and answers (src/monitoring/inspection-routes.ts).

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
export const country = z
  .string()
  .refine(
    (c) => /^[A-Z]{2}$/.test(c) && c !== 'ZZ' && REGIONS.of(c) !== undefined,
    'must be an ISO 3166 country code such as TH or MM',
  );
export const language = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'must be a language code such as my or km');
const count = z.number().int().min(0, 'must be 0 or more').max(100_000, 'must be at most 100,000');

export const idParams = z.strictObject({ id: uuid });

export const workplaceBody = z.strictObject({
  name: line(200),
  sector: line(100),
  employer: line(200, { empty: true }).default(''),
  address: text(500, { empty: true }).default(''),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  country,
});

export const planBody = z.strictObject({
  kind: z.enum(INSPECTION_KINDS),
  followsId: uuid.optional(),
  plannedOn: day(),
  workplace: workplaceBody.optional(),
  inspectorIds: z.array(uuid).max(20).optional(),
});

export const workplaceUpdateBody = workplaceBody.extend({ plannedOn: day() });

/** The id a phone gives what it records offline: the same sent again is answered as recorded (sync-rules.ts). */
const clientId = uuid.optional();
/** When the phone recorded it (a save sent later keeps its own time); not after its arrival. */
const recordedAt = instant().optional();

export const visitBody = z.strictObject({
  id: clientId,
  visitedOn: day(),
  workers: z.strictObject({ female: count, male: count, other: count, under18: count, migrant: count }),
});

export const interviewBody = z.strictObject({
  id: clientId,
  at: recordedAt,
  code: line(60),
  private: z.boolean(),
  language,
  interpreter: z.boolean(),
  sex: z.enum(SEXES),
  under18: z.boolean(),
});

export const findingsBody = z.strictObject({
  id: clientId,
  at: recordedAt,
  /** The revision of the findings the save was made on: refused (409) if someone has saved since. */
  revision: z.number().int().min(0).optional(),
  setId: line(120).optional(),
  setVersion: line(40).optional(),
  indicators: z
    .array(
      z.strictObject({
        id: line(120),
        answer: z.enum(FINDING_ANSWERS),
        workers: count.default(0),
        observation: text(2000, { empty: true }).default(''),
      }),
    )
    .max(200),
  breaches: z
    .array(
      z.strictObject({
        breach: z.enum(BREACH_CODES),
        workers: count.default(0),
        note: text(2000, { empty: true }).default(''),
      }),
    )
    .max(BREACH_CODES.length * 2),
});

export const outcomeBody = z.strictObject({
  kind: z.enum(OUTCOME_KINDS),
  items: text(2000, { empty: true }).optional(),
  deadline: day().optional(),
  note: text(2000, { empty: true }).optional(),
  toAgencyId: uuid.optional(),
  interviewIds: z.array(uuid).max(500).optional(),
  reason: text(1000, { empty: true }).optional(),
});

export const interestBody = z.strictObject({
  kind: z.enum(INTEREST_KINDS),
  description: text(500),
  declaredOn: day(),
});

/** An interest withdrawn from the register on a day. */
export const withdrawBody = z.strictObject({ withdrawnOn: day() });

/** Another inspector of the agency put on an inspection. */
export const inspectorBody = z.strictObject({ userId: uuid });

/** An inspector's statement of their own independence. */
export const independenceBody = z.strictObject({ statement: z.enum(STATEMENTS) });

const who = z.object({ id: z.string(), name: z.string() }).nullable();
const option = z.object({ code: z.string(), label: z.string() });

export const inspectionSummary = z.object({
  id: z.string(),
  ref: z.string(),
  kind: z.string(),
  status: z.string(),
  plannedOn: z.string(),
  visitedOn: z.string().nullable(),
  workplace: z.string(),
  sector: z.string(),
  follows: z.object({ id: z.string(), ref: z.string().nullable() }).nullable(),
});

export const followUpDue = z.object({
  inspectionId: z.string(),
  ref: z.string(),
  outcomeId: z.string(),
  deadline: z.string(),
  workplace: z.string(),
  plannedFollowUp: z.object({ id: z.string(), ref: z.string() }).nullable(),
});

/** The agency's inspections, and the improvement orders due a follow-up visit. */
export const inspectionList = z.object({
  inspections: z.array(inspectionSummary),
  followUpsDue: z.array(followUpDue),
});

export const inspectionPage = z.object({
  id: z.string(),
  ref: z.string(),
  kind: z.string(),
  status: z.string(),
  plannedOn: z.string(),
  visitedOn: z.string().nullable(),
  follows: z.object({ id: z.string(), ref: z.string() }).nullable(),
  workplace: z.object({
    name: z.string(),
    sector: z.string(),
    employer: z.string(),
    address: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    country: z.string(),
  }),
  inspectors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      statement: z.string().nullable(),
      statedAt: z.string().nullable(),
      removedAt: z.string().nullable(),
      removedReason: z.string().nullable(),
      interestsDeclared: z.number(),
    }),
  ),
  independence: z.object({ onIt: z.number(), stated: z.number(), ready: z.boolean() }),
  workers: z.object({
    female: z.number().nullable(),
    male: z.number().nullable(),
    other: z.number().nullable(),
    under18: z.number().nullable(),
    migrant: z.number().nullable(),
  }),
  interviews: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      private: z.boolean(),
      language: z.string(),
      interpreter: z.boolean(),
      sex: z.string(),
      under18: z.boolean(),
      at: z.string(),
      referredTo: z.array(z.string()),
    }),
  ),
  findings: z.object({
    /** Raised at each save; a save names it as its base. */
    revision: z.number(),
    savedAt: z.string().nullable(),
    set: z.object({ id: z.string(), version: z.string(), name: z.string() }),
    indicators: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        answer: z.string().nullable(),
        workers: z.number(),
        observation: z.string(),
      }),
    ),
    breaches: z.array(
      z.object({ breach: z.string(), label: z.string(), workers: z.number(), note: z.string() }),
    ),
  }),
  outcomes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.string(),
      items: z.string(),
      deadline: z.string().nullable(),
      note: z.string(),
      at: z.string(),
      by: z.string(),
      referrals: z.array(
        z.object({ id: z.string(), interviewId: z.string(), toAgency: z.string(), takenUp: z.boolean() }),
      ),
    }),
  ),
  followUps: z.array(
    z.object({
      id: z.string(),
      ref: z.string(),
      status: z.string(),
      plannedOn: z.string(),
      visitedOn: z.string().nullable(),
    }),
  ),
  plannedBy: who,
  visitedBy: who,
  createdAt: z.string(),
  choices: z.object({
    breaches: z.array(option),
    outcomes: z.array(option),
    screeningAgencies: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});

export const referredWorker = z.object({
  id: z.string(),
  pseudonym: z.string(),
  language: z.string(),
  sex: z.string(),
  under18: z.boolean(),
  inspectionRef: z.string(),
  visitedOn: z.string().nullable(),
  fromAgency: z.string(),
  reason: z.string(),
  referredAt: z.string(),
  screeningId: z.string().nullable(),
  takenUpAt: z.string().nullable(),
});

export const interest = z.object({
  id: z.string(),
  kind: z.string(),
  description: z.string(),
  declaredOn: z.string(),
  withdrawnOn: z.string().nullable(),
});

/** An inspection planned: its id and reference. */
export const inspectionCreated = z.object({ id: z.string(), ref: z.string() });

/** The inspectors of the agency who may be assigned. */
export const inspectorsReply = z.object({
  inspectors: z.array(z.object({ id: z.string(), name: z.string() })),
});

/** The interests the inspector declared. */
export const interestsReply = z.object({ interests: z.array(interest) });

/** Workers referred to the agency's screening from inspections. */
export const referredWorkersReply = z.object({ workers: z.array(referredWorker) });

/** An interview recorded (201), or recorded before and sent again (200, `duplicate`). */
export const interviewRecorded = z.object({ id: z.string(), duplicate: z.boolean() });

/** The visit recorded, or the same sent again (`duplicate`, nothing changed). */
export const visitRecorded = z.object({
  id: z.string(),
  status: z.literal('visited'),
  duplicate: z.boolean(),
});

/** The findings saved (or the same save sent again: `duplicate`), with the revision they now stand at. */
export const findingsSaved = z.object({
  id: z.string(),
  observed: z.number(),
  breaches: z.number(),
  revision: z.number(),
  duplicate: z.boolean(),
});

/** What a findings save based on an older revision is refused with (409): the findings now. */
export const staleFindingsDetails = z.object({
  current: z.object({
    revision: z.number(),
    savedAt: z.string().nullable(),
    indicators: z.array(
      z.object({ id: z.string(), answer: z.string(), workers: z.number(), observation: z.string() }),
    ),
    breaches: z.array(z.object({ breach: z.string(), workers: z.number(), note: z.string() })),
  }),
});

/** An outcome recorded, with how many workers it referred to screening. */
export const outcomeRecorded = z.object({ id: z.string(), kind: z.string(), referrals: z.number() });
