import { z } from 'zod';

// Response shapes of the court routes (they are also the API description).

const decision = z.object({
  id: z.string(),
  chargeId: z.string(),
  hearingId: z.string().nullable(),
  decision: z.string(),
  on: z.string(),
  reason: z.string().nullable(),
  lesserOffence: z.string().nullable(),
  /** The lesser offence's title in the reader's language. */
  lesserTitle: z.string().nullable(),
});
const money = z.object({ amount: z.number(), currency: z.string() });
const sentence = z.object({
  id: z.string(),
  chargeId: z.string(),
  decisionId: z.string(),
  hearingId: z.string().nullable(),
  on: z.string(),
  prisonMonths: z.number(),
  suspended: z.boolean(),
  fine: money.nullable(),
  compensation: money.nullable(),
});

export const deadlineShape = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  dueOn: z.string(),
  /** Negative once overdue. */
  daysLeft: z.number(),
  state: z.enum(['overdue', 'due', 'ahead', 'closed']),
  chargeId: z.string().nullable(),
  decisionId: z.string().nullable(),
  hearingId: z.string().nullable(),
  mlaRequestId: z.string().nullable(),
  closedOn: z.string().nullable(),
  closure: z.string().nullable(),
});

export const mlaShape = z.object({
  id: z.string(),
  ref: z.string(),
  toCountry: z.string(),
  authority: z.string(),
  asks: z.array(z.string()),
  note: z.string(),
  status: z.string(),
  responseDueOn: z.string().nullable(),
  steps: z.array(z.object({ status: z.string(), on: z.string() })),
  suspectIds: z.array(z.string()),
  chargeIds: z.array(z.string()),
});

export const courtShape = z.object({
  caseId: z.string(),
  ref: z.string(),
  hearings: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      at: z.string(),
      court: z.string(),
      note: z.string(),
      outcome: z.string().nullable(),
      outcomeNote: z.string(),
      outcomeAt: z.string().nullable(),
      participants: z.array(
        z.object({
          id: z.string(),
          role: z.string(),
          n: z.number(),
          /** The pseudonym while the person consents to share it with your agency; otherwise "Victim-witness 1". */
          label: z.string(),
          pseudonym: z.string().nullable(),
          protectionCaseId: z.string().nullable(),
          measures: z.array(z.string()),
        }),
      ),
    }),
  ),
  charges: z.array(
    z.object({
      id: z.string(),
      suspectId: z.string(),
      suspect: z.string(),
      country: z.string(),
      offence: z.string(),
      /** The offence's title in the reader's language. */
      title: z.string(),
      decision: decision.nullable(),
      sentence: sentence.nullable(),
    }),
  ),
  decisions: z.array(decision),
  sentences: z.array(sentence),
  appeals: z.array(
    z.object({
      id: z.string(),
      chargeId: z.string(),
      decisionId: z.string(),
      by: z.string(),
      lodgedOn: z.string(),
      decidedOn: z.string().nullable(),
      result: z.string().nullable(),
    }),
  ),
  mla: z.array(mlaShape),
  deadlines: z.array(deadlineShape),
});

/** The agency's open deadlines overdue or due within `days` days, each with its case file's reference. */
export const dueDeadlinesShape = z.object({
  today: z.string(),
  days: z.number(),
  deadlines: z.array(deadlineShape.extend({ caseRef: z.string() })),
});

/**
 * The default days to appeal a verdict per country; every figure to be verified by a lawyer of the country. The
 * law and section in the reader's language, `cited` the whole citation as read in it.
 */
export const appealPeriodsShape = z.object({
  periods: z.array(
    z.object({
      country: z.string(),
      days: z.number(),
      law: z.string(),
      section: z.string().nullable(),
      verify: z.literal(true),
      cited: z.string(),
    }),
  ),
});
